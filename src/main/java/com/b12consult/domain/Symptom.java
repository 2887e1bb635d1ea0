package com.b12consult.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** A current symptom and, when known, when it began. */
public record Symptom(SymptomCode code, Optional<LocalDateTime> onsetAt) {
    public Symptom {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(onsetAt, "onsetAt");
    }
}
