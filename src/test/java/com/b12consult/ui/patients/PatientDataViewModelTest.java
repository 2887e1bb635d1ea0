package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.PatientData;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientDataViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private AuditLog audit;
    private Patient ada;
    private Patient grace;
    private PatientsViewModel patients;
    private Optional<Path> chosen = Optional.empty();
    private PatientDataViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        audit = new AuditLog(db.database, TestDatabase.CLOCK);
        grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        ada = db.addPatient("Ada Lovelace", "P/0001", "1815-12-10", Sex.FEMALE);
        patients = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), p -> Optional.empty(),
                InlineTaskRunner.INSTANCE);
        model = new PatientDataViewModel(patients, new PatientData(db.database, audit), name -> chosen,
                TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void nothingCanBeDoneWithoutASelectedPatientOrWithUnsavedChanges() {
        assertFalse(model.canAct().get());
        patients.select(ada);
        assertTrue(model.canAct().get());
        patients.form().nameProperty().set("Ada King");
        assertFalse(model.canAct().get(), "unsaved changes first");
    }

    @Test
    void theExportIsWrittenWhereChosenUnderASuggestedNameWithoutTheName() throws Exception {
        patients.select(ada);
        String[] suggested = {null};
        chosen = Optional.of(dir.resolve("out.json"));
        model = new PatientDataViewModel(patients, new PatientData(db.database, audit), name -> {
            suggested[0] = name;
            return chosen;
        }, TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
        model.exportSelected();
        assertEquals("patient-P_0001.json", suggested[0]);
        assertTrue(Files.readString(dir.resolve("out.json")).contains("Ada Lovelace"));
        assertTrue(model.outcomeProperty().get().contains("out.json"), model.outcomeProperty().get());
        assertEquals(1, audit.list(AuditFilter.forAction(AuditAction.PATIENT_EXPORTED), 5).size());
    }

    @Test
    void cancellingTheFileChooserWritesNothing() {
        patients.select(ada);
        model.exportSelected();
        assertEquals("", model.outcomeProperty().get());
        assertTrue(audit.list(AuditFilter.forAction(AuditAction.PATIENT_EXPORTED), 5).isEmpty());
    }

    @Test
    void deleteNamesThePatientAndWhatGoesAndWaitsForTheIdentifier() {
        patients.select(ada);
        model.startDelete();
        assertEquals(ada, model.deletingProperty().get());
        String summary = model.deleteSummaryProperty().get();
        assertTrue(summary.contains("Ada Lovelace (P/0001)") && summary.contains("no other records")
                && summary.contains("audit log keeps its 1 entry"), summary);
        assertFalse(model.canAct().get(), "one thing at a time");

        model.typedIdentifierProperty().set("P-0042");
        assertFalse(model.confirmDelete(), "another patient's identifier does not confirm");
        assertTrue(db.patients.findById(ada.id()).isPresent());

        model.typedIdentifierProperty().set(" p/0001 ");
        assertTrue(model.confirmDelete());
        assertTrue(db.patients.findById(ada.id()).isEmpty());
        assertEquals(List.of(grace), patients.patients());
        assertNull(patients.selectedProperty().get());
        assertNull(model.deletingProperty().get());
        assertTrue(model.outcomeProperty().get().startsWith("Deleted Ada Lovelace (P/0001)"), model.outcomeProperty().get());
        assertEquals(1, audit.list(AuditFilter.forAction(AuditAction.PATIENT_DELETED).withPatient(ada.id()), 5).size());
    }

    @Test
    void cancellingTheDeleteKeepsThePatient() {
        patients.select(ada);
        model.startDelete();
        model.typedIdentifierProperty().set("P/0001");
        model.cancelDelete();
        assertNull(model.deletingProperty().get());
        assertFalse(model.confirmDelete());
        assertTrue(db.patients.findById(ada.id()).isPresent());
    }

    @Test
    void theSummaryNamesRecordsInTheClinicsWordsAndUnknownTablesByTheirName() {
        String s = PatientDataViewModel.summary(ada, new java.util.LinkedHashMap<>(Map.of(
                "patients", 1, "injections", 3, "lab_panels", 1, "consultation_drafts", 2, "audit_log", 7)));
        assertTrue(s.contains("3 injections given") && s.contains("1 lab panel,") | s.contains("1 lab panel.")
                && s.contains("2 records in consultation drafts")
                && s.contains("7 entries"), s);
    }

    /** The model on a runner that holds the work until the test runs it, the store's calls counted. */
    private PatientDataViewModel held(ManualTaskRunner tasks) {
        return new PatientDataViewModel(patients, new PatientData(db.database, audit), name -> chosen,
                TestDatabase.NURSE, tasks);
    }

    @Test
    void theExportIsWrittenOffTheScreensThreadAndNothingElseStartsMeanwhile() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        model = held(tasks);
        patients.select(ada);
        chosen = Optional.of(dir.resolve("held.json"));
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        model.exportSelected();
        assertEquals(0, calls.get(), "the store is not called until the task runs");
        assertFalse(Files.exists(dir.resolve("held.json")));
        assertTrue(model.workingProperty().get());
        assertFalse(model.canAct().get(), "no delete or second export while the export runs");
        assertTrue(model.outcomeProperty().get().startsWith("Exporting Ada Lovelace"), model.outcomeProperty().get());

        tasks.runAll();
        db.database.watchCalls(null);
        assertTrue(calls.get() > 0);
        assertTrue(Files.readString(dir.resolve("held.json")).contains("Ada Lovelace"));
        assertFalse(model.workingProperty().get());
        assertTrue(model.canAct().get());
        assertTrue(model.outcomeProperty().get().startsWith("Exported everything held on Ada Lovelace"));
    }

    @Test
    void aFailedDeleteKeepsTheConfirmationAsTypedAndThePatient() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        model = held(tasks);
        patients.select(ada);
        model.startDelete();
        assertNull(model.deletingProperty().get(), "the confirmation waits for the count of what it removes");
        tasks.runAll();
        assertEquals(ada, model.deletingProperty().get());
        model.typedIdentifierProperty().set("P/0001");
        assertTrue(model.confirmDelete());
        assertTrue(model.workingProperty().get());
        assertFalse(model.confirmDelete(), "one delete at a time");
        model.cancelDelete();
        assertEquals(ada, model.deletingProperty().get(), "a delete under way is not taken back");

        db.database.watchCalls(() -> {
            throw new StoreException("the disk is full");
        });
        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(model.workingProperty().get());
        assertEquals(ada, model.deletingProperty().get(), "the confirmation stays open");
        assertEquals("P/0001", model.typedIdentifierProperty().get());
        assertEquals("Nothing was deleted: the disk is full", model.failureProperty().get());
        assertTrue(db.patients.findById(ada.id()).isPresent());
    }

    @Test
    void aCountThatComesBackAfterAnotherPatientWasChosenOpensNoConfirmation() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        model = held(tasks);
        patients.select(ada);
        model.startDelete();
        patients.select(grace);
        tasks.runAll();
        assertNull(model.deletingProperty().get(), "Ada's count does not ask to delete Grace, nor Ada unseen");
        assertFalse(model.workingProperty().get());
    }
}
