package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment as saved: the assessment and its report, read once by the store when the row is read,
 * the rulebook that produced the report, and when it was saved. {@code id} is 0 while unsaved.
 * <p>
 * {@code assessment} and {@code report} are what every reader uses. They are empty only for a row written
 * by an older version whose text this version no longer reads; such a row is still listed (and exported),
 * never misread. {@code assessmentJson} and {@code reportJson} are the text exactly as stored, for export
 * and for nothing else.
 */
public record SavedAssessment(long id, long patientId, AssessmentContext context, String assessmentJson,
                              String reportJson, String rulebookVersion, String rulebookSha256, Instant savedAt,
                              Optional<Assessment> assessment, Optional<StoredReport> report) {
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
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(report, "report");
    }

    /** The decision the saved report gave; empty when the report is of a format this version does not read. */
    public Optional<DecisionStatus> decision() {
        return report.map(r -> r.decision().status());
    }

    public SavedAssessment withId(long newId) {
        return new SavedAssessment(newId, patientId, context, assessmentJson, reportJson, rulebookVersion,
                rulebookSha256, savedAt, assessment, report);
    }
}
