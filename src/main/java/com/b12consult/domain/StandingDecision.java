package com.b12consult.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A HOLD or URGENT that a saved check or consultation found for a patient and no prescriber has yet cleared:
 * every later check carries it, with what was reported, why, when and by whom, until a review clears it.
 *
 * @param review a review that did not clear it, when there is one
 */
public record StandingDecision(long assessmentId, AssessmentContext context, DecisionStatus decision,
                               List<String> reasons, List<SymptomCode> symptoms, Instant savedAt, String savedBy,
                               Optional<PrescriberReview> review) {
    public StandingDecision {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(decision, "decision");
        reasons = List.copyOf(reasons);
        symptoms = List.copyOf(symptoms);
        Objects.requireNonNull(savedAt, "savedAt");
        savedBy = Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(review, "review");
        if (decision != DecisionStatus.HOLD && decision != DecisionStatus.URGENT) {
            throw new IllegalArgumentException("Only a HOLD or an URGENT stands: " + decision);
        }
    }
}
