package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.GivenHandout;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Handouts given: for which saved assessment, when, the SHA-256 of the document printed, and the document
 * itself, so a handout can be printed again exactly as it was given (its hash checked before it is).
 */
public final class HandoutRepository {
    private static final String COLUMNS = "h.id, h.assessment_id, h.given_at, h.content_sha256";

    private final Database database;
    private final AuditLog auditLog;

    public HandoutRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Records that the handout of a saved assessment was given now, with its PDF, in one transaction.
     *
     * @throws IllegalArgumentException if the document is empty
     * @throws RecordNotFoundException if the assessment is not in the database
     */
    public GivenHandout record(long assessmentId, byte[] pdf, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("a handout given has a document");
        }
        byte[] document = pdf.clone();
        Instant now = auditLog.now();
        GivenHandout draft = new GivenHandout(0, assessmentId, now, sha256(document));
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
            try (PreparedStatement s = c.prepareStatement("INSERT INTO handout_documents (handout_id, pdf) VALUES (?, ?)")) {
                s.setLong(1, id);
                s.setBytes(2, document);
                s.executeUpdate();
            }
            auditLog.append(actor, AuditAction.HANDOUT_GIVEN, OptionalLong.of(patientId),
                    "handout for assessment " + assessmentId + ", sha256 " + draft.contentSha256(), now);
            return draft.withId(id);
        });
    }

    /**
     * The PDF of a handout given, exactly as it was given; empty when none is kept (handouts given before
     * schema 7).
     *
     * @throws StoreException if the document kept no longer matches the hash recorded when it was given
     */
    public Optional<byte[]> document(GivenHandout handout) {
        Optional<byte[]> pdf = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT pdf FROM handout_documents WHERE handout_id = ?")) {
                s.setLong(1, handout.id());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
        if (pdf.isPresent() && !sha256(pdf.get()).equals(handout.contentSha256())) {
            throw new StoreException("The stored copy of this handout no longer matches the hash recorded when it"
                    + " was given, so it is not printed again. Restore a backup, or make a new handout.");
        }
        return pdf;
    }

    /** Records that a handout already given was printed or saved again, from its stored document. */
    public void recordReprint(GivenHandout handout, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Instant now = auditLog.now();
        database.inTransaction(c -> {
            long patientId;
            try (PreparedStatement s = c.prepareStatement("SELECT a.patient_id FROM handouts h JOIN assessments a"
                    + " ON a.id = h.assessment_id WHERE h.id = ?")) {
                s.setLong(1, handout.id());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new RecordNotFoundException("handout given", handout.id());
                    }
                    patientId = rs.getLong(1);
                }
            }
            auditLog.append(actor, AuditAction.HANDOUT_REPRINTED, OptionalLong.of(patientId), "handout " + handout.id()
                    + " for assessment " + handout.assessmentId() + ", sha256 " + handout.contentSha256(), now);
            return null;
        });
    }

    /** The SHA-256 of a document, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
