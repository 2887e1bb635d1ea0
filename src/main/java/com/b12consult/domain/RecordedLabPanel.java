package com.b12consult.domain;

import java.util.Objects;

/** A lab panel as saved for a patient ({@code id} and {@code patientId} are database ids). */
public record RecordedLabPanel(long id, long patientId, LabPanel panel) {
    public RecordedLabPanel {
        Objects.requireNonNull(panel, "panel");
    }
}
