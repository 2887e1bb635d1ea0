package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Sex;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today's backup of the clinic's file (a second or more at a clinic's size) no longer holds the Patients list back:
 * the screens are shown first, and the backup is taken after, in the background; Settings then lists it, or says
 * why it failed, as when it was taken while opening.
 */
class DailyBackupAfterScreensFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final ManualTaskRunner backupTasks = new ManualTaskRunner();

    private Path clinicWithAPatient() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        }
        TestDatabase.presetClinicDetails(database);
        // the test's own opens took today's backup: gone, so the app's start is the first of the day again
        try (Stream<Path> made = Files.walk(database.resolveSibling("backups"))) {
            made.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return database;
    }

    private void startAndWaitForThePatientsList(Path database) throws TimeoutException {
        app.launch(() -> new App(new GuiOptions(Optional.of(database))).takingDailyBackupOn(backupTasks));
        SignIn.as(robot, "AB");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backupTasks.pendingCount() == 1);
    }

    private static long backupFiles(Path database) throws Exception {
        Path folder = database.resolveSibling("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db")).count();
        }
    }

    @Test
    void thePatientsListIsShownBeforeTodaysBackupIsTakenAndTheBackupIsTakenAfter() throws Exception {
        Path database = clinicWithAPatient();
        assertEquals(0, backupFiles(database), "no backup yet: today's is due");

        startAndWaitForThePatientsList(database);
        assertEquals(0, backupFiles(database), "the list is shown with today's backup still to take");

        robot.interact(backupTasks::runAll);
        assertEquals(1, backupFiles(database), "today's backup was taken after the screens were shown");
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        // listed again off the screen's thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lastBackup").queryAs(Label.class)
                .getText().startsWith("Last backup: "));
        assertTrue(robot.lookup("#lastBackup").queryAs(Label.class).getText().startsWith("Last backup: "),
                robot.lookup("#lastBackup").queryAs(Label.class).getText());
    }

    @Test
    void aDailyBackupThatFailsAfterTheScreensAreShownIsStillSaidInSettings() throws Exception {
        Path database = clinicWithAPatient();
        // a file where the backups folder should be: no backup can be made there
        Files.writeString(database.resolveSibling("backups"), "not a folder");

        startAndWaitForThePatientsList(database);
        robot.interact(backupTasks::runAll);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#backupProblem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("The last backup failed. Today's backup of the database could not be made in "),
                problem);
    }
}
