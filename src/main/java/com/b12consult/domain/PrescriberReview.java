package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;

/** A prescriber's review of a standing HOLD or URGENT: it covers the assessment it names and all before it. */
public record PrescriberReview(long id, long patientId, long assessmentId, String reviewedBy, ReviewOutcome outcome,
                               String note, Instant reviewedAt) {
    public PrescriberReview {
        reviewedBy = Objects.requireNonNull(reviewedBy, "reviewedBy").strip();
        note = Objects.requireNonNull(note, "note").strip();
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (reviewedBy.isEmpty()) {
            throw new IllegalArgumentException("A review names the prescriber who made it");
        }
        if (note.isEmpty()) {
            throw new IllegalArgumentException("A review says what was decided and why");
        }
    }
}
