package com.b12consult.rules;

import com.b12consult.domain.Citation;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Severity;
import com.b12consult.domain.Topic;
import java.util.Optional;

/**
 * One rule of the rulebook. {@code decision} is what the rule does to the decision for the dose when it
 * fires (none: it informs without changing the decision).
 */
public record Rule(String id, Topic topic, FindingKind kind, Severity severity, Optional<DecisionStatus> decision,
                   Condition when, String title, String text, String patientText, Citation source) {
}
