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
 * fires (none: it informs without changing the decision); it follows from the severity
 * ({@link #decisionFor(Severity)}) unless the rulebook says otherwise. {@code withheldWhen} lists the decisions
 * beside which the rule's advice must not stand (encouragement to exercise on a held dose, say): when the
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

    /**
     * The decision a finding of this severity asks for, unless its rule says otherwise: an urgent finding makes
     * the decision urgent, a warning holds the dose, a caution lets it proceed with care, and information leaves
     * the decision alone. A rule may ask for less than its severity (a warning that asks the clinician to look
     * further without holding the dose), never for more; an urgent rule always decides urgent.
     */
    public static Optional<DecisionStatus> decisionFor(Severity severity) {
        return switch (severity) {
            case URGENT -> Optional.of(DecisionStatus.URGENT);
            case WARNING -> Optional.of(DecisionStatus.HOLD);
            case CAUTION -> Optional.of(DecisionStatus.PROCEED_WITH_CARE);
            case INFO -> Optional.empty();
        };
    }
}
