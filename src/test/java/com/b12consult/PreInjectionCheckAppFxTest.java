package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The check as the real window wires it: from the sidebar to a patient's banner in two clicks. */
class PreInjectionCheckAppFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();

    @Test
    void theSidebarLeadsToTheCheckAndAPatientOpensInOneMoreClick() throws Exception {
        Path database = dir.resolve("clinic.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        }
        Stage stage = app.stage();
        FxRobot robot = app.robot();
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        robot.clickOn("#nav-pre-injection-check");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dueList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose a patient", robot.lookup("#bannerHeadline").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup("#dueList").queryAs(ListView.class).getItems().size());
        robot.clickOn("Ada Lovelace  P-0001");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No prescription on record", robot.lookup("#bannerHeadline").queryAs(Label.class).getText(),
                "never PROCEED with nothing to check against");
        assertTrue(robot.lookup("#recordPrescription").queryAs(Label.class).getText().startsWith("None on record"));
        assertTrue(robot.lookup("#savePrescription").query().isVisible(), "a prescription can be recorded here");
        robot.clickOn("#savePrescription");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#recordDue").queryAs(Label.class).getText().contains("Due today"),
                robot.lookup("#recordDue").queryAs(Label.class).getText());
        assertEquals("NOT CHECKED YET", robot.lookup("#bannerHeadline").queryAs(Label.class).getText(),
                "a prescription, but nothing asked or drawn up yet");
        assertTrue(stage.isShowing());
    }
}
