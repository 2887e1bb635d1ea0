package com.b12consult.domain.format;

import java.util.Objects;

/**
 * One thing wrong with an assessment file: where it is, as a JSON pointer (RFC 6901, {@code ""} for the
 * file as a whole), and what to do about it, in words a clinician can act on.
 */
public record ValidationProblem(String pointer, String message) {
    public ValidationProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /** The line the command line prints on standard error: {@code /headaches/0/severity: 14 is out of range; ...}. */
    @Override
    public String toString() {
        return pointer.isEmpty() ? message : pointer + ": " + message;
    }
}
