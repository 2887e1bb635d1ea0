package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import com.b12consult.store.StoreException;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms of the check (a prescription, reactions and a headache reported later, a correction) save through the
 * {@link com.b12consult.ui.TaskRunner}: nothing reaches the store until the background runs the save, each says it is
 * saving meanwhile and will not save twice, a failure keeps what was typed and names what was not saved, the record is
 * read again with the save, and an answer for a patient no longer in the check changes nothing there (issue 17).
 */
class CheckFormsOffTheScreenThreadTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);

    @TempDir
    Path dir;
    CheckFixture fixture;
    final ManualTaskRunner background = new ManualTaskRunner();
    final AtomicInteger storeCalls = new AtomicInteger();
    PreInjectionCheckViewModel check;
    PrescriptionFormViewModel prescription;
    FollowUpViewModel followUp;
    Patient ada;
    Patient grace;

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, NOW);
        ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(2));
        grace = fixture.patients.create(Patient.unsaved("Grace Hopper", "P-0042", Optional.empty(), Sex.FEMALE,
                KnownAllergies.NOT_RECORDED), CheckFixture.NURSE);
        check = fixture.checkModel((patient, saved, next) -> { }, background);
        prescription = new PrescriptionFormViewModel(check, fixture.prescriptions, CheckFixture.NURSE, fixture.clock,
                background);
        followUp = new FollowUpViewModel(check, fixture.outcomes, fixture.headaches, CheckFixture.NURSE,
                fixture.clock, background);
        background.runAll();
    }

    @AfterEach
    void close() {
        fixture.database.watchCalls(null);
        fixture.close();
    }

    private void openCheck(Patient p) {
        check.open(p);
        background.runAll();
        assertEquals(p.id(), check.recordProperty().get().patient().id());
    }

    /** From now on the store's calls are counted. */
    private void countStoreCalls() {
        fixture.database.watchCalls(storeCalls::incrementAndGet);
    }

    /** The store's next call is refused, as a full disk would refuse it; the calls after it work again. */
    private void breakTheStore() {
        AtomicBoolean next = new AtomicBoolean(true);
        fixture.database.watchCalls(() -> {
            if (next.getAndSet(false)) {
                throw new StoreException("the disk is full");
            }
        });
    }

    @Test
    void aPrescriptionIsSavedOnlyWhenTheBackgroundRunsItAndTheRecordIsReadAgainWithIt() {
        openCheck(grace);
        countStoreCalls();

        assertEquals(Optional.empty(), prescription.save(), "under way, not saved yet");

        assertEquals(0, storeCalls.get(), "nothing reaches the store on the screen's thread");
        assertTrue(prescription.saving().get());
        assertEquals(1, background.pendingCount());
        assertEquals(Optional.empty(), prescription.save(), "Save waits for the save under way");
        assertEquals(1, background.pendingCount(), "the order is not saved twice");

        background.runAll();

        assertFalse(prescription.saving().get());
        assertTrue(storeCalls.get() > 0);
        assertEquals(1, fixture.prescriptions.listForPatient(grace.id()).size());
        assertTrue(check.recordProperty().get().prescription().isPresent(), "the record is read again with the save");
        assertEquals("", prescription.failure().get());
    }

    @Test
    void aPrescriptionThatFailsKeepsWhatWasTypedAndSaysWhoseWasNotSaved() {
        openCheck(grace);
        prescription.doseProperty().set("1500");
        prescription.maintenanceEveryProperty().set("30");
        prescription.save();
        breakTheStore();

        background.runAll();

        fixture.database.watchCalls(null);
        assertFalse(prescription.saving().get());
        assertEquals("Not saved: the prescription for Grace Hopper: the disk is full", prescription.failure().get());
        assertEquals("1500", prescription.doseProperty().get());
        assertEquals("30", prescription.maintenanceEveryProperty().get());
        assertEquals(List.of(), fixture.prescriptions.listForPatient(grace.id()));
        assertTrue(check.recordProperty().get().prescription().isEmpty());

        prescription.save();
        background.runAll();
        assertEquals(1500.0, fixture.prescriptions.listForPatient(grace.id()).get(0).doseMicrograms(),
                "saved once tried again");
        assertEquals("", prescription.failure().get());
    }

    @Test
    void aPrescriptionsLateAnswerForAPatientNoLongerInTheCheckChangesNothingThere() {
        openCheck(grace);
        prescription.save();
        check.open(ada);
        background.runAll();

        assertEquals(ada.id(), check.recordProperty().get().patient().id(), "the check stays on the patient opened");
        assertEquals(1, fixture.prescriptions.listForPatient(grace.id()).size(), "Grace's order was saved");
        assertEquals("", prescription.failure().get());

        Patient bare = fixture.patients.create(Patient.unsaved("Mary Somerville", "P-0100", Optional.empty(),
                Sex.FEMALE, KnownAllergies.NOT_RECORDED), CheckFixture.NURSE);
        openCheck(bare);
        prescription.save();
        check.open(grace);
        breakTheStore();
        background.runAll();
        fixture.database.watchCalls(null);
        background.runAll();
        assertEquals("", prescription.failure().get(), "a failure for Mary is not said over Grace's record");
        assertFalse(prescription.saving().get());
    }

    @Test
    void reactionsAreRecordedInTheBackgroundAndATickGivenMeanwhileStays() {
        openCheck(ada);
        followUp.doseProperty().set(check.recordProperty().get().lastDose().orElseThrow());
        followUp.reactionProperty(SymptomCode.RASH).set(true);
        countStoreCalls();

        assertTrue(followUp.recordReactions(), "under way");

        assertEquals(0, storeCalls.get(), "nothing reaches the store on the screen's thread");
        assertTrue(followUp.saving().get());
        assertFalse(followUp.recordReactions(), "a second save waits");
        assertFalse(followUp.recordHeadache(), "so does a headache");
        assertEquals(1, background.pendingCount());
        followUp.reactionProperty(SymptomCode.ITCHING).set(true);

        background.runAll();

        assertFalse(followUp.saving().get());
        assertEquals(List.of(SymptomCode.RASH),
                check.recordProperty().get().lastDose().orElseThrow().injection().reactions(), "read again with it");
        assertFalse(followUp.reactionProperty(SymptomCode.RASH).get(), "what was recorded is cleared");
        assertTrue(followUp.reactionProperty(SymptomCode.ITCHING).get(), "a tick given meanwhile stays");
        assertTrue(followUp.message().get().startsWith("Reactions recorded against the dose of 2026-11-19"),
                followUp.message().get());
        assertEquals("", followUp.failure().get());
    }

    @Test
    void reactionsThatFailKeepTheirTicksAndSayWhatWasNotRecorded() {
        openCheck(ada);
        followUp.doseProperty().set(check.recordProperty().get().lastDose().orElseThrow());
        followUp.reactionProperty(SymptomCode.RASH).set(true);
        followUp.recordReactions();
        breakTheStore();

        background.runAll();

        fixture.database.watchCalls(null);
        assertFalse(followUp.saving().get());
        assertEquals("Not recorded: the reactions after the dose of 2026-11-19: the disk is full",
                followUp.failure().get());
        assertEquals("", followUp.message().get());
        assertTrue(followUp.reactionProperty(SymptomCode.RASH).get(), "the tick stays");
    }

    @Test
    void aHeadacheIsRecordedInTheBackgroundOrKeptAsTypedWhenItFails() {
        openCheck(ada);
        followUp.doseProperty().set(check.recordProperty().get().lastDose().orElseThrow());
        followUp.headacheOnsetProperty().set("2026-11-19 15:00");
        followUp.headacheSeverityProperty().set("8");
        countStoreCalls();
        assertTrue(followUp.recordHeadache(), followUp.failure().get());
        assertEquals(0, storeCalls.get());
        assertTrue(followUp.saving().get());
        breakTheStore();

        background.runAll();

        fixture.database.watchCalls(null);
        assertEquals("Not recorded: the headache after the dose of 2026-11-19: the disk is full",
                followUp.failure().get());
        assertEquals("2026-11-19 15:00", followUp.headacheOnsetProperty().get());
        assertEquals("8", followUp.headacheSeverityProperty().get());
        assertEquals(List.of(), check.recordProperty().get().headaches());

        assertTrue(followUp.recordHeadache());
        background.runAll();
        assertEquals(1, check.recordProperty().get().headachesSinceLastDose().size(), "read again with the save");
        assertEquals("", followUp.headacheOnsetProperty().get());
        assertEquals("", followUp.headacheSeverityProperty().get());
        assertTrue(followUp.message().get().startsWith("Headache recorded after the dose of 2026-11-19"));
    }

    @Test
    void aFollowUpsLateAnswerForAPatientNoLongerInTheCheckChangesNothingThere() {
        openCheck(ada);
        followUp.doseProperty().set(check.recordProperty().get().lastDose().orElseThrow());
        followUp.reactionProperty(SymptomCode.RASH).set(true);
        followUp.recordReactions();
        check.open(grace);
        // what the nurse ticks meanwhile is not cleared by Ada's answer
        followUp.reactionProperty(SymptomCode.NAUSEA).set(true);

        background.runAll();

        assertEquals(grace.id(), check.recordProperty().get().patient().id());
        assertEquals("", followUp.message().get(), "no word of Ada's reactions over Grace's record");
        assertTrue(followUp.reactionProperty(SymptomCode.NAUSEA).get());
        assertEquals(List.of(SymptomCode.RASH), fixture.records.load(ada, NOW.toLocalDate()).lastDose().orElseThrow()
                .injection().reactions(), "Ada's reactions were recorded all the same");
    }

    /** Ada's dose, refused today through the check: an outcome on record to correct. */
    private DoseOutcome refusedToday() {
        openCheck(ada);
        assertTrue(check.recordRefused(), check.failure().get());
        background.runAll();
        assertEquals(1, check.recordProperty().get().outcomes().size(), check.failure().get());
        return check.recordProperty().get().outcomes().get(0);
    }

    @Test
    void aCorrectionIsSavedInTheBackgroundAndTheRecordReadAgainShowsItCrossedOut() {
        DoseOutcome refused = refusedToday();
        DoseCorrectionViewModel correction = followUp.correction();
        correction.start(refused);
        correction.reasonProperty().set("recorded for the wrong patient");
        countStoreCalls();

        assertTrue(correction.save(), "under way");

        assertEquals(0, storeCalls.get(), "nothing reaches the store on the screen's thread");
        assertTrue(correction.saving().get());
        assertFalse(correction.save(), "not saved twice");
        assertEquals(1, background.pendingCount());
        assertSame(refused, correction.correctingProperty().get(), "the form stays open while it is saved");

        background.runAll();

        assertFalse(correction.saving().get());
        assertFalse(check.recordProperty().get().outcomes().get(0).stands(), "read again: entered in error");
        assertNull(correction.correctingProperty().get());
        assertEquals("", correction.reasonProperty().get());
        assertTrue(correction.outcome().get().contains("is marked entered in error"), correction.outcome().get());
    }

    @Test
    void aCorrectionThatFailsKeepsItsReasonAndSaysWhichDoseWasNotCorrected() {
        DoseOutcome refused = refusedToday();
        DoseCorrectionViewModel correction = followUp.correction();
        correction.start(refused);
        correction.reasonProperty().set("recorded for the wrong patient");
        correction.save();
        breakTheStore();

        background.runAll();

        fixture.database.watchCalls(null);
        assertFalse(correction.saving().get());
        assertTrue(correction.failure().get().startsWith("Not saved: the correction of the dose due " + refused.dueOn()),
                correction.failure().get());
        assertTrue(correction.failure().get().endsWith(": the disk is full"), correction.failure().get());
        assertEquals("recorded for the wrong patient", correction.reasonProperty().get());
        assertSame(refused, correction.correctingProperty().get());
        assertTrue(fixture.records.load(ada, NOW.toLocalDate()).outcomes().get(0).stands());
    }

    @Test
    void aCorrectionsLateAnswerForAPatientNoLongerInTheCheckChangesNothingThere() {
        DoseOutcome refused = refusedToday();
        DoseCorrectionViewModel correction = followUp.correction();
        correction.start(refused);
        correction.reasonProperty().set("recorded for the wrong patient");
        correction.save();
        check.open(grace);
        breakTheStore();
        background.runAll();
        fixture.database.watchCalls(null);
        background.runAll();

        assertEquals(grace.id(), check.recordProperty().get().patient().id());
        assertEquals("", correction.failure().get(), "no failure of Ada's correction said over Grace's record");
        assertEquals("", correction.outcome().get());
        assertFalse(correction.saving().get());
    }

    @Test
    void anOrderTypedForOnePatientAndNotSavedIsNotInTheFormOfTheNext() {
        openCheck(grace);
        prescription.doseProperty().set("2500");
        prescription.maintenanceEveryProperty().set("x");
        prescription.save(); // refused at its field: the frequency is not a number
        assertTrue(prescription.showMessagesProperty().get());
        assertFalse(prescription.failure().get().isEmpty());

        Patient bare = fixture.patients.create(Patient.unsaved("Mary Somerville", "P-0100", Optional.empty(),
                Sex.FEMALE, KnownAllergies.NOT_RECORDED), CheckFixture.NURSE);
        openCheck(bare);
        assertEquals("1000", prescription.doseProperty().get(), "Mary's form starts from the usual order");
        assertEquals("90", prescription.maintenanceEveryProperty().get());
        assertFalse(prescription.showMessagesProperty().get(), "nor with Grace's messages");
        assertEquals("", prescription.failure().get());
        assertEquals(List.of(), fixture.prescriptions.listForPatient(grace.id()));
        assertEquals(List.of(), fixture.prescriptions.listForPatient(bare.id()));
    }
}
