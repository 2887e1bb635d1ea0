package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.SymptomCode;
import com.b12consult.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the consultation and its history reach the store only in the background. With the background held
 * ({@code ManualTaskRunner}), nothing is read or saved until it runs; meanwhile the screen says it is loading or
 * saving; a read coming back for a patient no longer asked for is dropped; a save that fails keeps what was typed.
 */
class ConsultationInTheBackgroundTest {
    @TempDir
    Path dir;
    ConsultFixture fixture;
    Patient ann;
    Patient bob;
    final AtomicInteger storeCalls = new AtomicInteger();
    /** Set to make every store call fail, as a clinic server gone away would. */
    volatile RuntimeException failing;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsultFixture(dir);
        ann = fixture.patient("Ann Smith", "P-0001", "");
        bob = fixture.patient("Bob Jones", "P-0002", "");
        fixture.prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 20)), ConsultFixture.DOCTOR);
        fixture.database.watchCalls(() -> {
            storeCalls.incrementAndGet();
            if (failing != null) {
                throw failing;
            }
        });
    }

    @AfterEach
    void tearDown() {
        fixture.database.watchCalls(null);
        fixture.close();
    }

    private static <T> T step(ConsultationViewModel model, Class<T> type) {
        return model.steps().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Ann's consultation open, with an urgent alert answered: ready to save. */
    private ConsultationViewModel readyToSave() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.CHEST_PAIN).presentProperty().set(true);
        ReviewStepViewModel review = step(model, ReviewStepViewModel.class);
        review.noteProperty().set("Sent to the emergency department.");
        model.goTo(review);
        review.answerForms().forEach(f -> f.responseProperty().set(AlertResponse.ACTED_ON));
        assertTrue(model.canSaveProperty().get());
        return model;
    }

    @Test
    void openingReadsNothingUntilTheBackgroundRunsAndSaysWhoseRecordItIsLoading() {
        ConsultationViewModel model = fixture.consultation();
        storeCalls.set(0);
        model.open(ann);
        assertEquals(0, storeCalls.get(), "no store call on the caller's (the screen's) thread");
        assertEquals(ann, model.openingProperty().get(), "the screen says whose record it is loading");
        assertNull(model.recordProperty().get());
        assertEquals(List.of(), model.steps());
        assertFalse(model.save(), "nothing to save while the record is read");

        fixture.tasks.runAll();
        assertTrue(storeCalls.get() > 0, "read in the background");
        assertNull(model.openingProperty().get());
        assertEquals(ann.id(), model.recordProperty().get().patient().id());
        assertEquals("1000", step(model, InjectionsStepViewModel.class).prescription().doseProperty().get());
        assertEquals("", model.readProblem().get());

        // Typing evaluates on every change, and never reads the lab limits (or anything) from the store.
        storeCalls.set(0);
        step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.FATIGUE).presentProperty().set(true);
        step(model, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.WALKING);
        assertEquals(0, storeCalls.get(), "typing calls the store on the screen's thread");
    }

    @Test
    void aRecordComingBackForAPatientNoLongerAskedForIsDropped() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        model.open(bob);
        assertEquals(bob, model.openingProperty().get());
        // Bob's read comes back first, Ann's (asked for earlier) after it: Bob's stays.
        fixture.tasks.runAllNewestFirst();
        assertNull(model.openingProperty().get());
        assertEquals(bob.id(), model.recordProperty().get().patient().id());
        fixture.settle();
        assertEquals(bob.id(), model.recordProperty().get().patient().id());

        // And in order, the last one asked for is the one shown.
        model.open(ann);
        model.open(bob);
        fixture.tasks.runAll();
        assertEquals(bob.id(), model.recordProperty().get().patient().id());
    }

    @Test
    void aRecordThatCannotBeReadIsSaidAndTheScreenKeepsWhatItShowed() {
        ConsultationViewModel model = fixture.consultation();
        model.open(bob);
        fixture.settle();
        step(model, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.HIIT);
        failing = new StoreException("The database file cannot be read");
        model.open(ann);
        fixture.settle();
        assertNull(model.openingProperty().get());
        assertEquals("The record of Ann Smith could not be read: The database file cannot be read",
                model.readProblem().get());
        assertEquals(bob.id(), model.recordProperty().get().patient().id(), "Bob's consultation stays open");
        assertEquals(PlannedExercise.HIIT, step(model, ExerciseStepViewModel.class).plannedProperty().get());

        failing = null;
        model.open(ann);
        fixture.settle();
        assertEquals("", model.readProblem().get(), "read at the next try");
        assertEquals(ann.id(), model.recordProperty().get().patient().id());
    }

    @Test
    void savingSavesNothingUntilTheBackgroundRunsThenClosesTheConsultation() {
        ConsultationViewModel model = readyToSave();
        storeCalls.set(0);
        assertTrue(model.save(), "handed over");
        assertEquals(0, storeCalls.get(), "no store call on the screen's thread");
        assertTrue(model.savingProperty().get());
        assertTrue(model.saveMessage().get().startsWith("Saving the consultation for Ann Smith"),
                model.saveMessage().get());
        assertFalse(model.save(), "not saved twice while saving");
        model.open(bob);
        assertNull(model.openingProperty().get(), "no other consultation opened over the one being saved");
        assertEquals("The consultation open is being saved: open Bob Jones again once it is.",
                model.readProblem().get());
        assertNull(model.savedProperty().get());
        assertEquals(List.of(), fixture.consultations.listForPatient(ann.id()));
        assertEquals(ann.id(), model.recordProperty().get().patient().id(), "still open while it saves");

        fixture.tasks.runAll();
        assertFalse(model.savingProperty().get());
        assertNotNull(model.savedProperty().get());
        assertEquals(1, fixture.consultations.listForPatient(ann.id()).size(), "saved once");
        assertNull(model.recordProperty().get(), "closed once saved");
        assertEquals("Consultation for Ann Smith saved.", model.saveMessage().get());
        fixture.settle();
        assertEquals(Optional.empty(), fixture.drafts.findByPatient(ann.id()), "a saved consultation leaves no draft");
    }

    @Test
    void aSaveThatFailsKeepsWhatWasTypedAndSaysWhy() {
        ConsultationViewModel model = readyToSave();
        var typed = model.draft();
        assertTrue(model.save());
        failing = new StoreException("The database is locked by another program");
        fixture.tasks.runAll();
        failing = null;
        assertFalse(model.savingProperty().get());
        assertEquals("Not saved: The database is locked by another program", model.saveMessage().get());
        assertNull(model.savedProperty().get());
        assertEquals(ann.id(), model.recordProperty().get().patient().id(), "still open");
        assertEquals("_Review", model.currentProperty().get().title());
        assertEquals(typed, model.draft(), "every field as typed");
        assertEquals(List.of(), fixture.consultations.listForPatient(ann.id()));

        assertTrue(model.save(), "saved at the next try");
        fixture.settle();
        assertEquals(1, fixture.consultations.listForPatient(ann.id()).size());
        assertNull(model.recordProperty().get());
    }

    @Test
    void theDraftsOnFileAreReadAndDiscardedInTheBackground() {
        ConsultationViewModel first = fixture.consultation();
        first.open(ann);
        fixture.settle();
        step(first, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.WALKING);
        storeCalls.set(0);
        first.flushDraft();
        assertEquals(0, storeCalls.get(), "the draft is written in the background");
        fixture.settle();
        assertEquals(1, fixture.drafts.listAll().size());

        ConsultationViewModel model = fixture.consultation();
        storeCalls.set(0);
        model.refreshDrafts();
        assertEquals(0, storeCalls.get());
        assertEquals(List.of(), model.draftOffers());
        fixture.tasks.runAll();
        assertEquals(List.of(ann), model.draftOffers().stream().map(DraftOffer::patient).toList());

        // Discarded at once from the offers, from the store in the background, before any read asked for after it.
        DraftOffer offer = model.draftOffers().get(0);
        storeCalls.set(0);
        model.discardDraft(offer);
        model.refreshDrafts();
        assertEquals(0, storeCalls.get());
        assertEquals(List.of(), model.draftOffers());
        fixture.tasks.runAll();
        assertEquals(List.of(), model.draftOffers(), "the read after the discard no longer sees it");
        assertEquals(List.of(), fixture.drafts.listAll());
    }

    @Test
    void restoringADraftReadsTheRecordInTheBackgroundAndKeepsEveryFieldAsTyped() {
        ConsultationViewModel first = fixture.consultation();
        first.open(ann);
        fixture.settle();
        step(first, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.HIIT);
        first.flushDraft();
        fixture.settle();

        ConsultationViewModel model = fixture.consultation();
        model.refreshDrafts();
        fixture.settle();
        DraftOffer offer = model.draftOffers().get(0);
        storeCalls.set(0);
        assertTrue(model.restore(offer));
        assertEquals(0, storeCalls.get());
        assertEquals(ann, model.openingProperty().get());
        fixture.settle();
        assertNull(model.openingProperty().get());
        assertEquals(PlannedExercise.HIIT, step(model, ExerciseStepViewModel.class).plannedProperty().get());
        assertEquals(List.of(), model.draftOffers(), "taken up, and not offered again by the read that came with it");
    }

    @Test
    void theHistoryIsReadInTheBackgroundAndAnotherPatientsLateReadIsDropped() {
        ConsultationViewModel model = readyToSave();
        model.save();
        fixture.settle();
        long saved = model.savedProperty().get().id();

        ConsultationHistoryViewModel history = fixture.history();
        storeCalls.set(0);
        history.showPatientOpening(ann.id(), saved);
        assertEquals(0, storeCalls.get(), "no store call on the screen's thread");
        assertTrue(history.loading().get());
        assertEquals(List.of(), history.rows());
        fixture.tasks.runAll();
        assertFalse(history.loading().get());
        assertEquals(1, history.rows().size());
        assertEquals(saved, history.opened().get().saved().id(), "the one just saved is opened");

        // Ann asked for, then Bob: Ann's read coming back last is not shown as Bob's history.
        history.showPatientNewestOpen(ann.id());
        history.showPatient(bob.id());
        assertTrue(history.loading().get());
        assertEquals(List.of(), history.rows(), "Ann's rows are not left standing for Bob");
        fixture.tasks.runAllNewestFirst();
        assertFalse(history.loading().get());
        assertEquals(List.of(), history.rows(), "Bob has none");
        assertNull(history.opened().get());

        history.showPatientNewestOpen(ann.id());
        fixture.tasks.runAll();
        assertEquals(history.rows().get(0).id(), history.opened().get().saved().id(), "the newest opens");
    }

    @Test
    void aHistoryThatCannotBeReadIsSaid() {
        ConsultationHistoryViewModel history = fixture.history();
        history.showPatient(ann.id());
        failing = new StoreException("The clinic server did not answer");
        fixture.tasks.runAll();
        failing = null;
        assertFalse(history.loading().get());
        assertEquals("The past consultations could not be read: The clinic server did not answer",
                history.problem().get());
        assertEquals(List.of(), history.rows());
    }
}
