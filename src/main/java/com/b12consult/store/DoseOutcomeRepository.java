package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.EnteredInError;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.SymptomCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What became of each due dose. Every outcome is saved together with the check that preceded it (its
 * assessment and report), and a dose given also with its injection: all in one transaction, so the
 * record never shows a dose without its check or a check without its outcome.
 */
public final class DoseOutcomeRepository {
    private static final String COLUMNS = "o.id, o.patient_id, o.prescription_id, o.due_on, o.outcome, o.decision,"
            + " o.reason, o.override_reason, o.injection_id, o.lot_number, o.lot_expiry, o.given_by, o.assessment_id,"
            + " o.recorded_at, e.id AS error_id, e.reason AS error_reason, e.recorded_by AS error_by,"
            + " e.recorded_at AS error_at";
    private static final String FROM = " FROM dose_outcomes o LEFT JOIN entered_in_error e ON e.dose_outcome_id = o.id";

    private final Database database;
    private final AuditLog auditLog;
    private final InjectionRepository injections;
    private final AssessmentRepository assessments;

    public DoseOutcomeRepository(Database database, AuditLog auditLog, InjectionRepository injections,
                                 AssessmentRepository assessments) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.injections = Objects.requireNonNull(injections, "injections");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
    }

    /**
     * Saves a dose given: the injection, the check, and the outcome. On HOLD the override reason is
     * required and written to the audit log; on URGENT the dose is refused.
     *
     * @throws IllegalArgumentException on URGENT, or on HOLD without an override reason
     */
    public DoseOutcome recordGiven(long patientId, long prescriptionId, LocalDate dueOn, GivenDose dose,
                                   DecisionStatus decision, String overrideReason, CheckDocument check, Actor actor) {
        Objects.requireNonNull(dose, "dose");
        String override = Objects.requireNonNull(overrideReason, "overrideReason").strip();
        if (decision == DecisionStatus.URGENT) {
            throw new IllegalArgumentException("A dose is never given on an URGENT decision");
        }
        if (decision == DecisionStatus.HOLD && override.isEmpty()) {
            throw new IllegalArgumentException("A dose given on HOLD needs a written override reason");
        }
        return database.inTransaction(c -> {
            // one Given per due dose: said plainly here, and enforced by a trigger for two rooms at once (schema 5)
            Optional<DoseAlreadyGivenException> already = alreadyGiven(c, patientId, prescriptionId, dueOn);
            if (already.isPresent()) {
                throw already.get();
            }
            SavedAssessment saved = save(patientId, check, actor);
            RecordedInjection injection = injections.record(patientId, dose.injection(), actor);
            Instant now = auditLog.now();
            DoseOutcome outcome = new DoseOutcome(0, patientId, prescriptionId, dueOn, DoseOutcomeKind.GIVEN,
                    decision, "", override, OptionalLong.of(injection.id()), dose.lotNumber(),
                    Optional.of(dose.lotExpiry()), dose.givenBy(), saved.id(), now);
            DoseOutcome stored;
            try {
                stored = insert(c, outcome);
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage()).contains("dose_already_given")) {
                    throw alreadyGiven(c, patientId, prescriptionId, dueOn)
                            .orElseGet(() -> new DoseAlreadyGivenException(dueOn, "", Optional.empty()));
                }
                throw e;
            }
            auditLog.append(actor, AuditAction.DOSE_GIVEN, OptionalLong.of(patientId), "dose due " + dueOn + " given"
                    + (decision == DecisionStatus.HOLD ? " against a HOLD decision" : " on " + decision.code())
                    + " (injection " + injection.id() + ")" + (override.isEmpty() ? "" : "; override reason: " + override), now);
            return stored;
        });
    }

    /**
     * Saves a dose held, refused by the patient, or not given, with the check that preceded it; the dose
     * stays due.
     *
     * @throws IllegalArgumentException for {@code GIVEN}, or when a held or not-given dose has no reason
     */
    public DoseOutcome recordNotGiven(long patientId, long prescriptionId, LocalDate dueOn, DoseOutcomeKind kind,
                                      DecisionStatus decision, String reason, CheckDocument check, Actor actor) {
        Objects.requireNonNull(kind, "kind");
        String why = Objects.requireNonNull(reason, "reason").strip();
        if (kind == DoseOutcomeKind.GIVEN) {
            throw new IllegalArgumentException("Use recordGiven for a dose given");
        }
        if (kind != DoseOutcomeKind.REFUSED && why.isEmpty()) {
            throw new IllegalArgumentException("A dose " + kind.code().replace('_', ' ') + " needs a reason");
        }
        return database.inTransaction(c -> {
            SavedAssessment saved = save(patientId, check, actor);
            Instant now = auditLog.now();
            DoseOutcome outcome = new DoseOutcome(0, patientId, prescriptionId, dueOn, kind, decision, why, "",
                    OptionalLong.empty(), "", Optional.empty(), "", saved.id(), now);
            DoseOutcome stored = insert(c, outcome);
            auditLog.append(actor, AuditAction.forOutcome(kind), OptionalLong.of(patientId),
                    "dose due " + dueOn + " " + kind.code().replace('_', ' ') + " on " + decision.code()
                            + (why.isEmpty() ? "" : ": " + why), now);
            return stored;
        });
    }

    /** The patient's dose outcomes, the newest first. */
    public List<DoseOutcome> listForPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM
                    + " WHERE o.patient_id = ? ORDER BY o.recorded_at DESC, o.id DESC")) {
                s.setLong(1, patientId);
                List<DoseOutcome> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(outcome(rs));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Marks a dose outcome entered in error, with the reason and who says so. The outcome stays on record as it
     * was, shown with the correction; a dose given in error no longer counts as a dose (nor its injection), so
     * the due dose can be recorded as it truly was. Never a delete, never a change of the original.
     *
     * @throws IllegalArgumentException when the reason is blank or the actor gave no initials
     * @throws RecordNotFoundException if there is no such outcome
     * @throws AlreadyEnteredInErrorException if the outcome was marked before (by whom and when)
     */
    public DoseOutcome markEnteredInError(long doseOutcomeId, String reason, Actor actor) {
        String why = Objects.requireNonNull(reason, "reason").strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why the dose outcome was entered in error");
        }
        String by = correctedBy(actor);
        return database.inTransaction(c -> {
            DoseOutcome o = find(c, doseOutcomeId).orElseThrow(() -> new RecordNotFoundException("dose outcome", doseOutcomeId));
            if (o.enteredInError().isPresent()) {
                throw new AlreadyEnteredInErrorException(o.enteredInError().get());
            }
            Instant now = auditLog.now();
            insertCorrection(c, database.dialect(), o.patientId(), OptionalLong.of(o.id()), o.injectionId(), why, by, now);
            auditLog.append(actor, AuditAction.ENTERED_IN_ERROR, OptionalLong.of(o.patientId()), "dose due " + o.dueOn()
                    + " recorded " + o.kind().code().replace('_', ' ') + " (outcome " + o.id()
                    + o.injectionId().stream().mapToObj(i -> ", injection " + i).findFirst().orElse("")
                    + ") marked entered in error: " + why, now);
            return find(c, doseOutcomeId).orElseThrow();
        });
    }

    /**
     * Marks an injection entered in error: one typed in a consultation, or (through its outcome) one recorded at
     * a check. It stays on record and no longer counts as a dose.
     *
     * @throws RecordNotFoundException if there is no such injection
     * @throws AlreadyEnteredInErrorException if it was marked before
     */
    public void markInjectionEnteredInError(long injectionId, String reason, Actor actor) {
        String why = Objects.requireNonNull(reason, "reason").strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Say why the injection was entered in error");
        }
        String by = correctedBy(actor);
        RecordedInjection injection = injections.findById(injectionId)
                .orElseThrow(() -> new RecordNotFoundException("injection", injectionId));
        OptionalLong outcome = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM dose_outcomes WHERE injection_id = ?")) {
                s.setLong(1, injectionId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
        if (outcome.isPresent()) {
            markEnteredInError(outcome.getAsLong(), why, actor);
            return;
        }
        database.inTransaction(c -> {
            Optional<EnteredInError> before = injectionCorrection(c, injectionId);
            if (before.isPresent()) {
                throw new AlreadyEnteredInErrorException(before.get());
            }
            Instant now = auditLog.now();
            insertCorrection(c, database.dialect(), injection.patientId(), OptionalLong.empty(), OptionalLong.of(injectionId), why, by, now);
            auditLog.append(actor, AuditAction.ENTERED_IN_ERROR, OptionalLong.of(injection.patientId()),
                    "injection " + injectionId + " of " + injection.injection().givenAt() + " marked entered in error: " + why,
                    now);
            return null;
        });
    }

    private static String correctedBy(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.initials().isEmpty()) {
            throw new IllegalArgumentException("A correction names who made it: give your initials");
        }
        return actor.initials();
    }

    /** Inserts a correction, and the patient's next due day again: a dose entered in error is no longer a dose. */
    private static long insertCorrection(java.sql.Connection c, Dialect sql, long patientId, OptionalLong outcomeId,
                                         OptionalLong injectionId, String reason, String by, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entered_in_error (patient_id, dose_outcome_id,"
                + " injection_id, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, patientId);
            setOptional(s, 2, outcomeId);
            setOptional(s, 3, injectionId);
            s.setString(4, reason);
            s.setString(5, by);
            s.setString(6, StoredValues.instant(now));
            s.executeUpdate();
            long id = Repositories.generatedId(s);
            NextDoses.follow(c, sql, patientId);
            return id;
        }
    }

    private static void setOptional(PreparedStatement s, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.getAsLong());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static Optional<EnteredInError> injectionCorrection(java.sql.Connection c, long injectionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, reason, recorded_by, recorded_at FROM entered_in_error WHERE injection_id = ?")) {
            s.setLong(1, injectionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new EnteredInError(rs.getLong(1), rs.getString(2), rs.getString(3),
                        StoredValues.instant(rs.getString(4)))) : Optional.empty();
            }
        }
    }

    private static Optional<DoseOutcome> find(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE o.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(outcome(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Saves reactions the patient reported after a dose, against that dose.
     *
     * @throws RecordNotFoundException if the injection is not in the database
     */
    public void recordLaterReactions(long injectionId, List<SymptomCode> reactions, Actor actor) {
        if (reactions.isEmpty()) {
            throw new IllegalArgumentException("Name at least one reaction");
        }
        RecordedInjection injection = injections.findById(injectionId)
                .orElseThrow(() -> new RecordNotFoundException("injection", injectionId));
        database.inTransaction(c -> {
            Instant now = auditLog.now();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO later_reactions (injection_id, reported_at, reactions) VALUES (?, ?, ?)")) {
                s.setLong(1, injectionId);
                s.setString(2, StoredValues.instant(now));
                s.setString(3, StoredValues.codeList(reactions));
                s.executeUpdate();
            }
            auditLog.append(actor, AuditAction.INJECTION_RECORDED, OptionalLong.of(injection.patientId()),
                    "reactions reported after injection " + injectionId + ": " + StoredValues.codeList(reactions), now);
            return null;
        });
    }

    /** Reactions reported later, by the injection they followed, for one patient's injections. */
    public Map<Long, List<SymptomCode>> laterReactions(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT r.injection_id, r.reactions FROM later_reactions r"
                    + " JOIN injections i ON i.id = r.injection_id WHERE i.patient_id = ? ORDER BY r.id")) {
                s.setLong(1, patientId);
                Map<Long, List<SymptomCode>> out = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .addAll(StoredValues.codeList(SymptomCode.class, rs.getString(2)));
                    }
                }
                return out;
            }
        });
    }

    private static Optional<DoseAlreadyGivenException> alreadyGiven(java.sql.Connection c, long patientId, long prescriptionId,
                                                                    LocalDate dueOn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT o.given_by, o.recorded_at" + FROM + " WHERE o.patient_id = ?"
                + " AND o.prescription_id = ? AND o.due_on = ? AND o.outcome = 'given' AND e.id IS NULL"
                + " ORDER BY o.id LIMIT 1")) {
            s.setLong(1, patientId);
            s.setLong(2, prescriptionId);
            s.setString(3, StoredValues.date(dueOn));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new DoseAlreadyGivenException(dueOn, rs.getString(1),
                        Optional.of(StoredValues.instant(rs.getString(2))))) : Optional.empty();
            }
        }
    }

    private SavedAssessment save(long patientId, CheckDocument check, Actor actor) {
        Objects.requireNonNull(check, "check");
        return assessments.save(patientId, AssessmentContext.PRE_INJECTION, check.assessmentJson(),
                check.reportJson(), check.rulebook().version(), check.rulebook().sha256(), actor);
    }

    private static DoseOutcome insert(java.sql.Connection c, DoseOutcome o) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dose_outcomes (patient_id, prescription_id, due_on,"
                + " outcome, decision, reason, override_reason, injection_id, lot_number, lot_expiry, given_by,"
                + " assessment_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, o.patientId());
            s.setLong(2, o.prescriptionId());
            s.setString(3, StoredValues.date(o.dueOn()));
            s.setString(4, o.kind().code());
            s.setString(5, o.decision().code());
            s.setString(6, o.reason());
            s.setString(7, o.overrideReason());
            setOptional(s, 8, o.injectionId());
            s.setString(9, o.lotNumber());
            s.setString(10, o.lotExpiry().map(StoredValues::date).orElse(null));
            s.setString(11, o.givenBy());
            s.setLong(12, o.assessmentId());
            s.setString(13, StoredValues.instant(o.recordedAt()));
            s.executeUpdate();
            long id = Repositories.generatedId(s);
            return new DoseOutcome(id, o.patientId(), o.prescriptionId(), o.dueOn(), o.kind(), o.decision(),
                    o.reason(), o.overrideReason(), o.injectionId(), o.lotNumber(), o.lotExpiry(), o.givenBy(),
                    o.assessmentId(), o.recordedAt());
        }
    }

    private static DoseOutcome outcome(ResultSet rs) throws SQLException {
        long injection = rs.getLong("injection_id");
        OptionalLong injectionId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(injection);
        return new DoseOutcome(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("prescription_id"),
                StoredValues.date(rs.getString("due_on")),
                StoredValues.decode(DoseOutcomeKind.class, rs.getString("outcome")),
                StoredValues.decode(DecisionStatus.class, rs.getString("decision")), rs.getString("reason"),
                rs.getString("override_reason"), injectionId, rs.getString("lot_number"),
                StoredValues.optionalDate(rs.getString("lot_expiry")), rs.getString("given_by"),
                rs.getLong("assessment_id"), StoredValues.instant(rs.getString("recorded_at")), enteredInError(rs));
    }

    private static Optional<EnteredInError> enteredInError(ResultSet rs) throws SQLException {
        long id = rs.getLong("error_id");
        return rs.wasNull() ? Optional.empty() : Optional.of(new EnteredInError(id, rs.getString("error_reason"),
                rs.getString("error_by"), StoredValues.instant(rs.getString("error_at"))));
    }
}
