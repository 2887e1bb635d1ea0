package com.b12consult.domain;

import java.util.Objects;

/** An injection given, as saved for a patient ({@code id} and {@code patientId} are database ids). */
public record RecordedInjection(long id, long patientId, Injection injection) {
    public RecordedInjection {
        Objects.requireNonNull(injection, "injection");
    }
}
