package com.b12consult.rules;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.InvalidAssessmentException;
import com.b12consult.domain.format.ValidationProblem;
import java.util.List;

/**
 * The one path from an assessment to a report, shared by the command line and the app: read and validate
 * strictly, and evaluate only what is valid.
 */
public final class AssessmentEvaluator {
    private final AssessmentReader reader;
    private final RuleEngine engine;

    public AssessmentEvaluator(AssessmentReader reader, RuleEngine engine) {
        this.reader = reader;
        this.engine = engine;
    }

    /** Either a report, or the problems that stopped evaluation. */
    public sealed interface Outcome {
        record Evaluated(Assessment assessment, Report report) implements Outcome {
        }

        record Invalid(List<ValidationProblem> problems) implements Outcome {
        }
    }

    public Outcome evaluate(String json, LabLimits limits) {
        Assessment assessment;
        try {
            assessment = reader.read(json);
        } catch (InvalidAssessmentException e) {
            return new Outcome.Invalid(e.problems());
        }
        return new Outcome.Evaluated(assessment, evaluate(assessment, limits));
    }

    public Report evaluate(Assessment assessment, LabLimits limits) {
        return engine.evaluate(assessment, limits);
    }

    public RuleEngine engine() {
        return engine;
    }
}
