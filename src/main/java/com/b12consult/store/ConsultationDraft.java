package com.b12consult.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A consultation not saved yet: for each step (by its name), every field as typed, valid or not.
 * {@code patientId} is the patient's database id.
 */
public record ConsultationDraft(long patientId, Map<String, Map<String, String>> steps, Instant savedAt) {
    public ConsultationDraft {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(savedAt, "savedAt");
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        steps.forEach((step, fields) -> copy.put(Objects.requireNonNull(step, "step"),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        steps = java.util.Collections.unmodifiableMap(copy);
    }
}
