package com.b12consult.cli;

import com.b12consult.store.Database;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreAddress;
import com.b12consult.store.StoreLocation;
import java.io.PrintStream;

/**
 * {@code migrate --db LOCATION}: brings a database's schema up to this version and says where it stands, with no
 * window. For the clinic server's owner after an update (staff workstations do not change the schema: see
 * docs/clinic-server.md); on a file it is what every start does, backup first. Exit status: 0 up to date; 1 the
 * database could not be opened or updated (the reason on standard error; nothing changed); 64 wrong usage.
 */
final class MigrateCommand {
    static final int FAILED = 1;

    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !"--db".equals(args[0])) {
            err.println("migrate needs the database to bring up to date.\nUsage: b12consult migrate --db PATH"
                    + " | b12consult migrate --db postgresql://OWNER@HOST[:PORT]/DATABASE");
            return CommandLine.USAGE;
        }
        StoreLocation location;
        try {
            location = StoreAddress.forThisMachine(args[1], err::println);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\nUsage: b12consult migrate --db PATH | b12consult migrate --db"
                    + " postgresql://OWNER@HOST[:PORT]/DATABASE");
            return CommandLine.USAGE;
        }
        try (Database db = Database.open(location)) {
            out.println(capitalised(location.describe()) + " is up to date for B12 Consult " + CommandLine.version()
                    + ": schema version " + db.schemaVersion() + ".");
            return 0;
        } catch (DatabaseOpenException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
