package com.b12consult.domain.format;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The assessment file was refused. It carries every problem found, not only the first, so the person fixing the
 * file sees all of them at once. Checked on purpose: a caller that reads a file must decide what the clinician sees.
 */
public final class InvalidAssessmentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public InvalidAssessmentException(List<ValidationProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid assessment has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem: section by section in the order of the spec, entries of a list in file order. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String summary(List<ValidationProblem> problems) {
        String lines = problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n"));
        return "The assessment file has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + lines;
    }
}
