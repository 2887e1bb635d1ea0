package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.testing.Vignettes;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.NewConsultation;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A patient's past consultations are reached from the Patients screen without starting a new one, and
 * open read-only in a window of their own, the newest first, with what was saved then.
 */
class PastConsultationsFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    final FxRobot robot = app.robot();

    @Test
    void pastConsultationsOpenReadOnlyFromThePatientsScreen() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            Patient ada = db.addPatient("Ada Lovelace", "P-0104", "1950-01-20", Sex.FEMALE);
            db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
            ConsultationRepository consultations = new ConsultationRepository(db.database, audit,
                    new AssessmentRepository(db.database, audit), new LabRepository(db.database, audit),
                    new InjectionRepository(db.database, audit), new HeadacheRepository(db.database, audit),
                    new PrescriptionRepository(db.database, audit));
            Assessment a = vignette04();
            Report report = new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(RulebookLoader.shipped()))
                    .evaluate(a, LabLimits.defaults());
            consultations.save(new NewConsultation(ada.id(), new AssessmentWriter().toJson(a), ReportJson.write(report),
                    report.rulebook(), new ConsultationResponses(java.util.Set.of(), "Folate and smear requested.", List.of()),
                    List.of(), List.of(), List.of(), Optional.empty()), new Actor("drsmith", "JS"));
        }
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#pastConsultations").queryAs(Button.class).isDisabled(), "nobody selected yet");

        robot.clickOn("Ada Lovelace");
        robot.clickOn("#pastConsultations");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pastNote").tryQuery().isPresent());
        Stage past = (Stage) robot.lookup("#pastNote").query().getScene().getWindow();
        assertEquals("Past consultations: Ada Lovelace · P-0104", past.getTitle());
        assertEquals("Folate and smear requested.", robot.lookup("#pastNote").queryAs(Label.class).getText());
        assertEquals("Decision then: " + report04Status(), robot.lookup("#bannerHeadline").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#pastConsultation .text-field").queryAll().isEmpty(), "nothing to edit");
        Snapshots.saveIfAsked(past, "past-consultations-window");

        robot.clickOn("#bannerHeadline");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!past.isShowing(), "Escape closes the window");
    }

    @Test
    void aSavedConsultationGivesTheHandoutAndJoinsThePastConsultations() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Grace Hopper", "P-0042", "1956-12-09", Sex.FEMALE);
        }
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("Grace Hopper").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Grace Hopper");
        robot.clickOn("#startConsultation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#consultationHandout").tryQuery().filter(javafx.scene.Node::isVisible).isEmpty(),
                "no handout before anything is saved");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveConsultation");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveIfAsked((Stage) robot.lookup("#saveConsultation").query().getScene().getWindow(),
                "consultation-saved");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#consultationHandout").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());

        robot.clickOn("#consultationHandout");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#handoutPage1").tryQuery().isPresent()
                || !robot.lookup("#handoutMessage").queryAs(Label.class).getText().isBlank());
        assertTrue(robot.lookup("#handoutPage1").tryQuery().isPresent(),
                robot.lookup("#handoutMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#handoutPatient").queryAs(Label.class).getText().contains("Grace Hopper"),
                robot.lookup("#handoutPatient").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#handoutMessage").queryAs(Label.class).getText()
                .startsWith("The handout for the consultation just saved."),
                robot.lookup("#handoutMessage").queryAs(Label.class).getText());

        robot.clickOn("#nav-patients");
        robot.clickOn("Grace Hopper");
        robot.clickOn("#pastConsultations");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pastConsultation").tryQuery().isPresent());
        assertTrue(robot.lookup("#bannerHeadline").queryAs(Label.class).getText().startsWith("Decision then: "));
    }

    private static Assessment vignette04() throws Exception {
        return new AssessmentReader().read(new ObjectMapper().readTree(
                Vignettes.file("04-megaloblastic-thrombocytopenia.json").toFile()).get("assessment"));
    }

    private static String report04Status() throws Exception {
        Report r = new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(RulebookLoader.shipped()))
                .evaluate(vignette04(), LabLimits.defaults());
        return r.decision().status().label().toUpperCase();
    }
}
