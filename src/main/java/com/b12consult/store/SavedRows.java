package com.b12consult.store;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.InvalidAssessmentException;
import com.b12consult.domain.format.ReportReader;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a saved assessment's text once, where it is read from the store, so that every screen works from
 * the same typed assessment and report instead of parsing the JSON its own way.
 */
final class SavedRows {
    private static final AssessmentReader READER = new AssessmentReader();

    private SavedRows() {
    }

    static SavedAssessment read(long id, long patientId, AssessmentContext context, String assessmentJson,
                                String reportJson, String rulebookVersion, String rulebookSha256, Instant savedAt) {
        return new SavedAssessment(id, patientId, context, assessmentJson, reportJson, rulebookVersion,
                rulebookSha256, savedAt, assessment(assessmentJson), report(reportJson));
    }

    /** A file saved by an older version that this one no longer reads: listed, not misread. */
    private static Optional<Assessment> assessment(String json) {
        try {
            return Optional.of(READER.read(json));
        } catch (InvalidAssessmentException e) {
            return Optional.empty();
        }
    }

    private static Optional<StoredReport> report(String json) {
        try {
            return Optional.of(ReportReader.read(json));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
