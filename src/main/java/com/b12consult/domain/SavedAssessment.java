package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An assessment as saved: the assessment file and the report (JSON text, kept exactly as given), the
 * rulebook that produced the report, and when it was saved. {@code id} is 0 while unsaved.
 */
public record SavedAssessment(long id, long patientId, AssessmentContext context, String assessmentJson,
                              String reportJson, String rulebookVersion, String rulebookSha256, Instant savedAt) {
    public SavedAssessment {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(assessmentJson, "assessmentJson");
        Objects.requireNonNull(reportJson, "reportJson");
        rulebookVersion = Objects.requireNonNull(rulebookVersion, "rulebookVersion").strip();
        if (rulebookVersion.isEmpty()) {
            throw new IllegalArgumentException("The rulebook version must not be empty");
        }
        rulebookSha256 = Sha256.requireHex("The rulebook's SHA-256", rulebookSha256);
        Objects.requireNonNull(savedAt, "savedAt");
    }

    public SavedAssessment withId(long newId) {
        return new SavedAssessment(newId, patientId, context, assessmentJson, reportJson, rulebookVersion,
                rulebookSha256, savedAt);
    }
}
