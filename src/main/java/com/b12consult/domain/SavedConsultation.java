package com.b12consult.domain;

import java.util.Objects;

/** A consultation as saved: its assessment and report (as stored), what the clinician added, and who saved it. */
public record SavedConsultation(SavedAssessment assessment, ConsultationResponses responses, Actor savedBy) {
    public SavedConsultation {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(savedBy, "savedBy");
    }

    /** The consultation's id: that of its assessment row. */
    public long id() {
        return assessment.id();
    }
}
