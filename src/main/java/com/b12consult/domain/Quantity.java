package com.b12consult.domain;

import java.util.Objects;

/** A lab value with its unit, as entered. */
public record Quantity(double value, LabUnit unit) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
    }
}
