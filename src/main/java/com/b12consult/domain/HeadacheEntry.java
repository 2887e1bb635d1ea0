package com.b12consult.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** One headache diary entry; severity 0 to 10. */
public record HeadacheEntry(LocalDateTime onsetAt, int severity, HeadacheType type, List<SymptomCode> associated) {
    public HeadacheEntry {
        Objects.requireNonNull(onsetAt, "onsetAt");
        Objects.requireNonNull(type, "type");
        if (severity < 0 || severity > 10) {
            throw new IllegalArgumentException("severity must be 0 to 10, was " + severity);
        }
        associated = List.copyOf(associated);
    }
}
