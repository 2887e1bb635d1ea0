package com.b12consult.domain;

import java.util.Objects;

/**
 * One configurable lab limit, in the report's canonical unit, with the published source of its
 * default. Settings may change the value; the source then describes the default, not the clinic's choice.
 */
public record LabLimit(LabLimitKey key, double value, String source) {
    public LabLimit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(key.label() + " must be a positive number, was " + value);
        }
    }
}
