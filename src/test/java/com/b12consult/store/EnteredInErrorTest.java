package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.EnteredInError;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
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

/**
 * A dose outcome recorded by mistake is corrected as an administration record is: marked entered in error with a
 * reason and who, the original kept as it was, never deleted; a dose given in error stops counting as a dose.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class EnteredInErrorTest {
    @Parameter
    StoreKind kind;

    static final LocalDate DUE = DoseOutcomeRepositoryTest.DUE;

    @TempDir
    Path dir;
    StoreFixture store;
    InjectionRepository injections;
    DoseOutcomeRepository outcomes;
    Patient patient;
    Prescription prescription;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        injections = new InjectionRepository(store.database, store.auditLog);
        AssessmentRepository assessments = new AssessmentRepository(store.database, store.auditLog);
        outcomes = new DoseOutcomeRepository(store.database, store.auditLog, injections, assessments);
        patient = new PatientRepository(store.database, store.auditLog).create(Patient.unsaved("Ada", "P-1",
                Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
        prescription = new PrescriptionRepository(store.database, store.auditLog).add(Prescription.unsaved(patient.id(),
                Product.HYDROXOCOBALAMIN, 1000, new DosingSchedule(Optional.empty(), 90), DUE), StoreFixture.NURSE);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    private DoseOutcome given(int hour) {
        return outcomes.recordGiven(patient.id(), prescription.id(), DUE, new GivenDose(new Injection(
                LocalDateTime.of(2026, 11, 21, hour, 0), Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID,
                List.of()), "L1", LocalDate.of(2027, 1, 31), "AB"), DecisionStatus.PROCEED, "",
                DoseOutcomeRepositoryTest.CHECK, StoreFixture.NURSE);
    }

    @Test
    void aGivenDoseEnteredInErrorStaysOnRecordWithItsCorrectionAndIsNoLongerADose() {
        DoseOutcome wrong = given(9);
        DoseOutcome marked = outcomes.markEnteredInError(wrong.id(), "recorded for the wrong patient", StoreFixture.NURSE);

        EnteredInError correction = marked.enteredInError().orElseThrow();
        assertEquals("recorded for the wrong patient", correction.reason());
        assertEquals("AB", correction.recordedBy());
        assertEquals(List.of(marked), outcomes.listForPatient(patient.id()), "the original is kept, not deleted");
        assertEquals(wrong.injectionId(), marked.injectionId());
        assertEquals(wrong.recordedAt(), marked.recordedAt(), "nothing of the original is changed");
        assertFalse(marked.stands());
        assertEquals(List.of(), injections.listForPatient(patient.id()), "a dose given in error is not a dose");
        assertTrue(injections.findById(wrong.injectionId().getAsLong()).isPresent(), "the injection row stays");
    }

    @Test
    void afterTheCorrectionTheDueDoseCanBeRecordedAsItTrulyWasButNeverTwice() {
        DoseOutcome wrong = given(9);
        assertThrows(DoseAlreadyGivenException.class, () -> given(10));
        outcomes.markEnteredInError(wrong.id(), "wrong time: the dose was given at 10:00", StoreFixture.NURSE);

        DoseOutcome right = given(10);
        assertTrue(right.stands());
        assertEquals(List.of(right.injectionId().getAsLong()),
                injections.listForPatient(patient.id()).stream().map(r -> r.id()).toList());
        assertThrows(DoseAlreadyGivenException.class, () -> given(11), "one Given per due dose still");
    }

    @Test
    void theTriggerItselfLetsACorrectedGivenBeRecordedAgain() {
        // the store's own check is bypassed: the schema's trigger alone decides, as for two rooms at once
        DoseOutcome wrong = given(9);
        outcomes.markEnteredInError(wrong.id(), "entered twice", StoreFixture.NURSE);
        long count = store.database.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO dose_outcomes (patient_id, prescription_id, due_on, outcome, decision,"
                        + " injection_id, assessment_id, recorded_at) SELECT patient_id, prescription_id, due_on, outcome,"
                        + " decision, injection_id, assessment_id, recorded_at FROM dose_outcomes WHERE id = " + wrong.id());
                try (var rs = s.executeQuery("SELECT count(*) FROM dose_outcomes")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertEquals(2, count);
    }

    @Test
    void aCorrectionIsAuditedWithWhatItCorrectsAndWhy() {
        DoseOutcome wrong = given(9);
        outcomes.markEnteredInError(wrong.id(), "wrong patient", StoreFixture.NURSE);
        AuditEntry last = store.auditLog.list(AuditFilter.forAction(AuditAction.ENTERED_IN_ERROR), 10).get(0);
        assertTrue(last.detail().contains("dose due " + DUE) && last.detail().contains("wrong patient"), last.detail());
    }

    @Test
    void aCorrectionNeedsAReasonAndInitialsIsMadeOnceAndTheSecondSaysByWhom() {
        DoseOutcome held = outcomes.recordNotGiven(patient.id(), prescription.id(), DUE, DoseOutcomeKind.HELD,
                DecisionStatus.HOLD, "leg swelling", DoseOutcomeRepositoryTest.CHECK, StoreFixture.NURSE);
        assertThrows(IllegalArgumentException.class, () -> outcomes.markEnteredInError(held.id(), "  ", StoreFixture.NURSE));
        assertThrows(IllegalArgumentException.class,
                () -> outcomes.markEnteredInError(held.id(), "wrong patient", new Actor("nurse", "")));
        outcomes.markEnteredInError(held.id(), "wrong patient", StoreFixture.NURSE);
        AlreadyEnteredInErrorException again = assertThrows(AlreadyEnteredInErrorException.class,
                () -> outcomes.markEnteredInError(held.id(), "again", StoreFixture.NURSE));
        assertTrue(again.getMessage().contains("by AB"), again.getMessage());
        assertThrows(RecordNotFoundException.class, () -> outcomes.markEnteredInError(9999, "x", StoreFixture.NURSE));
    }

    @Test
    void anInjectionTypedInAConsultationCanBeMarkedToo() {
        long typed = injections.record(patient.id(), new Injection(LocalDateTime.of(2026, 8, 1, 10, 0),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.RIGHT_DELTOID, List.of()), StoreFixture.NURSE).id();
        DoseOutcome atCheck = given(9);
        outcomes.markInjectionEnteredInError(typed, "typed on the wrong patient's record", StoreFixture.NURSE);
        assertEquals(List.of(atCheck.injectionId().getAsLong()),
                injections.listForPatient(patient.id()).stream().map(r -> r.id()).toList());
        // an injection with an outcome is corrected through its outcome, so the two never disagree
        outcomes.markInjectionEnteredInError(atCheck.injectionId().getAsLong(), "wrong patient", StoreFixture.NURSE);
        assertFalse(outcomes.listForPatient(patient.id()).get(0).stands());
        assertThrows(AlreadyEnteredInErrorException.class,
                () -> outcomes.markInjectionEnteredInError(typed, "again", StoreFixture.NURSE));
    }
}
