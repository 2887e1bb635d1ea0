package com.b12consult.cli;

import com.b12consult.demo.SampleClinic;
import com.b12consult.domain.LabLimits;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.store.Database;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreAddress;
import com.b12consult.store.StoreException;
import com.b12consult.store.StoreLocation;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code demo --patients N --db LOCATION [--seed S]}: fills an empty database with a sample clinic, to try the app
 * on, or to test and measure it at a clinic's size. The same seed on the same day makes the same clinic. Exit
 * status: 0 done; 1 the database could not be opened or written, or already holds patients (no record added);
 * 64 wrong usage.
 */
final class DemoCommand {
    static final int FAILED = 1;
    static final long DEFAULT_SEED = 17;
    private static final int PROGRESS_EVERY = 2_000;
    private static final String USAGE = "Usage: b12consult demo --patients N --db PATH|postgresql://[user@]host[:port]/DATABASE"
            + " [--seed NUMBER]";

    private final AssessmentEvaluator evaluator;
    private final Clock clock;

    DemoCommand(AssessmentEvaluator evaluator, Clock clock) {
        this.evaluator = evaluator;
        this.clock = clock;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Integer patients = null;
        String db = null;
        long seed = DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!option.equals("--patients") && !option.equals("--db") && !option.equals("--seed")) {
                return usage(err, "demo does not know " + quoted(option) + ".");
            }
            if (i + 1 >= args.length) {
                return usage(err, option + " needs a value.");
            }
            String value = args[++i];
            switch (option) {
                case "--patients" -> {
                    try {
                        patients = Integer.parseInt(value.strip().replace(",", "").replace("_", ""));
                    } catch (NumberFormatException e) {
                        patients = -1;
                    }
                    if (patients < 1 || patients > SampleClinic.MOST_PATIENTS) {
                        return usage(err, "--patients takes a whole number of patients from 1 to "
                                + String.format(Locale.ROOT, "%,d", SampleClinic.MOST_PATIENTS) + ", not "
                                + quoted(value) + ".");
                    }
                }
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(value.strip());
                    } catch (NumberFormatException e) {
                        return usage(err, "--seed takes a whole number (the same seed makes the same clinic), not "
                                + quoted(value) + ".");
                    }
                }
                default -> db = value;
            }
        }
        if (patients == null || db == null) {
            return usage(err, "demo needs " + (patients == null ? "the number of patients (--patients N)" : "")
                    + (patients == null && db == null ? " and " : "")
                    + (db == null ? "the database to fill (--db)" : "") + ".");
        }
        StoreLocation location;
        try {
            location = StoreAddress.forThisMachine(db, err::println);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        String user = System.getProperty("user.name", "").strip();
        SampleClinic.Progress progress = new SampleClinic.Progress() {
            private int shown;

            @Override
            public void written(int on, LocalDate reached) {
                if (on / PROGRESS_EVERY > shown / PROGRESS_EVERY) {
                    out.println(String.format(Locale.ROOT, "%,d patients on record so far (the clinic's story has"
                            + " reached %s)", on, reached));
                    shown = on;
                }
            }
        };
        long started = System.nanoTime();
        try (Database database = Database.open(location)) {
            SampleClinic clinic = new SampleClinic(database, evaluator, LabLimits.defaults(),
                    user.isEmpty() ? "b12consult" : user, clock.getZone());
            SampleClinic.Summary s = clinic.fill(patients, seed, LocalDate.now(clock), progress);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println(String.format(Locale.ROOT, "Made a sample clinic in %s (seed %d): %,d patients, %,d"
                            + " prescriptions, %,d doses given and %,d held, refused or not given, %,d reactions"
                            + " reported after a dose, %,d lab panels, %,d headache diary entries, %,d consultations;"
                            + " %.1f seconds.", location.describe(), seed, s.patients(), s.prescriptions(),
                    s.dosesGiven(), s.dosesNotGiven(), s.laterReactions(), s.labPanels(), s.headaches(),
                    s.consultations(), seconds));
            out.println("Open it with: b12consult --db " + db);
            return 0;
        } catch (DatabaseOpenException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (SampleClinic.NotEmptyException e) {
            err.println(capitalised(location.describe()) + " already holds patients: a sample clinic is only made in"
                    + " an empty database. No record was added. Name a new file, for example --db sample.db.");
            return FAILED;
        } catch (StoreException e) {
            err.println("The sample clinic could not be written: " + e.getMessage() + " What was written before"
                    + " stays in " + location.describe() + "; start again with a new file or an empty database.");
            return FAILED;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem + "\n" + USAGE);
        return CommandLine.USAGE;
    }

    private static String quoted(String text) {
        return "\u201c" + text + "\u201d";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
