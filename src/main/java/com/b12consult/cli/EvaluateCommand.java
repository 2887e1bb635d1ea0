package com.b12consult.cli;

import com.b12consult.domain.LabLimits;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code evaluate FILE}: the report as JSON on standard output, or the file's problems on standard error. */
final class EvaluateCommand {
    static final int UNREADABLE = 1;
    static final int INVALID = 2;

    private final AssessmentEvaluator evaluator;
    private final LabLimits limits;

    EvaluateCommand(AssessmentEvaluator evaluator, LabLimits limits) {
        this.evaluator = evaluator;
        this.limits = limits;
    }

    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("evaluate takes one assessment file, or '-' for standard input\n\n" + CommandLine.HELP);
            return CommandLine.USAGE;
        }
        String json;
        try {
            json = args[0].equals("-")
                    ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(args[0] + ": no such file");
            return UNREADABLE;
        } catch (IOException e) {
            err.println(args[0] + ": cannot be read (" + e.getMessage() + ")");
            return UNREADABLE;
        }
        AssessmentEvaluator.Outcome outcome = evaluator.evaluate(json, limits);
        if (outcome instanceof AssessmentEvaluator.Outcome.Invalid invalid) {
            String name = args[0].equals("-") ? "standard input" : args[0];
            err.println(name + ": not a valid assessment; nothing was evaluated (" + invalid.problems().size() + " problem"
                    + (invalid.problems().size() == 1 ? "" : "s") + "):");
            for (ValidationProblem p : invalid.problems()) {
                err.println((p.pointer().isEmpty() ? "/" : p.pointer()) + ": " + p.message());
            }
            return INVALID;
        }
        out.println(ReportJson.write(((AssessmentEvaluator.Outcome.Evaluated) outcome).report()));
        return 0;
    }
}
