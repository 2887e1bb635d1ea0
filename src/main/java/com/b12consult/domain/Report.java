package com.b12consult.domain;

import java.util.List;
import java.util.Objects;

/** What evaluating an assessment gives (report, version 1): the decision, the findings, the derived facts. */
public record Report(int schemaVersion, RulebookRef rulebook, Decision decision, List<Finding> findings,
                     DerivedFacts derived) {
    public static final int SCHEMA_VERSION = 1;

    public Report {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(decision, "decision");
        findings = List.copyOf(findings);
        Objects.requireNonNull(derived, "derived");
    }
}
