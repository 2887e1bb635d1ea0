package com.b12consult.cli;

import com.b12consult.domain.Actor;
import com.b12consult.store.Backups;
import com.b12consult.store.Database;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreAddress;
import com.b12consult.store.StoreException;
import com.b12consult.store.StoreLocation;
import com.b12consult.store.StoreMove;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code move-to-server --from SOURCE --to TARGET}: copies a clinic's data into an empty database, a file onto
 * the clinic server or the server back into a file ({@link StoreMove}). Exit status: 0 moved; 1 a database could
 * not be opened or the copy failed; 2 the move was refused (the target not empty, one database on both sides,
 * different schemas, a value the target cannot store, or the check found a difference); 64 wrong usage. Nothing
 * is changed on the target unless the move succeeds.
 */
final class MoveCommand {
    static final int FAILED = 1;
    static final int REFUSED = 2;

    private static final String USAGE_LINE = "Usage: b12consult move-to-server --from FILE|postgresql://..."
            + " --to postgresql://...|FILE";

    private final Clock clock;
    private final Function<String, StoreLocation> address;
    private final Actor actor;

    /** @param address reads a --from or --to text as --db reads it; throws IllegalArgumentException naming the fault */
    MoveCommand(Clock clock, Function<String, StoreLocation> address, Actor actor) {
        this.clock = clock;
        this.address = address;
        this.actor = actor;
    }

    static MoveCommand forThisMachine(PrintStream err) {
        String user = System.getProperty("user.name", "");
        return new MoveCommand(Clock.systemUTC(), text -> StoreAddress.forThisMachine(text, err::println),
                new Actor(user.isBlank() ? "unknown" : user, ""));
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        String fromText = null;
        String toText = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from", "--to" -> {
                    boolean isFrom = args[i].equals("--from");
                    if (i + 1 >= args.length || (isFrom ? fromText : toText) != null) {
                        return usage(err, args[i] + " needs one database: a file path or postgresql://host:port/database.");
                    }
                    if (isFrom) {
                        fromText = args[++i];
                    } else {
                        toText = args[++i];
                    }
                }
                default -> {
                    return usage(err, "Unknown or extra argument: " + args[i]);
                }
            }
        }
        if (fromText == null || toText == null) {
            return usage(err, "Give both --from (where the data is now) and --to (the empty database it moves to).");
        }
        StoreLocation from;
        StoreLocation to;
        try {
            from = address.apply(fromText);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage().replaceFirst("^--db", "--from"));
        }
        try {
            to = address.apply(toText);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage().replaceFirst("^--db", "--to"));
        }
        if (sameLocation(from, to)) {
            err.println("Cannot move the data: --from and --to name one database (" + from.describe() + ")."
                    + " Give an empty database as --to.");
            return REFUSED;
        }
        if (from instanceof StoreLocation.SqliteFile f && !Files.isRegularFile(f.file())) {
            err.println("Cannot move the data: there is no database file " + f.file() + " (--from).");
            return FAILED;
        }
        return move(from, to, toText, out, err);
    }

    private int move(StoreLocation from, StoreLocation to, String toText, PrintStream out, PrintStream err) {
        List<Path> madeHere = new ArrayList<>();
        if (to instanceof StoreLocation.SqliteFile f) {
            Path file = f.file().toAbsolutePath();
            for (String suffix : List.of("", "-wal", "-shm", "-migration-lock")) {
                if (!Files.exists(Path.of(file + suffix))) {
                    madeHere.add(Path.of(file + suffix));
                }
            }
        }
        out.println("Moving the data of " + from.describe() + " to " + to.describe() + ".");
        out.println("Both are opened as B12 Consult opens a database at every start: one written by an older"
                + " version is first backed up, then brought up to this version's schema.");
        List<Backups.BackupFile> backupsBefore = backups(from);
        try (Database source = Database.open(from)) {
            List<Backups.BackupFile> taken = new ArrayList<>(backups(from));
            taken.removeAll(backupsBefore);
            for (Backups.BackupFile b : taken) {
                out.println("Backed up " + from.describe() + " on opening: " + b.file());
            }
            StoreMove.Moved moved;
            try (Database target = Database.open(to)) {
                moved = new StoreMove(source, target, clock).move(actor);
            }
            madeHere.clear();
            out.println("Copied and checked, table by table (rows; SHA-256 of the content, the same in both):");
            int width = moved.tables().stream().mapToInt(t -> t.table().length()).max().orElse(5);
            for (StoreMove.TableMoved t : moved.tables()) {
                out.printf(Locale.ROOT, "  %-" + width + "s %8d  %s%n", t.table(), t.rows(), t.sha256().substring(0, 12));
            }
            out.println("Moved " + moved.rows() + " rows in " + moved.tables().size() + " tables; the audit log of "
                    + to.describe() + " records the move. From now on open B12 Consult with --db " + toText
                    + " in every room. The data stays in " + from.describe() + " as well: use it no more, or what"
                    + " is saved there will be missing from the new place.");
            return 0;
        } catch (StoreMove.RefusedException e) {
            err.println(e.getMessage());
            return REFUSED;
        } catch (DatabaseOpenException | StoreException e) {
            err.println(e.getMessage() + (e instanceof StoreException ? "" : " Nothing was moved."));
            return FAILED;
        } finally {
            removeQuietly(madeHere);
        }
    }

    /** One database named twice: the same file (however written), or the same server address and database. */
    private static boolean sameLocation(StoreLocation a, StoreLocation b) {
        if (a instanceof StoreLocation.SqliteFile x && b instanceof StoreLocation.SqliteFile y) {
            try {
                if (Files.exists(x.file()) && Files.exists(y.file())) {
                    return Files.isSameFile(x.file(), y.file());
                }
            } catch (IOException e) {
                // compared by name below
            }
            return x.file().toAbsolutePath().normalize().equals(y.file().toAbsolutePath().normalize());
        }
        if (a instanceof StoreLocation.ClinicServer x && b instanceof StoreLocation.ClinicServer y) {
            URI u = URI.create(x.url());
            URI v = URI.create(y.url());
            return u.getHost().equalsIgnoreCase(v.getHost()) && u.getPort() == v.getPort()
                    && u.getPath().equals(v.getPath());
        }
        return false;
    }

    private List<Backups.BackupFile> backups(StoreLocation location) {
        if (location instanceof StoreLocation.SqliteFile f) {
            try {
                return new Backups(f.file().toAbsolutePath().normalize(), clock).list();
            } catch (StoreException e) {
                return List.of();
            }
        }
        return List.of();
    }

    /** A target file this command made and the move then left empty goes again; nothing else is ever deleted. */
    private static void removeQuietly(List<Path> made) {
        for (Path p : made) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // an empty new database left behind is harmless; it holds nothing
            }
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println(message + "\n" + USAGE_LINE);
        return CommandLine.USAGE;
    }
}
