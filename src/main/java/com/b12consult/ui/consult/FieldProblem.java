package com.b12consult.ui.consult;

import java.util.Objects;

/**
 * Something typed that cannot be used yet, in plain words: the field ({@code "Platelets, panel of
 * 2026-11-02"}) and what is wrong and what is accepted ({@code "\"15O\" is not a number; type digits, e.g.
 * 150"}).
 */
public record FieldProblem(String field, String message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
