package com.b12consult.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rolling backups of one database file, kept in {@code backups/} beside it as
 * {@code b12consult-<UTC time>.db}. A backup is SQLite's {@code VACUUM INTO}: a consistent copy taken while
 * the app keeps the file open. Only files named as this class names them are listed or rotated away, so
 * anything else a user puts in the folder is left alone.
 */
public final class Backups {
    public static final String FOLDER_NAME = "backups";
    static final Duration DAILY = Duration.ofDays(1);

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("b12consult-(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.db");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    /** One backup file: when it was taken (from its name) and its size in bytes. */
    public record BackupFile(Path file, Instant takenAt, long size) {
    }

    private final Path folder;
    private final Clock clock;

    /** The backups of {@code databaseFile}; {@code clock} stamps new ones and decides when one is due. */
    public Backups(Path databaseFile, Clock clock) {
        Path parent = databaseFile.toAbsolutePath().normalize().getParent();
        this.folder = parent.resolve(FOLDER_NAME);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Path folder() {
        return folder;
    }

    /** The backups there are, newest first; an absent folder means none. */
    public List<BackupFile> list() {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        found.add(new BackupFile(f, STAMP.parse(m.group(1), Instant::from), Files.size(f)));
                    } catch (DateTimeParseException notOurs) {
                        // a name that only looks like ours (e.g. month 13) is not a backup of this app
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).thenComparing(b -> b.file().getFileName().toString(),
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).reversed());
        return found;
    }

    /** True when there is no backup, or the newest is a day old or older by the clock. */
    boolean dailyDue() {
        List<BackupFile> all = list();
        return all.isEmpty() || !all.get(0).takenAt().plus(DAILY).isAfter(clock.instant());
    }

    /** Takes a backup now through {@code c} and then keeps only the newest {@code keep}. */
    Path backUp(Connection c, int keep) throws SQLException {
        Path target = newFile();
        try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            deleteQuietly(target);
            throw e;
        }
        // The copy carries the source's WAL mode; a backup in rollback mode is one file, complete by itself,
        // and can be checked read-only without SQLite creating files beside it.
        try (Connection b = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + target);
             java.sql.Statement s = b.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        }
        keepNewest(keep);
        return target;
    }

    /**
     * Deletes the oldest backups beyond the newest {@code keep}, but never the last copy of the patients: when
     * none of the kept backups holds a patient, the newest one that does stays as well. A database emptied or
     * replaced by mistake is backed up daily like any other, and would otherwise push the last backup with
     * the clinic's records out within {@code keep} days.
     */
    public void keepNewest(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one backup must be kept, was " + keep);
        }
        List<BackupFile> all = list();
        List<BackupFile> beyond = new ArrayList<>(all.subList(Math.min(keep, all.size()), all.size()));
        if (!beyond.isEmpty() && all.subList(0, keep).stream().noneMatch(Backups::holdsPatients)) {
            beyond.stream().filter(Backups::holdsPatients).findFirst().ifPresent(beyond::remove);
        }
        for (BackupFile old : beyond) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StoreException("Cannot remove the old backup " + old.file() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Read-only; a backup that cannot be read as one of ours counts as holding none. */
    static boolean holdsPatients(BackupFile backup) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + backup.file());
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM patients)")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException unreadable) {
            return false;
        }
    }

    /**
     * An empty file for the next backup, created owner-only before SQLite writes into it, so no moment
     * exists in which others could read it. {@code VACUUM INTO} accepts an empty target file.
     */
    private Path newFile() throws SQLException {
        try {
            createOwnerOnlyFolder(folder);
            String stamp = STAMP.format(clock.instant());
            for (int n = 1; ; n++) {
                Path f = folder.resolve("b12consult-" + stamp + (n == 1 ? "" : "-" + n) + ".db");
                try {
                    return createOwnerOnlyFile(f);
                } catch (FileAlreadyExistsException taken) {
                    // two backups within one second: number the later one
                }
            }
        } catch (IOException e) {
            throw new SQLException("Cannot create a backup file in " + folder + ": " + e.getMessage(), e);
        }
    }

    // ---- owner-only permissions (POSIX; elsewhere the user profile's own protection applies) ------------

    static boolean posix(Path anyPathOnTheFileSystem) {
        return anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static void createOwnerOnlyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (posix(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            } else {
                Files.createDirectories(dir);
            }
        }
        restrict(dir, OWNER_FOLDER);
    }

    static Path createOwnerOnlyFile(Path f) throws IOException {
        if (posix(f)) {
            return Files.createFile(f, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        return Files.createFile(f);
    }

    /** Makes an existing file owner-only; a file owned by someone else is left as it is (it cannot be changed). */
    static void restrictToOwner(Path f) {
        try {
            restrict(f, OWNER_FILE);
        } catch (IOException notOurs) {
            // not the owner: the permissions stay as the owner set them
        }
    }

    private static void restrict(Path p, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(p) && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null
                && !Files.getPosixFilePermissions(p).equals(permissions)) {
            Files.setPosixFilePermissions(p, permissions);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // the failure being reported matters more than a leftover empty file
        }
    }
}
