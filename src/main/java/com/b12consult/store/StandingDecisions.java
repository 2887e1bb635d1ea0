package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Coded;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.PrescriberReview;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.StandingDecision;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 * A HOLD or URGENT stands from the check or consultation that found it until a prescriber's review clears it
 * (schema 5). The nurse's check asks here before every dose, so a red flag found minutes ago, or in a
 * consultation in another room, is never forgotten by pressing Held and opening the check again.
 */
public final class StandingDecisions {
    private final Database database;
    private final AuditLog auditLog;

    public StandingDecisions(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * The patient's standing HOLD or URGENT: the newest saved assessment with one, unless a review since it (or of
     * it) cleared it. A review that did not clear it comes with it. Two queries, whatever the patient's history.
     */
    public Optional<StandingDecision> find(long patientId) {
        return database.read(c -> {
            Optional<StandingDecision> standing = newestHoldOrUrgent(c, patientId);
            if (standing.isEmpty()) {
                return standing;
            }
            Optional<PrescriberReview> review = newestReviewCovering(c, patientId, standing.get().assessmentId());
            if (review.isEmpty()) {
                return standing;
            }
            if (review.get().outcome() == ReviewOutcome.CLEARED_TO_GIVE) {
                return Optional.empty();
            }
            StandingDecision s = standing.get();
            return Optional.of(new StandingDecision(s.assessmentId(), s.context(), s.decision(), s.reasons(), s.symptoms(),
                    s.savedAt(), s.savedBy(), review));
        });
    }

    /**
     * Records a prescriber's review of the standing decision found in assessment {@code assessmentId}, audited with
     * who reviewed it, what was decided and the note.
     *
     * @throws IllegalArgumentException when that assessment is not the patient's, or found neither HOLD nor URGENT
     */
    public PrescriberReview recordReview(long patientId, long assessmentId, String reviewedBy, ReviewOutcome outcome,
                                         String note, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Instant now = auditLog.now();
        PrescriberReview draft = new PrescriberReview(0, patientId, assessmentId, reviewedBy, outcome, note, now);
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT decision FROM assessments WHERE id = ? AND patient_id = ?")) {
                s.setLong(1, assessmentId);
                s.setLong(2, patientId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !(rs.getString(1).equals("hold") || rs.getString(1).equals("urgent"))) {
                        throw new IllegalArgumentException("Assessment " + assessmentId + " of this patient found no HOLD or URGENT"
                                + " to review");
                    }
                }
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO prescriber_reviews (patient_id, assessment_id,"
                    + " reviewed_by, outcome, note, reviewed_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, patientId);
                s.setLong(2, assessmentId);
                s.setString(3, draft.reviewedBy());
                s.setString(4, outcome.code());
                s.setString(5, draft.note());
                s.setString(6, StoredValues.instant(now));
                s.setString(7, who(actor));
                s.executeUpdate();
                id = Repositories.generatedId(s);
            }
            auditLog.append(actor, AuditAction.PRESCRIBER_REVIEW_RECORDED, OptionalLong.of(patientId),
                    "review of assessment " + assessmentId + " by " + draft.reviewedBy() + ": " + outcome.label()
                            + "; " + draft.note(), now);
            return new PrescriberReview(id, patientId, assessmentId, draft.reviewedBy(), outcome, draft.note(), now);
        });
    }

    private static Optional<StandingDecision> newestHoldOrUrgent(Connection c, long patientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, context, decision, assessment_json, report_json, saved_at,"
                + " saved_by FROM assessments WHERE patient_id = ? AND decision IN ('hold', 'urgent') ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, patientId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StandingDecision(rs.getLong("id"),
                        StoredValues.decode(AssessmentContext.class, rs.getString("context")),
                        StoredValues.decode(DecisionStatus.class, rs.getString("decision")),
                        texts(rs.getString("report_json"), "/decision/reasons"),
                        symptoms(rs.getString("assessment_json")),
                        StoredValues.instant(rs.getString("saved_at")), rs.getString("saved_by"), Optional.empty()));
            }
        }
    }

    private static Optional<PrescriberReview> newestReviewCovering(Connection c, long patientId, long assessmentId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, assessment_id, reviewed_by, outcome, note, reviewed_at"
                + " FROM prescriber_reviews WHERE patient_id = ? AND assessment_id >= ? ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, patientId);
            s.setLong(2, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PrescriberReview(rs.getLong("id"), patientId, rs.getLong("assessment_id"),
                        rs.getString("reviewed_by"), StoredValues.decode(ReviewOutcome.class, rs.getString("outcome")),
                        rs.getString("note"), StoredValues.instant(rs.getString("reviewed_at"))));
            }
        }
    }

    /** The decision status of a report, as the assessments table keeps it; "unknown" for a report without one. */
    static String decisionOf(String reportJson) {
        try {
            String status = JsonTrees.parse(reportJson).at("/decision/status").asText("");
            return Coded.fromCode(DecisionStatus.class, status).map(DecisionStatus::code).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Who saved something, as a person reads it: the initials given at sign-in, else the operating-system user. */
    static String who(Actor actor) {
        return actor.initials().isEmpty() ? actor.osUser() : actor.initials();
    }

    private static List<String> texts(String json, String pointer) {
        List<String> out = new ArrayList<>();
        try {
            JsonTrees.parse(json).at(pointer).forEach(n -> out.add(n.asText()));
        } catch (IOException e) {
            // a stored report is checked JSON (a CHECK constraint); nothing to add from one that is not
        }
        return out;
    }

    private static List<SymptomCode> symptoms(String assessmentJson) {
        List<SymptomCode> out = new ArrayList<>();
        try {
            for (JsonNode s : JsonTrees.parse(assessmentJson).path("symptoms")) {
                Coded.fromCode(SymptomCode.class, s.path("code").asText()).ifPresent(out::add);
            }
        } catch (IOException e) {
            // as above
        }
        return out;
    }
}
