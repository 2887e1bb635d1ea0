package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.SavedConsultation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Saved consultations: the assessment and its report, and what the clinician added (ticks, note, alert
 * answers), saved in one transaction together with what the consultation adds to the patient's record.
 * Either all of it is saved or none of it: a consultation is never half on record.
 */
public final class ConsultationRepository {
    private final Database database;
    private final AuditLog auditLog;
    private final AssessmentRepository assessments;
    private final LabRepository labs;
    private final InjectionRepository injections;
    private final HeadacheRepository headaches;
    private final PrescriptionRepository prescriptions;

    public ConsultationRepository(Database database, AuditLog auditLog, AssessmentRepository assessments,
                                  LabRepository labs, InjectionRepository injections, HeadacheRepository headaches,
                                  PrescriptionRepository prescriptions) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.labs = Objects.requireNonNull(labs, "labs");
        this.injections = Objects.requireNonNull(injections, "injections");
        this.headaches = Objects.requireNonNull(headaches, "headaches");
        this.prescriptions = Objects.requireNonNull(prescriptions, "prescriptions");
    }

    /**
     * Saves the consultation in one transaction, audited: the assessment and report (with the rulebook),
     * the new labs, doses, diary entries and prescription, the ticks, note and alert answers, an entry for
     * the consultation and one per override with its reason.
     *
     * @throws IllegalArgumentException if a JSON is not a JSON object, the rulebook reference is not valid,
     *                                  or a lab panel or dose cannot be stored (nothing is saved)
     * @throws RecordNotFoundException if the patient is not in the database (nothing is saved)
     * @throws StoreException if the database refuses any part (nothing is saved)
     */
    public SavedConsultation save(NewConsultation consultation, Actor actor) {
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(actor, "actor");
        Instant now = auditLog.now();
        SavedAssessment draft = SavedRows.read(0, consultation.patientId(), AssessmentContext.CONSULTATION,
                consultation.assessmentJson(), consultation.reportJson(), consultation.rulebook().version(),
                consultation.rulebook().sha256(), now);
        long patientId = consultation.patientId();
        return database.inTransaction(c -> {
            // the record first: the assessment describes a patient whose labs and doses are then on file
            if (consultation.newPrescription().isPresent()) {
                prescriptions.insert(c, consultation.newPrescription().get(), actor);
            }
            for (LabPanel panel : consultation.newLabs()) {
                labs.insert(c, patientId, panel, actor);
            }
            for (Injection dose : consultation.newDoses()) {
                injections.insert(c, patientId, dose, actor);
            }
            for (HeadacheEntry entry : consultation.newHeadaches()) {
                headaches.insert(c, patientId, entry, actor);
            }
            SavedAssessment saved = assessments.insert(c, draft, actor);
            insertResponses(c, saved.id(), consultation.responses(), actor);
            ConsultationResponses r = consultation.responses();
            auditLog.append(actor, AuditAction.CONSULTATION_SAVED, OptionalLong.of(patientId),
                    "consultation " + saved.id() + ": " + r.ticked().size() + " checklist item(s) ticked, "
                            + r.answers().size() + " alert(s) answered, " + r.overrides().size() + " not applicable"
                            + ", " + consultation.newLabs().size() + " lab panel(s), " + consultation.newDoses().size()
                            + " dose(s), " + consultation.newHeadaches().size() + " diary entr(ies)"
                            + (consultation.newPrescription().isPresent() ? ", new prescription" : ""), now);
            for (AlertAnswer override : r.overrides()) {
                auditLog.append(actor, AuditAction.ALERT_OVERRIDDEN, OptionalLong.of(patientId),
                        "consultation " + saved.id() + ", alert " + override.findingId() + " not applicable: "
                                + override.reason(), now);
            }
            return new SavedConsultation(saved, r, actor);
        });
    }

    /** A saved consultation by its id (that of its assessment). */
    public Optional<SavedConsultation> load(long id) {
        return assessments.load(id).filter(a -> a.context() == AssessmentContext.CONSULTATION)
                .flatMap(a -> database.read(c -> responses(c, a)));
    }

    /** The patient's saved consultations, the newest first. */
    public List<SavedConsultation> listForPatient(long patientId) {
        List<SavedAssessment> saved = assessments.listForPatient(patientId).stream()
                .filter(a -> a.context() == AssessmentContext.CONSULTATION).toList();
        return database.read(c -> {
            List<SavedConsultation> out = new ArrayList<>();
            for (SavedAssessment a : saved) {
                responses(c, a).ifPresent(out::add);
            }
            return out;
        });
    }

    private void insertResponses(Connection c, long assessmentId, ConsultationResponses r, Actor actor)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO consultations (assessment_id, saved_by_user,"
                + " saved_by_initials, note) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, assessmentId);
            s.setString(2, actor.osUser());
            s.setString(3, actor.initials());
            s.setString(4, r.note());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO consultation_ticks (assessment_id, finding_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String finding : r.ticked()) {
                s.setLong(1, assessmentId);
                s.setString(2, finding);
                s.setInt(3, position++);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO alert_answers (assessment_id, finding_id,"
                + " position, answer, reason) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (AlertAnswer a : r.answers()) {
                s.setLong(1, assessmentId);
                s.setString(2, a.findingId());
                s.setInt(3, position++);
                s.setString(4, a.response().code());
                s.setString(5, a.reason());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The consultation's own rows; empty for an assessment saved as a consultation without them. */
    private static Optional<SavedConsultation> responses(Connection c, SavedAssessment a) throws SQLException {
        String note;
        Actor savedBy;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT saved_by_user, saved_by_initials, note FROM consultations WHERE assessment_id = ?")) {
            s.setLong(1, a.id());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                savedBy = new Actor(rs.getString("saved_by_user"), rs.getString("saved_by_initials"));
                note = rs.getString("note");
            }
        }
        Set<String> ticked = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT finding_id FROM consultation_ticks WHERE assessment_id = ? ORDER BY position")) {
            s.setLong(1, a.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ticked.add(rs.getString("finding_id"));
                }
            }
        }
        List<AlertAnswer> answers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT finding_id, answer, reason FROM alert_answers WHERE assessment_id = ? ORDER BY position")) {
            s.setLong(1, a.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    answers.add(new AlertAnswer(rs.getString("finding_id"),
                            StoredValues.decode(AlertResponse.class, rs.getString("answer")), rs.getString("reason")));
                }
            }
        }
        return Optional.of(new SavedConsultation(a, new ConsultationResponses(ticked, note, answers), savedBy));
    }
}
