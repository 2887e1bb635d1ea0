package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Puts a backup back in place of the database. The backup is checked before anything is touched; the
 * current file is moved aside (never deleted) so a restore can itself be undone; the restore is audited
 * in the restored database once it opens.
 */
public final class BackupRestore {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Tables every B12 Consult database has had since its first version. */
    private static final List<String> OUR_TABLES = List.of("flyway_schema_history", "patients", "audit_log", "settings");

    /** What a restore did: the file now in use, and where the file it replaced was moved (if there was one). */
    public record Restored(Path database, Path backup, java.util.Optional<Path> previousMovedTo) {
    }

    private final Clock clock;

    public BackupRestore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Refuses a backup that is not a sound B12 Consult database.
     * @throws InvalidBackupException naming the file and what is wrong with it
     */
    public void check(Path backup) throws InvalidBackupException {
        Path path = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new InvalidBackupException(path + " is not a backup file (it does not exist or is a folder).");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(SQLITE_MAGIC.length);
            if (!Arrays.equals(header, SQLITE_MAGIC)) {
                throw new InvalidBackupException(path + " is not a B12 Consult backup: it is not an SQLite database file.");
            }
        } catch (IOException e) {
            throw new InvalidBackupException("The backup " + path + " cannot be read (" + e.getMessage() + ").");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + path);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw new InvalidBackupException("The backup " + path + " is damaged (integrity check: " + first + ").");
                }
            }
            for (String table : OUR_TABLES) {
                try (var q = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
                    q.setString(1, table);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            throw new InvalidBackupException("The backup " + path + " is not a B12 Consult database"
                                    + " (it has no table \"" + table + "\").");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new InvalidBackupException("The backup " + path + " cannot be read as a database (" + e.getMessage() + ").");
        }
    }

    /**
     * Checks {@code backup}, moves the current {@code databaseFile} aside, puts a copy of the backup in its
     * place and opens it (which applies any update the backup predates), auditing the restore.
     * <p>
     * Refused, with every file left as it was, while another program has the database open (see
     * {@link OpenElsewhere}): a window still open on it would go on saving into the file moved aside, and
     * those saves would be missing from the restored file. That check needs this process to have no
     * connection to the file open: close the app's {@link Database} before calling this.
     *
     * @throws DatabaseInUseException if another window, here or on another computer, has the database open
     */
    public Restored restore(Path backup, Path databaseFile, Actor actor)
            throws InvalidBackupException, DatabaseOpenException {
        Objects.requireNonNull(actor, "actor");
        Path source = backup.toAbsolutePath().normalize();
        Path target = databaseFile.toAbsolutePath().normalize();
        check(source);
        String stamp = STAMP.format(clock.instant());
        Path copy = target.resolveSibling(target.getFileName() + ".restoring-" + stamp);
        java.util.Optional<Path> aside = java.util.Optional.empty();
        boolean copyMade = false;
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                // Asked first, before the checkpoint writes to the file another window may be using.
                OpenElsewhere.refuseIfOpen(target).close();
                // SQLite deletes a WAL file it finds beside an empty database; an empty file has nothing
                // to checkpoint, and its WAL (whatever it holds) is moved aside with it, as it is.
                if (Files.size(target) > 0) {
                    checkpoint(target);
                }
            }
            Files.deleteIfExists(copy);
            Backups.createOwnerOnlyFile(copy);
            copyMade = true;
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            // Asked again, for a window that opened during the checkpoint, and held while the files move so
            // that one starting meanwhile waits (SQLite retries while the lock is taken) rather than joins in.
            try (OpenElsewhere held = OpenElsewhere.refuseIfOpen(target)) {
                if (Files.exists(target)) {
                    aside = java.util.Optional.of(moveAside(target, stamp));
                }
                Files.move(copy, target, StandardCopyOption.ATOMIC_MOVE);
                copyMade = false;
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot restore " + source + " to " + target + ": " + e.getMessage()
                    + aside.map(p -> ". The previous database was moved to " + p).orElse(""), e);
        } finally {
            if (copyMade) {
                deleteQuietly(copy);
            }
        }
        try (Database db = Database.open(target, Database.DEFAULT_BUSY_TIMEOUT, clock)) {
            new AuditLog(db, clock).append(actor, AuditAction.DATABASE_RESTORED, OptionalLong.empty(),
                    "restored from " + source.getFileName()
                            + aside.map(p -> "; the previous database was kept as " + p.getFileName()).orElse(""));
        }
        return new Restored(target, source, aside);
    }

    /**
     * Writes the current file's WAL into it, so the file moved aside is whole by itself. This also fails
     * (busy) when another program still has the database open for writing, before anything was moved.
     */
    private static void checkpoint(Path target) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(2000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + target); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            if (rs.next() && rs.getInt(1) != 0) {
                throw new SQLException("the database is in use by another program; close B12 Consult first");
            }
        } catch (SQLiteException e) {
            int code = e.getResultCode().code & 0xff;
            if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                throw new SQLException("the database is in use by another program; close B12 Consult first", e);
            }
            // A damaged current file (the usual reason to restore) cannot be checkpointed; it is moved
            // aside as it is, together with its WAL.
        }
    }

    /** The copy is ours, made for this restore; a refused restore leaves no trace of it. */
    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // a stray .restoring- copy is harmless: the next restore with that stamp replaces it
        }
    }

    /** Moves the database and any WAL files beside it to {@code <name>.before-restore-<time>}. */
    private static Path moveAside(Path target, String stamp) throws IOException {
        Path aside = target.resolveSibling(target.getFileName() + ".before-restore-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = target.resolveSibling(target.getFileName() + ".before-restore-" + stamp + "-" + n);
        }
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        for (String suffix : List.of("-wal", "-shm")) {
            Path extra = Path.of(target + suffix);
            if (Files.exists(extra)) {
                Files.move(extra, Path.of(aside + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return aside;
    }
}
