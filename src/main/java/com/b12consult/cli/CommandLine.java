package com.b12consult.cli;

import com.b12consult.domain.LabLimits;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookException;
import com.b12consult.rules.RulebookLoader;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Dispatches the command line: headless commands run here; anything else starts the window. */
public final class CommandLine {
    /** Returned when the window was started and has closed; the launcher then lets the JVM end normally. */
    public static final int START_GUI_DONE = -1;
    /** The rulebook shipped with the app cannot be used (a packaging fault): refuse to start. */
    public static final int RULEBOOK_REFUSED = 3;
    /** The command line itself is wrong (sysexits EX_USAGE). */
    public static final int USAGE = 64;

    static final String HELP = """
            Usage:
              b12consult                         open the app
              b12consult --db PATH               open the app on another database file
              b12consult --db postgresql://[user@]host[:port]/DATABASE[?sslmode=require|verify-full&sslrootcert=FILE]
                                                 open the app on the clinic server's database; the password comes
                                                 from B12_DB_PASSWORD (or PGPASSWORD), else ~/.pgpass (chmod 600)
              b12consult --startup-probe         open the app, print the milliseconds to its first frame, and close it
                  --probe-sign-in INITIALS       sign in with these, and print the milliseconds until the Patients
                                                 list is shown (ready-ms) too
              b12consult evaluate FILE           print the report for an assessment file as JSON ('-' reads standard input)
              b12consult handout FILE --out PDF  write the patient handout for an assessment file as PDF, with options:
                  --name "Patient Name"          the patient's name (the file has only the patient id)
                  --clinic "Clinic name"         --phone "0123 456789"    the clinic's details on the handout
                  --paper a4|letter              paper size (default a4)
                  --next-dose YYYY-MM-DD         the next dose date, when known
                  --date YYYY-MM-DD              the date on the handout (default today)
              b12consult restore --list [--db PATH]
                                                 list the database's backups, newest first, with time and size
              b12consult restore BACKUP [--db PATH]
                                                 check BACKUP, move the current database aside (kept, never
                                                 deleted) and put BACKUP in its place
              b12consult migrate --db PATH|postgresql://OWNER@host[:port]/DATABASE
                                                 bring the database's schema up to this version, with no window
                                                 (on the clinic server, as the database's owner)
              b12consult move-to-server --from PATH --to postgresql://[user@]host[:port]/DATABASE
                                                 copy every record into the clinic server's empty database in one
                                                 transaction, ids kept, checked table by table (rows and SHA-256)
                                                 before it is committed; --from and --to each take a path or a
                                                 postgresql:// address as --db does, so --to PATH moves it back
              b12consult demo --patients N --db PATH|postgresql://...  [--seed S]
                                                 fill an empty database with a sample clinic of N patients (1 to
                                                 100,000) to try the app on; the same seed makes the same clinic
              b12consult --version               print the version
            Exit status of evaluate and handout: 0 done; 1 file unreadable (or the PDF unwritable); 2 assessment invalid
            (problems on standard error); 3 rulebook refused; 64 wrong usage.
            Exit status of restore: 0 done; 1 the database could not be replaced or opened; 2 backup refused
            (not a sound B12 Consult database; nothing changed); 64 wrong usage.
            Exit status of migrate: 0 up to date; 1 the database could not be opened or updated (nothing changed);
            64 wrong usage.
            Exit status of move-to-server: 0 moved; 1 a database could not be opened or the copy failed; 2 refused (the
            target is not empty, both name one database, or the data did not check out); nothing changed; 64 wrong usage.
            Exit status of demo: 0 done; 1 the database could not be opened or written, or already holds patients
            (no record added); 3 rulebook refused; 64 wrong usage.""";

    private CommandLine() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Consumer<String[]> gui) {
        if (args.length > 0) {
            switch (args[0]) {
                case "--version", "version" -> {
                    out.println("B12 Consult " + version());
                    return 0;
                }
                case "--help", "-h", "help" -> {
                    out.println(HELP);
                    return 0;
                }
                case "evaluate" -> {
                    return withRulebook(err, evaluator -> new EvaluateCommand(evaluator, LabLimits.defaults())
                            .run(Arrays.copyOfRange(args, 1, args.length), in, out, err));
                }
                case "handout" -> {
                    return withRulebook(err, evaluator -> new HandoutCommand(evaluator, LabLimits.defaults(),
                            java.time.Clock.systemDefaultZone()).run(Arrays.copyOfRange(args, 1, args.length), in, out, err));
                }
                case "demo" -> {
                    return withRulebook(err, evaluator -> new DemoCommand(evaluator, java.time.Clock.systemDefaultZone())
                            .run(Arrays.copyOfRange(args, 1, args.length), out, err));
                }
                case "migrate" -> {
                    return new MigrateCommand().run(Arrays.copyOfRange(args, 1, args.length), out, err);
                }
                case "restore" -> {
                    return RestoreCommand.forThisMachine().run(Arrays.copyOfRange(args, 1, args.length), out, err);
                }
                case "move-to-server" -> {
                    return MoveCommand.forThisMachine(err).run(Arrays.copyOfRange(args, 1, args.length), out, err);
                }
                default -> {
                    // anything else is for the window (--db PATH and JavaFX's own options)
                }
            }
        }
        try {
            // The window reads them again and says then what there is to say about the password file.
            GuiOptions.parse(List.of(args), note -> { });
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        gui.accept(args);
        return START_GUI_DONE;
    }

    interface Command {
        int run(AssessmentEvaluator evaluator);
    }

    private static int withRulebook(PrintStream err, Command command) {
        AssessmentEvaluator evaluator;
        try {
            evaluator = new AssessmentEvaluator(new AssessmentReader(),
                    new RuleEngine(RulebookLoader.shipped()));
        } catch (RulebookException e) {
            err.println(e.getMessage());
            return RULEBOOK_REFUSED;
        }
        return command.run(evaluator);
    }

    public static String version() {
        String v = CommandLine.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
