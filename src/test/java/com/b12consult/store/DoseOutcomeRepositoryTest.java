package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import java.nio.file.Path;
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

@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class DoseOutcomeRepositoryTest {
    @Parameter
    StoreKind kind;

    static final LocalDate DUE = LocalDate.of(2026, 11, 21);
    static final CheckDocument CHECK = new CheckDocument("{\"context\":\"pre_injection\"}",
            "{\"decision\":{\"status\":\"proceed\"}}", new RulebookRef("2026.11.1", "a".repeat(64)));

    @TempDir
    Path dir;
    StoreFixture store;
    InjectionRepository injections;
    AssessmentRepository assessments;
    DoseOutcomeRepository outcomes;
    Patient patient;
    Prescription prescription;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        injections = new InjectionRepository(store.database, store.auditLog);
        assessments = new AssessmentRepository(store.database, store.auditLog);
        outcomes = new DoseOutcomeRepository(store.database, store.auditLog, injections, assessments);
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

    private GivenDose dose() {
        return new GivenDose(new Injection(LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.LEFT_DELTOID, List.of()), "L1", LocalDate.of(2027, 1, 31), "AB");
    }

    @Test
    void aDoseGivenIsSavedWithItsInjectionAndItsCheck() {
        DoseOutcome saved = outcomes.recordGiven(patient.id(), prescription.id(), DUE, dose(), DecisionStatus.PROCEED,
                "", CHECK, StoreFixture.NURSE);
        assertEquals(List.of(saved), outcomes.listForPatient(patient.id()));
        assertEquals(injections.listForPatient(patient.id()).get(0).id(), saved.injectionId().getAsLong());
        assertEquals(CHECK.assessmentJson(), assessments.load(saved.assessmentId()).orElseThrow().assessmentJson());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), saved.lotExpiry());
    }

    @Test
    void givenIsRefusedOnUrgentAndOnHoldWithoutAReasonAndNothingIsLeftBehind() {
        assertThrows(IllegalArgumentException.class, () -> outcomes.recordGiven(patient.id(), prescription.id(), DUE,
                dose(), DecisionStatus.URGENT, "because", CHECK, StoreFixture.NURSE));
        assertThrows(IllegalArgumentException.class, () -> outcomes.recordGiven(patient.id(), prescription.id(), DUE,
                dose(), DecisionStatus.HOLD, "  ", CHECK, StoreFixture.NURSE));
        assertEquals(List.of(), injections.listForPatient(patient.id()));
        assertEquals(List.of(), assessments.listForPatient(patient.id()));
    }

    @Test
    void aFailureHalfWayRollsBackTheInjectionAndTheCheck() {
        assertThrows(StoreException.class, () -> outcomes.recordGiven(patient.id(), prescription.id() + 99, DUE, dose(),
                DecisionStatus.PROCEED, "", CHECK, StoreFixture.NURSE), "no such prescription");
        assertEquals(List.of(), injections.listForPatient(patient.id()));
        assertEquals(List.of(), assessments.listForPatient(patient.id()));
        assertEquals(List.of(), outcomes.listForPatient(patient.id()));
    }

    @Test
    void aHeldDoseKeepsItsReasonAndRecordsNoInjection() {
        DoseOutcome held = outcomes.recordNotGiven(patient.id(), prescription.id(), DUE, DoseOutcomeKind.HELD,
                DecisionStatus.HOLD, "Hold: escalating headaches", CHECK, StoreFixture.NURSE);
        assertEquals("Hold: escalating headaches", outcomes.listForPatient(patient.id()).get(0).reason());
        assertTrue(held.injectionId().isEmpty());
        assertEquals(List.of(), injections.listForPatient(patient.id()));
        assertThrows(IllegalArgumentException.class, () -> outcomes.recordNotGiven(patient.id(), prescription.id(),
                DUE, DoseOutcomeKind.NOT_GIVEN, DecisionStatus.PROCEED, "", CHECK, StoreFixture.NURSE));
    }

    @Test
    void reactionsReportedLaterAreKeptAgainstTheDoseTheyFollowed() {
        DoseOutcome given = outcomes.recordGiven(patient.id(), prescription.id(), DUE, dose(), DecisionStatus.PROCEED,
                "", CHECK, StoreFixture.NURSE);
        long injection = given.injectionId().getAsLong();
        outcomes.recordLaterReactions(injection, List.of(SymptomCode.RASH, SymptomCode.ITCHING), StoreFixture.NURSE);
        assertEquals(List.of(SymptomCode.RASH, SymptomCode.ITCHING), outcomes.laterReactions(patient.id()).get(injection));
        assertThrows(RecordNotFoundException.class,
                () -> outcomes.recordLaterReactions(injection + 5, List.of(SymptomCode.RASH), StoreFixture.NURSE));
    }
}
