package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The handout screen as the app wires it: reached from the sidebar, for the patient selected on Patients. */
class HandoutInAppFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();

    @Test
    void theHandoutScreenWorksOnThePatientSelectedOnPatients() throws Exception {
        Path database = dir.resolve("app.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        }
        FxRobot robot = app.robot();
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-handout");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#openAssessmentFile").queryAs(Button.class).isDisabled(), "no patient yet");
        assertTrue(robot.lookup("#printHandout").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#handoutPatient").queryAs(Label.class).getText().startsWith("No patient selected"));

        robot.clickOn("#nav-patients");
        robot.clickOn("#patientTable .table-row-cell");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-handout");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#openAssessmentFile").queryAs(Button.class).isDisabled());
        assertEquals("For Grace Hopper (P-0042)", robot.lookup("#handoutPatient").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#saveHandoutPdf").queryAs(Button.class).isDisabled(), "nothing to save yet");
    }
}
