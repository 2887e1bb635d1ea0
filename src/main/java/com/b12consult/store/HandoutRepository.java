package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.GivenHandout;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** Handouts given: for which saved assessment, when, and the SHA-256 of the document printed. */
public final class HandoutRepository {
    private static final String COLUMNS = "h.id, h.assessment_id, h.given_at, h.content_sha256";

    private final Database database;
    private final AuditLog auditLog;

    public HandoutRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Records that the handout of a saved assessment was given now.
     *
     * @throws IllegalArgumentException if the digest is not 64 hex digits
     * @throws RecordNotFoundException if the assessment is not in the database
     */
    public GivenHandout record(long assessmentId, String contentSha256, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Instant now = auditLog.now();
        GivenHandout draft = new GivenHandout(0, assessmentId, now, contentSha256);
        return database.inTransaction(c -> {
            long patientId;
            try (PreparedStatement s = c.prepareStatement("SELECT patient_id FROM assessments WHERE id = ?")) {
                s.setLong(1, assessmentId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new RecordNotFoundException("saved assessment", assessmentId);
                    }
                    patientId = rs.getLong(1);
                }
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO handouts (assessment_id, given_at, content_sha256)"
                    + " VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, assessmentId);
                s.setString(2, StoredValues.instant(now));
                s.setString(3, draft.contentSha256());
                s.executeUpdate();
                id = Repositories.generatedId(s);
            }
            auditLog.append(actor, AuditAction.HANDOUT_GIVEN, OptionalLong.of(patientId),
                    "handout for assessment " + assessmentId + ", sha256 " + draft.contentSha256(), now);
            return draft.withId(id);
        });
    }

    /** Handouts given for one saved assessment, the most recent first. */
    public List<GivenHandout> listForAssessment(long assessmentId) {
        return list("WHERE h.assessment_id = ?", assessmentId);
    }

    /** Handouts given to a patient, over all their assessments, the most recent first. */
    public List<GivenHandout> listForPatient(long patientId) {
        return list("JOIN assessments a ON a.id = h.assessment_id WHERE a.patient_id = ?", patientId);
    }

    private List<GivenHandout> list(String where, long key) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM handouts h " + where
                    + " ORDER BY h.given_at DESC, h.id DESC")) {
                s.setLong(1, key);
                return all(s);
            }
        });
    }

    private static List<GivenHandout> all(PreparedStatement s) throws SQLException {
        List<GivenHandout> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new GivenHandout(rs.getLong("id"), rs.getLong("assessment_id"),
                        StoredValues.instant(rs.getString("given_at")), rs.getString("content_sha256")));
            }
        }
        return out;
    }
}
