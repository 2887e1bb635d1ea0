package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Sex;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A consultation typed in the real window and never saved: the app is closed, started again on the same
 * file, offers the draft naming the patient, and restoring it brings back every value typed, wrong ones too.
 */
class ConsultationDraftAppFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    final FxRobot robot = app.robot();

    @Test
    void aConsultationClosedWithoutSavingComesBackAsTypedOnTheNextStart() throws Exception {
        Path database = dir.resolve("clinic.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1950-12-10", Sex.FEMALE);
        }
        Stage stage = app.stage();
        app.start(database);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Ada Lovelace");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.saveIfAsked(stage, "patients-start-consultation");
            robot.clickOn("#startConsultation");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Consultation: Ada Lovelace  ·  P-0001", text("#consultPatient"));

            type("#rxDose", "1O00");
            assertTrue(text("#rxDoseError").contains("not a number"), text("#rxDoseError"));
            robot.clickOn("#step-1");
            WaitForAsyncUtils.waitForFxEvents();
            click("#factor-smoking");
            click("#symptom-fatigue");
            type("#onset-fatigue", "last tuesday");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#draftStatus").startsWith("Draft kept at"));

            // The last change is closed on at once, inside the pause: closing keeps it too.
            robot.clickOn("#step-4");
            WaitForAsyncUtils.waitForFxEvents();
            click("#exercisePlanned-walking");
        } finally {
            app.stop();
        }

        app.start(database);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#draftOffer-0").tryQuery()
                    .map(Node::isVisible).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(text("#draftOffer-0").startsWith("Unsaved consultation for Ada Lovelace (P-0001), last typed "),
                    text("#draftOffer-0"));
            Snapshots.saveIfAsked(stage, "consultation-draft-offer");
            robot.clickOn("#restoreDraft-0");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Consultation: Ada Lovelace  ·  P-0001", text("#consultPatient"));
            assertEquals("1O00", robot.lookup("#rxDose").queryTextInputControl().getText());
            assertTrue(text("#rxDoseError").contains("not a number"), "the wrong value is back, and still marked");
            robot.clickOn("#step-1");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#factor-smoking").queryAs(CheckBox.class).isSelected());
            assertTrue(robot.lookup("#symptom-fatigue").queryAs(CheckBox.class).isSelected());
            assertEquals("last tuesday", robot.lookup("#onset-fatigue").queryTextInputControl().getText());
            robot.clickOn("#step-4");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#exercisePlanned-walking").queryAs(RadioButton.class).isSelected());
            assertFalse(robot.lookup("#draftOffers").query().isVisible(), "the offer is taken up");
        } finally {
            app.stop();
        }
    }

    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#stepScroll").queryAs(ScrollPane.class), node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        click(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
