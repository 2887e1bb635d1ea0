package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.SavedAssessment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Saved assessments: the assessment file and its report as JSON text, kept exactly as given (the store
 * checks only that each is one JSON object), with the rulebook that produced the report. Each row is read
 * into a typed assessment and report once, here ({@link SavedRows}).
 */
public final class AssessmentRepository {
    private static final String COLUMNS = "id, patient_id, context, assessment_json, report_json, rulebook_version,"
            + " rulebook_sha256, saved_at";

    private final Database database;
    private final AuditLog auditLog;

    public AssessmentRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves an assessment and its report, stamped with the current time, and returns it with its id.
     *
     * @throws IllegalArgumentException if either JSON is not a JSON object, the rulebook version is blank
     *                                  or its SHA-256 is not 64 hex digits
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public SavedAssessment save(long patientId, AssessmentContext context, String assessmentJson, String reportJson,
                                String rulebookVersion, String rulebookSha256, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        StoredValues.requireJsonObject("The assessment", Objects.requireNonNull(assessmentJson, "assessmentJson"));
        StoredValues.requireJsonObject("The report", Objects.requireNonNull(reportJson, "reportJson"));
        Instant now = auditLog.now();
        SavedAssessment draft = SavedRows.read(0, patientId, context, assessmentJson, reportJson,
                rulebookVersion, rulebookSha256, now);
        return database.inTransaction(c -> insert(c, draft, actor));
    }

    /**
     * Inserts a checked assessment (id 0) on the caller's connection, inside the caller's transaction,
     * with its audit entry; for saves that write more than the assessment in one transaction.
     */
    SavedAssessment insert(Connection c, SavedAssessment draft, Actor actor) throws SQLException {
        StoredValues.requireJsonObject("The assessment", draft.assessmentJson());
        StoredValues.requireJsonObject("The report", draft.reportJson());
        Repositories.requirePatient(c, draft.patientId());
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessments (patient_id, context,"
                + " assessment_json, report_json, rulebook_version, rulebook_sha256, saved_at, decision, saved_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, draft.patientId());
            s.setString(2, draft.context().code());
            s.setString(3, draft.assessmentJson());
            s.setString(4, draft.reportJson());
            s.setString(5, draft.rulebookVersion());
            s.setString(6, draft.rulebookSha256());
            s.setString(7, StoredValues.instant(draft.savedAt()));
            s.setString(8, StandingDecisions.decisionOf(draft.reportJson()));
            s.setString(9, StandingDecisions.who(actor));
            s.executeUpdate();
            id = Repositories.generatedId(s);
        }
        auditLog.append(actor, AuditAction.ASSESSMENT_SAVED, OptionalLong.of(draft.patientId()),
                "assessment " + id + " (" + draft.context().code() + "), rulebook " + draft.rulebookVersion(),
                draft.savedAt());
        return draft.withId(id);
    }

    public Optional<SavedAssessment> load(long id) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM assessments WHERE id = ?")) {
                s.setLong(1, id);
                return all(s).stream().findFirst();
            }
        });
    }

    /** The patient's saved assessments, the newest first. */
    public List<SavedAssessment> listForPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM assessments"
                    + " WHERE patient_id = ? ORDER BY saved_at DESC, id DESC")) {
                s.setLong(1, patientId);
                return all(s);
            }
        });
    }

    private static List<SavedAssessment> all(PreparedStatement s) throws SQLException {
        List<SavedAssessment> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(SavedRows.read(rs.getLong("id"), rs.getLong("patient_id"),
                        StoredValues.decode(AssessmentContext.class, rs.getString("context")),
                        rs.getString("assessment_json"), rs.getString("report_json"), rs.getString("rulebook_version"),
                        rs.getString("rulebook_sha256"), StoredValues.instant(rs.getString("saved_at"))));
            }
        }
        return out;
    }
}
