package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A correction: a dose outcome (or an injection typed in a consultation) was entered in error. The original
 * stays on record as it was, shown with this beside it, and no longer counts as a dose.
 */
public record EnteredInError(long id, String reason, String recordedBy, Instant recordedAt) {
    public EnteredInError {
        reason = Objects.requireNonNull(reason, "reason").strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A correction needs a reason");
        }
        recordedBy = Objects.requireNonNull(recordedBy, "recordedBy").strip();
        if (recordedBy.isEmpty()) {
            throw new IllegalArgumentException("A correction names who made it");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
