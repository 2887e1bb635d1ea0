package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.Sex;
import com.b12consult.domain.StandingDecision;
import com.b12consult.domain.SymptomCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A HOLD or URGENT stands until a prescriber's review clears it; and one due dose is given once. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class StandingDecisionsTest {
    @Parameter
    StoreKind kind;

    static final LocalDate DUE = LocalDate.of(2026, 11, 21);
    static final RulebookRef BOOK = new RulebookRef("2026.12.1", "a".repeat(64));

    @TempDir
    Path dir;
    StoreFixture store;
    AssessmentRepository assessments;
    DoseOutcomeRepository outcomes;
    StandingDecisions standing;
    Patient patient;
    Prescription prescription;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        InjectionRepository injections = new InjectionRepository(store.database, store.auditLog);
        assessments = new AssessmentRepository(store.database, store.auditLog);
        outcomes = new DoseOutcomeRepository(store.database, store.auditLog, injections, assessments);
        standing = new StandingDecisions(store.database, store.auditLog);
        patient = new PatientRepository(store.database, store.auditLog)
                .create(Patient.unsaved("Ada", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
        prescription = new PrescriptionRepository(store.database, store.auditLog).add(Prescription.unsaved(patient.id(),
                Product.HYDROXOCOBALAMIN, 1000, new DosingSchedule(Optional.empty(), 90), DUE), StoreFixture.NURSE);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    private static CheckDocument check(String status, String symptom, String reason) {
        String symptoms = symptom.isEmpty() ? "[]" : "[{\"code\":\"" + symptom + "\"}]";
        return new CheckDocument("{\"context\":\"pre_injection\",\"symptoms\":" + symptoms + "}",
                "{\"decision\":{\"status\":\"" + status + "\",\"reasons\":[\"" + reason + "\"]}}", BOOK);
    }

    private GivenDose dose() {
        return new GivenDose(new Injection(LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.LEFT_DELTOID, List.of()), "L1", LocalDate.of(2027, 1, 31), "AB");
    }

    @Test
    void aHeldUrgentCheckStandsWithWhatWasReportedWhyWhenAndByWhom() {
        assertEquals(Optional.empty(), standing.find(patient.id()));
        outcomes.recordNotGiven(patient.id(), prescription.id(), DUE, DoseOutcomeKind.HELD, DecisionStatus.URGENT,
                "sent for a leg scan", check("urgent", "leg_swelling_one_sided", "Possible blood clot in a leg"),
                StoreFixture.NURSE);
        // a later, quieter check does not clear it
        assessments.save(patient.id(), AssessmentContext.PRE_INJECTION, "{}", "{\"decision\":{\"status\":\"proceed\"}}",
                BOOK.version(), BOOK.sha256(), StoreFixture.NURSE);
        StandingDecision s = standing.find(patient.id()).orElseThrow();
        assertEquals(DecisionStatus.URGENT, s.decision());
        assertEquals(List.of("Possible blood clot in a leg"), s.reasons());
        assertEquals(List.of(SymptomCode.LEG_SWELLING_ONE_SIDED), s.symptoms());
        assertEquals(StandingDecisions.who(StoreFixture.NURSE), s.savedBy());
        assertEquals(AssessmentContext.PRE_INJECTION, s.context());
    }

    @Test
    void anUrgentConsultationStandsForTheNextCheck() {
        var saved = assessments.save(patient.id(), AssessmentContext.CONSULTATION, "{}",
                "{\"decision\":{\"status\":\"urgent\",\"reasons\":[\"Possible stroke\"]}}", BOOK.version(), BOOK.sha256(),
                StoreFixture.NURSE);
        StandingDecision s = standing.find(patient.id()).orElseThrow();
        assertEquals(saved.id(), s.assessmentId());
        assertEquals(AssessmentContext.CONSULTATION, s.context());
    }

    @Test
    void onlyAReviewThatClearsItEndsItAndTheReviewIsAudited() {
        var held = assessments.save(patient.id(), AssessmentContext.PRE_INJECTION, "{}",
                "{\"decision\":{\"status\":\"hold\",\"reasons\":[\"Allergic-type signs today\"]}}", BOOK.version(),
                BOOK.sha256(), StoreFixture.NURSE);
        standing.recordReview(patient.id(), held.id(), "Dr Lee", ReviewOutcome.NOT_CLEARED, "rash not yet seen",
                StoreFixture.NURSE);
        StandingDecision s = standing.find(patient.id()).orElseThrow();
        assertEquals(ReviewOutcome.NOT_CLEARED, s.review().orElseThrow().outcome());
        standing.recordReview(patient.id(), held.id(), "Dr Lee", ReviewOutcome.CLEARED_TO_GIVE, "seen: heat rash",
                StoreFixture.NURSE);
        assertEquals(Optional.empty(), standing.find(patient.id()));
        assertTrue(store.auditLog.list(AuditFilter.forPatient(patient.id()), 100).stream()
                .anyMatch(e -> e.action() == AuditAction.PRESCRIBER_REVIEW_RECORDED && e.detail().contains("Dr Lee")
                        && e.detail().contains("Cleared to give") && e.detail().contains("heat rash")));
        // a new HOLD after the review stands again
        assessments.save(patient.id(), AssessmentContext.PRE_INJECTION, "{}", "{\"decision\":{\"status\":\"hold\"}}",
                BOOK.version(), BOOK.sha256(), StoreFixture.NURSE);
        assertEquals(DecisionStatus.HOLD, standing.find(patient.id()).orElseThrow().decision());
    }

    @Test
    void aReviewNeedsAReviewerANoteAndAHoldOrUrgentToReview() {
        var quiet = assessments.save(patient.id(), AssessmentContext.PRE_INJECTION, "{}",
                "{\"decision\":{\"status\":\"proceed\"}}", BOOK.version(), BOOK.sha256(), StoreFixture.NURSE);
        assertThrows(IllegalArgumentException.class, () -> standing.recordReview(patient.id(), quiet.id(), "Dr Lee",
                ReviewOutcome.CLEARED_TO_GIVE, "fine", StoreFixture.NURSE));
        assertThrows(IllegalArgumentException.class, () -> standing.recordReview(patient.id(), quiet.id(), " ",
                ReviewOutcome.CLEARED_TO_GIVE, "fine", StoreFixture.NURSE));
        assertThrows(IllegalArgumentException.class, () -> standing.recordReview(patient.id(), quiet.id(), "Dr Lee",
                ReviewOutcome.CLEARED_TO_GIVE, " ", StoreFixture.NURSE));
    }

    @Test
    void aSecondGivenForOneDueDoseIsRefusedSayingWhoGaveItAndNothingIsSaved() {
        outcomes.recordGiven(patient.id(), prescription.id(), DUE, dose(), DecisionStatus.PROCEED, "", check("proceed", "", ""),
                StoreFixture.NURSE);
        int before = assessments.listForPatient(patient.id()).size();
        DoseAlreadyGivenException e = assertThrows(DoseAlreadyGivenException.class, () -> outcomes.recordGiven(patient.id(),
                prescription.id(), DUE, dose(), DecisionStatus.PROCEED, "", check("proceed", "", ""), StoreFixture.NURSE));
        assertEquals("AB", e.givenBy());
        assertTrue(e.getMessage().contains("already recorded as given by AB"), e.getMessage());
        assertEquals(before, assessments.listForPatient(patient.id()).size(), "the refused save left nothing behind");
        assertEquals(1, outcomes.listForPatient(patient.id()).size());
    }

    @Test
    void theSchemaItselfRefusesASecondGivenWrittenPastTheRepository() throws Exception {
        outcomes.recordGiven(patient.id(), prescription.id(), DUE, dose(), DecisionStatus.PROCEED, "", check("proceed", "", ""),
                StoreFixture.NURSE);
        try (Connection c = store.connect()) {
            long injection;
            long assessment;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT injection_id, assessment_id FROM dose_outcomes")) {
                rs.next();
                injection = rs.getLong(1);
                assessment = rs.getLong(2);
            }
            var ex = assertThrows(java.sql.SQLException.class, () -> c.createStatement().executeUpdate("INSERT INTO dose_outcomes"
                    + " (patient_id, prescription_id, due_on, outcome, decision, injection_id, assessment_id, recorded_at)"
                    + " VALUES (" + patient.id() + ", " + prescription.id() + ", '2026-11-21', 'given', 'proceed', " + injection
                    + ", " + assessment + ", '2026-11-21T10:00:00Z')"));
            assertTrue(ex.getMessage().contains("dose_already_given"), ex.getMessage());
        }
    }
}
