package com.b12consult.cli;

import com.b12consult.domain.Actor;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.Backups;
import com.b12consult.store.DataLocation;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreAddress;
import com.b12consult.store.StoreLocation;
import com.b12consult.store.InvalidBackupException;
import com.b12consult.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code restore --list [--db PATH]} and {@code restore BACKUP_FILE [--db PATH]}. Exit status: 0 done;
 * 1 the database could not be replaced or opened; 2 the backup was refused; 64 wrong usage.
 */
final class RestoreCommand {
    static final int FAILED = 1;
    static final int INVALID_BACKUP = 2;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Clock clock;
    private final Supplier<Path> defaultDatabase;
    private final Actor actor;

    RestoreCommand(Clock clock, Supplier<Path> defaultDatabase, Actor actor) {
        this.clock = clock;
        this.defaultDatabase = defaultDatabase;
        this.actor = actor;
    }

    static RestoreCommand forThisMachine() {
        String user = System.getProperty("user.name", "");
        return new RestoreCommand(Clock.systemUTC(), DataLocation::defaultDatabaseFile,
                new Actor(user.isBlank() ? "unknown" : user, ""));
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        boolean list = false;
        Path db = null;
        Path backup = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = true;
                case "--db" -> {
                    if (i + 1 >= args.length || db != null) {
                        return usage(err, "--db needs one database file path.");
                    }
                    StoreLocation location;
                    try {
                        location = StoreAddress.forThisMachine(args[++i], note -> { });
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    }
                    if (location instanceof StoreLocation.ClinicServer server) {
                        return usage(err, "restore puts a backup file in place of a database file. The database on "
                                + server.describe() + " is backed up and restored on the server (for example with"
                                + " pg_dump and pg_restore), not from a workstation.");
                    }
                    db = ((StoreLocation.SqliteFile) location).file();
                }
                default -> {
                    if (args[i].startsWith("--") || backup != null) {
                        return usage(err, "Unknown or extra argument: " + args[i]);
                    }
                    backup = Path.of(args[i]);
                }
            }
        }
        if (list == (backup != null)) {
            return usage(err, "Give either --list or one BACKUP_FILE.");
        }
        Path database = db != null ? db : defaultDatabase.get();
        return list ? list(database, out, err) : restore(backup, database, out, err);
    }

    private int list(Path database, PrintStream out, PrintStream err) {
        Backups backups = new Backups(database, clock);
        List<Backups.BackupFile> all;
        try {
            all = backups.list();
        } catch (StoreException e) {
            err.println(e.getMessage());
            return FAILED;
        }
        if (all.isEmpty()) {
            out.println("No backups in " + backups.folder());
            return 0;
        }
        out.println("Backups in " + backups.folder() + ", newest first (local time):");
        for (Backups.BackupFile b : all) {
            out.printf(Locale.ROOT, "  %s  %10s  %s%n", SHOWN.format(b.takenAt().atZone(ZoneId.systemDefault())),
                    size(b.size()), b.file().getFileName());
        }
        return 0;
    }

    private int restore(Path backup, Path database, PrintStream out, PrintStream err) {
        try {
            BackupRestore.Restored done = new BackupRestore(clock).restore(backup, database, actor);
            out.println("Restored " + done.database() + " from " + done.backup() + ".");
            done.previousMovedTo().ifPresent(p -> out.println("The database it replaced was kept as " + p));
            return 0;
        } catch (InvalidBackupException e) {
            err.println(e.getMessage() + " Nothing was changed.");
            return INVALID_BACKUP;
        } catch (DatabaseOpenException | StoreException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B"
                : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static int usage(PrintStream err, String message) {
        err.println(message + "\nUsage: b12consult restore --list [--db PATH] | b12consult restore BACKUP_FILE [--db PATH]");
        return CommandLine.USAGE;
    }
}
