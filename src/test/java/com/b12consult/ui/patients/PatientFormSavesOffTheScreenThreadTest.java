package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patient form saves through the {@link com.b12consult.ui.TaskRunner}: nothing reaches the store until the
 * background runs the save, the form says it is saving meanwhile, and an answer for a patient no longer in the form
 * changes nothing there (issue 17).
 */
class PatientFormSavesOffTheScreenThreadTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final AtomicInteger storeCalls = new AtomicInteger();
    private PatientFormViewModel form;
    private PatientsViewModel screen;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        form = new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, tasks);
        // the list reads at once: what is held back here is the form's save alone
        screen = new PatientsViewModel(db.patients, form, p -> Optional.empty(), InlineTaskRunner.INSTANCE);
        db.database.watchCalls(storeCalls::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.database.watchCalls(null);
        db.close();
    }

    private void fillNew(String name, String identifier) {
        assertTrue(screen.newPatient());
        form.nameProperty().set(name);
        form.identifierProperty().set(identifier);
    }

    @Test
    void nothingReachesTheStoreUntilTheSaveRunsAndTheFormSaysItIsSaving() {
        fillNew("Ada Lovelace", "P-0001");

        assertEquals(Optional.empty(), screen.save(), "not saved yet: the save is under way");

        assertEquals(0, storeCalls.get(), "the store is not called on the screen's thread");
        assertEquals(1, tasks.pendingCount());
        assertTrue(form.saving().get());
        assertTrue(screen.listLocked().get(), "no other patient opens while the form is saved");
        assertFalse(screen.newPatient());
        assertEquals(Optional.empty(), screen.save(), "a second Save waits for the first");
        assertEquals(1, tasks.pendingCount(), "nothing is saved twice");
        screen.discardChanges();
        assertEquals("Ada Lovelace", form.nameProperty().get(), "nor is what is being saved discarded meanwhile");

        tasks.runAll();

        assertTrue(storeCalls.get() > 0);
        assertFalse(form.saving().get());
        Patient saved = db.patients.listAll().get(0);
        assertEquals("Ada Lovelace", saved.name());
        assertEquals(saved, form.editingProperty().get());
        assertEquals("Saved Ada Lovelace.", form.outcomeProperty().get());
        assertFalse(form.dirty().get());
        assertEquals(saved, screen.selectedProperty().get(), "the saved patient is the one selected");
        assertEquals(List.of(saved), screen.patients(), "the list is read again");
        assertFalse(screen.listLocked().get());
    }

    @Test
    void aFailedSaveKeepsEverythingTypedAndSaysWhatWasNotSaved() {
        fillNew("Ada Lovelace", "P-0001");
        form.birthDateProperty().set("1815-12-10");
        form.sexProperty().set(Sex.FEMALE);
        screen.save();
        db.database.watchCalls(() -> {
            throw new StoreException("the disk is full");
        });

        tasks.runAll();

        db.database.watchCalls(null);
        assertFalse(form.saving().get());
        assertEquals("The new patient Ada Lovelace was not saved: the disk is full", form.failureProperty().get());
        assertEquals("", form.outcomeProperty().get());
        assertEquals("Ada Lovelace", form.nameProperty().get());
        assertEquals("P-0001", form.identifierProperty().get());
        assertEquals("1815-12-10", form.birthDateProperty().get());
        assertEquals(Sex.FEMALE, form.sexProperty().get());
        assertNull(form.editingProperty().get(), "still a new patient");
        assertTrue(form.dirty().get());
        assertEquals(List.of(), db.patients.listAll());

        screen.save();
        tasks.runAll();
        assertEquals(1, db.patients.listAll().size(), "saved once tried again");
        assertEquals("", form.failureProperty().get());
    }

    @Test
    void anEditThatFailsNamesThePatientWhoseChangesWereNotSaved() {
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        screen.refresh();
        assertTrue(screen.select(ada));
        form.nameProperty().set("Ada King");
        screen.save();
        db.database.watchCalls(() -> {
            throw new StoreException("the disk is full");
        });
        tasks.runAll();
        db.database.watchCalls(null);

        assertEquals("The changes to Ada Lovelace were not saved: the disk is full", form.failureProperty().get());
        assertEquals("Ada King", form.nameProperty().get());
        assertEquals(ada, form.editingProperty().get());
        assertEquals("Ada Lovelace", db.patients.findById(ada.id()).orElseThrow().name());
    }

    @Test
    void whatIsTypedWhileTheSaveRunsStaysUnsavedInTheForm() {
        fillNew("Ada Lovelace", "P-0001");
        screen.save();
        form.birthDateProperty().set("1815-12-10");

        tasks.runAll();

        Patient saved = db.patients.listAll().get(0);
        assertEquals(Optional.empty(), saved.birthDate(), "the save sent what was there when Save was pressed");
        assertEquals(saved, form.editingProperty().get());
        assertEquals("1815-12-10", form.birthDateProperty().get(), "typed meanwhile: kept");
        assertTrue(form.dirty().get(), "and still to be saved");
        screen.save();
        tasks.runAll();
        assertEquals("1815-12-10", db.patients.findById(saved.id()).orElseThrow().birthDate().orElseThrow().toString());
        assertFalse(form.dirty().get());
    }

    @Test
    void aLateAnswerForAPatientNoLongerInTheFormChangesNothingThere() {
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        Patient grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        form.edit(ada);
        form.nameProperty().set("Ada King");
        form.save();
        // loaded again while the save runs (the screen refuses to; the form itself must not be misled either)
        form.edit(grace);
        form.nameProperty().set("Grace B. Hopper");

        tasks.runAll();

        assertEquals(grace, form.editingProperty().get(), "the form stays on the patient now in it");
        assertEquals("Grace B. Hopper", form.nameProperty().get(), "what is typed for her stays");
        assertEquals("", form.outcomeProperty().get(), "no \"Saved\" for another patient");
        assertEquals("Ada King", db.patients.findById(ada.id()).orElseThrow().name(), "the save itself was done");

        form.edit(ada);
        form.identifierProperty().set("P-0042");
        form.save();
        form.edit(grace);
        tasks.runAll();
        assertEquals("", form.identifierMessage().get(), "a refusal for another patient is not shown on this one");
        assertFalse(form.conflicted().get());
        assertEquals("", form.failureProperty().get());
    }
}
