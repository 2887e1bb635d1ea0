package com.b12consult.rules;

import com.b12consult.domain.Citation;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Severity;
import com.b12consult.domain.Topic;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of the rulebook. {@code decision} is what the rule does to the decision for the dose when it
 * fires (none: it informs without changing the decision). {@code withheldWhen} lists the decisions beside
 * which the rule's advice must not stand (encouragement to exercise on a held dose, say): when the
 * assessment's decision is one of them, the finding is left out. {@code convention}, when present, says in
 * words which threshold or time window of the rule is the house's own choice rather than its source's.
 */
public record Rule(String id, Topic topic, FindingKind kind, Severity severity, Optional<DecisionStatus> decision,
                   Set<DecisionStatus> withheldWhen, Condition when, String title, String text, String patientText,
                   Citation source, Optional<String> convention) {
    public Rule {
        withheldWhen = Set.copyOf(withheldWhen);
        Objects.requireNonNull(convention, "convention");
    }
}
