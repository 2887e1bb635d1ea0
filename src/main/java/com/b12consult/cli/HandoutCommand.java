package com.b12consult.cli;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutDocument;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.AssessmentEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code handout FILE --out PDF}: the patient handout for an assessment file, the same PDF the app prints.
 * An assessment file names the patient only by id, so the name and the clinic's details come as options.
 */
final class HandoutCommand {
    private final AssessmentEvaluator evaluator;
    private final LabLimits limits;
    private final Clock clock;

    HandoutCommand(AssessmentEvaluator evaluator, LabLimits limits, Clock clock) {
        this.evaluator = evaluator;
        this.limits = limits;
        this.clock = clock;
    }

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n\n" + CommandLine.HELP);
            return CommandLine.USAGE;
        }
        String json;
        try {
            json = o.file.equals("-")
                    ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(o.file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(o.file + ": no such file");
            return EvaluateCommand.UNREADABLE;
        } catch (IOException e) {
            err.println(o.file + ": cannot be read (" + e.getMessage() + ")");
            return EvaluateCommand.UNREADABLE;
        }
        AssessmentEvaluator.Outcome outcome = evaluator.evaluate(json, limits);
        if (outcome instanceof AssessmentEvaluator.Outcome.Invalid invalid) {
            String name = o.file.equals("-") ? "standard input" : o.file;
            err.println(name + ": not a valid assessment; no handout was made (" + invalid.problems().size()
                    + " problem" + (invalid.problems().size() == 1 ? "" : "s") + "):");
            for (ValidationProblem p : invalid.problems()) {
                err.println((p.pointer().isEmpty() ? "/" : p.pointer()) + ": " + p.message());
            }
            return EvaluateCommand.INVALID;
        }
        AssessmentEvaluator.Outcome.Evaluated done = (AssessmentEvaluator.Outcome.Evaluated) outcome;
        String patient = o.name.orElse("patient " + done.assessment().patient().id());
        ClinicSettings clinic = new ClinicSettings(o.clinic, "", o.phone, o.paper, limits);
        HandoutDocument handout = new HandoutComposer(evaluator.engine().rulebook()).compose(done.assessment(),
                done.report(), patient, clinic, o.nextDose, o.date.orElse(LocalDate.now(clock)));
        try {
            Files.write(o.out, new HandoutPdf().render(handout));
        } catch (IOException e) {
            err.println(o.out + ": cannot be written (" + e.getMessage() + ")");
            return EvaluateCommand.UNREADABLE;
        }
        out.println("Handout for " + patient + " written to " + o.out);
        return 0;
    }

    private static final class Options {
        String file;
        Path out;
        Optional<String> name = Optional.empty();
        String clinic = "";
        String phone = "";
        PaperSize paper = PaperSize.A4;
        Optional<LocalDate> nextDose = Optional.empty();
        Optional<LocalDate> date = Optional.empty();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--") || a.equals("-")) {
                    if (o.file != null) {
                        throw new IllegalArgumentException("handout takes one assessment file; also given: " + a);
                    }
                    o.file = a;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--out" -> o.out = Path.of(v);
                    case "--name" -> o.name = Optional.of(v.strip()).filter(s -> !s.isEmpty());
                    case "--clinic" -> o.clinic = v.strip();
                    case "--phone" -> o.phone = v.strip();
                    case "--paper" -> o.paper = switch (v.toLowerCase(java.util.Locale.ROOT)) {
                        case "a4" -> PaperSize.A4;
                        case "letter" -> PaperSize.LETTER;
                        default -> throw new IllegalArgumentException("--paper: \"" + v + "\" is not a paper size; use a4 or letter");
                    };
                    case "--next-dose" -> o.nextDose = Optional.of(day("--next-dose", v));
                    case "--date" -> o.date = Optional.of(day("--date", v));
                    default -> throw new IllegalArgumentException("handout: unknown option " + a
                            + " (accepted: --out, --name, --clinic, --phone, --paper, --next-dose, --date)");
                }
            }
            if (o.file == null) {
                throw new IllegalArgumentException("handout needs an assessment file, or '-' for standard input");
            }
            if (o.out == null) {
                throw new IllegalArgumentException("handout needs --out FILE.pdf: where to write the handout");
            }
            return o;
        }

        private static LocalDate day(String option, String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + ": \"" + v + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-05");
            }
        }
    }
}
