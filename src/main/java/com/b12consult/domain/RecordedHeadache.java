package com.b12consult.domain;

import java.util.Objects;

/** A headache diary entry as saved for a patient ({@code id} and {@code patientId} are database ids). */
public record RecordedHeadache(long id, long patientId, HeadacheEntry entry) {
    public RecordedHeadache {
        Objects.requireNonNull(entry, "entry");
    }
}
