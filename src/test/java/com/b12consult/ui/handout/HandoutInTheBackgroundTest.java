package com.b12consult.ui.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.HandoutRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the handout screen reaches the store only in the background. With the background held
 * ({@link ManualTaskRunner}), nothing is read or saved until it runs; meanwhile the screen says it is working and
 * its buttons wait; a result for a patient no longer shown is dropped; a failure is said.
 */
class HandoutInTheBackgroundTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private AssessmentRepository assessments;
    private HandoutRepository handouts;
    private HandoutViewModelTest.FakePrinter printer;
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private HandoutViewModel model;
    private Patient grace;
    private Patient ada;
    private final AtomicInteger storeCalls = new AtomicInteger();
    private volatile RuntimeException failing;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
        assessments = new AssessmentRepository(db.database, audit);
        handouts = new HandoutRepository(db.database, audit);
        db.settings.save(new ClinicSettings("Riverside Health Centre", "", "01632 960 123", PaperSize.LETTER,
                LabLimits.defaults()), TestDatabase.NURSE);
        printer = new HandoutViewModelTest.FakePrinter();
        model = new HandoutViewModel(HandoutViewModelTest.EVALUATOR,
                new HandoutComposer(HandoutViewModelTest.EVALUATOR.engine().rulebook()), new HandoutPdf(), assessments,
                handouts, db.settings, printer, new HandoutViewModelTest.FakeFiles(), TestDatabase.NURSE,
                TestDatabase.CLOCK, tasks);
        grace = db.addPatient("Grace Hopper", "FX-7", "1958-11-30", Sex.MALE);
        ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        db.database.watchCalls(() -> {
            storeCalls.incrementAndGet();
            if (failing != null) {
                throw failing;
            }
        });
    }

    @AfterEach
    void close() {
        db.database.watchCalls(null);
        db.close();
    }

    private Path richFile() throws Exception {
        Path f = dir.resolve("rich.json");
        try (var in = getClass().getResourceAsStream("/com/b12consult/cli/rich-consultation.json")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    private void settle() {
        while (tasks.pendingCount() > 0) {
            tasks.runAll();
        }
    }

    @Test
    void openingAFileSavesNothingUntilTheBackgroundRunsAndTheScreenSaysItIsWorking() throws Exception {
        model.patientProperty().set(grace);
        settle();
        storeCalls.set(0);
        assertTrue(model.openAssessment(richFile()), "under way");
        assertEquals(0, storeCalls.get(), "no store call on the screen's thread");
        assertTrue(model.workingProperty().get());
        assertEquals("Opening rich.json and saving it for Grace Hopper...", model.messageProperty().get());
        assertFalse(model.openAssessment(richFile()), "not opened twice while the first is saved");
        assertNull(model.pdfProperty().get());

        tasks.runAll();
        assertFalse(model.workingProperty().get());
        assertEquals(1, assessments.listForPatient(grace.id()).size(), "saved once");
        assertNotNull(model.pdfProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Assessment saved."), model.messageProperty().get());
    }

    @Test
    void aFileOpenedForOnePatientNeverShowsItsHandoutOnceAnotherIsChosen() throws Exception {
        model.patientProperty().set(grace);
        settle();
        assertTrue(model.openAssessment(richFile()));
        model.patientProperty().set(ada);
        assertFalse(model.workingProperty().get(), "Ada's screen has nothing under way");
        settle();
        assertNull(model.pdfProperty().get(), "Grace's handout is not shown for Ada");
        assertNull(model.assessmentProperty().get());
        assertEquals("", model.messageProperty().get());
        assertEquals(1, assessments.listForPatient(grace.id()).size(), "saved for Grace all the same");
    }

    @Test
    void aFileThatCannotBeSavedIsSaid() throws Exception {
        model.patientProperty().set(grace);
        settle();
        assertTrue(model.openAssessment(richFile()));
        failing = new StoreException("The database is locked by another program");
        tasks.runAll();
        failing = null;
        assertFalse(model.workingProperty().get());
        assertEquals("Not saved: The database is locked by another program", model.messageProperty().get());
        assertNull(model.pdfProperty().get());
        assertEquals(List.of(), assessments.listForPatient(grace.id()));
    }

    @Test
    void printingRecordsTheHandoutInTheBackgroundAndListsItForThePatientStillShown() throws Exception {
        model.patientProperty().set(grace);
        settle();
        model.openAssessment(richFile());
        settle();
        long saved = model.assessmentProperty().get().id();
        storeCalls.set(0);
        model.print();
        assertEquals(1, printer.jobs.size(), "the printer's dialog is the screen's");
        assertEquals(0, storeCalls.get(), "recorded in the background, not on the screen's thread");
        assertTrue(model.workingProperty().get(), "the buttons wait while it is recorded");
        assertEquals(List.of(), handouts.listForAssessment(saved));

        tasks.runAll();
        assertFalse(model.workingProperty().get());
        assertEquals(1, handouts.listForAssessment(saved).size());
        assertEquals(1, model.given().size(), "listed as given");
        assertTrue(model.messageProperty().get().startsWith("Sent to the printer."), model.messageProperty().get());
    }

    @Test
    void theHandoutsGivenAreReadInTheBackgroundAndAnEarlierPatientsLateListIsDropped() throws Exception {
        model.patientProperty().set(grace);
        settle();
        model.openAssessment(richFile());
        settle();
        model.print();
        settle();
        assertEquals(1, model.given().size());

        storeCalls.set(0);
        model.patientProperty().set(ada);
        model.patientProperty().set(grace);
        model.patientProperty().set(ada);
        assertEquals(0, storeCalls.get(), "no store call on the screen's thread");
        assertEquals(List.of(), model.given());
        // the reads come back newest first: Grace's, asked for before Ada's, last
        tasks.runAllNewestFirst();
        assertEquals(List.of(), model.given(), "Grace's handouts are not listed as Ada's");

        model.patientProperty().set(grace);
        settle();
        assertEquals(1, model.given().size());
        assertTrue(model.showGiven(model.given().get(0)));
        assertTrue(model.workingProperty().get());
        assertNull(model.pdfProperty().get(), "read in the background");
        settle();
        assertNotNull(model.pdfProperty().get());
        assertNotNull(model.reprintingProperty().get());
    }
}
