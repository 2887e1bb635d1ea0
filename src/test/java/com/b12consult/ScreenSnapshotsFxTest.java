package com.b12consult;

import com.b12consult.testing.Snapshots;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the screens for reviewing the look, written only when asked:
 * {@code mvn test -Dtest=ScreenSnapshotsFxTest -Db12consult.snapshots=DIR}. It also leaves DIR/ui-shot.db
 * with a few patients, for running the real app on (the README's screenshot).
 */
class ScreenSnapshotsFxTest {
    @RegisterExtension
    final RunningApp app = new RunningApp();

    @Test
    void snapshotEveryBuiltScreen() throws Exception {
        String dirName = System.getProperty("b12consult.snapshots", "");
        assumeTrue(!dirName.isBlank(), "set -Db12consult.snapshots=DIR to write the pictures");
        Path dir = Files.createDirectories(Path.of(dirName));
        Path database = dir.resolve("ui-shot.db");
        Files.deleteIfExists(database);
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
            db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            db.addPatient("José Martí", "P-0107", "1953-01-28", Sex.MALE);
            db.addPatient("Mary Seacole", "P-0213", null, Sex.FEMALE);
            db.addPatient("Alan Turing", "P-0311", "1912-06-23", Sex.MALE);
        }
        Stage stage = app.stage();
        FxRobot robot = app.robot();
        app.start(database);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#patientIdentifier").write("P-0001");
            robot.clickOn("#patientBirthDate").write("10.12.1815");
            robot.clickOn("#savePatient");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("patients-errors.png"));
            robot.clickOn("#discardPatientChanges");
            robot.clickOn("#patientTable .table-row-cell");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("patients.png"));
            robot.clickOn("#nav-settings");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("settings.png"));
            robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#settingsScroll").query()).setVvalue(1));
            robot.doubleClickOn("#limit-b12_lower").write("abc");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("settings-end.png"));
            robot.clickOn("#nav-consultation");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("consultation.png"));
            robot.clickOn("#nav-rulebook");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("rulebook.png"));
            robot.clickOn("#rulebookSearch").write("headache");
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("rulebook-search.png"));
        } finally {
            app.stop();
        }
        Path letter = dir.resolve("letter.db");
        Files.writeString(letter, "Dear colleague,\nthis is a letter, not a database.\n");
        app.startAsItIs(letter);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#databaseError").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.save(stage, dir.resolve("database-error.png"));
        } finally {
            app.stop();
        }
        assertTrue(Files.size(dir.resolve("settings.png")) > 0);
    }

}
