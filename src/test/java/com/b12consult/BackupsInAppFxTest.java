package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.testing.Snapshots;
import com.b12consult.testing.WindowHoldingTheDatabase;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Backups in the running app: a backup taken, a patient added after it, then the backup restored. */
class BackupsInAppFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    private void scrollTo(String query) {
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#settingsScroll").queryAs(ScrollPane.class),
                robot.lookup(query).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> listedNames() {
        return ((TableView<Patient>) robot.lookup("#patientTable").query()).getItems().stream().map(Patient::name).toList();
    }

    @Test
    void aBackupRestoredFromSettingsReopensTheAppOnIt() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        }
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        // the daily backup was taken at the open; one more now
        scrollTo("#backupFolder");
        robot.clickOn("#backUpNow");
        // taken off the screen's thread: the card says so when it is done
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#backupOutcome").queryAs(Label.class)
                .getText().startsWith("Backed up to "));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#lastBackup").queryAs(Label.class).getText().startsWith("Last backup: "));
        robot.clickOn("#backupKeep").eraseText(2).write("4OO");
        robot.clickOn("#saveBackupKeep");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#backupKeepError").queryAs(Label.class).getText().contains("\"4OO\""));
        scrollTo("#backupsHeading");
        Snapshots.saveIfAsked(stage, "settings-backups");

        robot.clickOn("#nav-patients");
        robot.clickOn("#newPatient");
        robot.clickOn("#patientName").write("Grace Hopper");
        robot.clickOn("#patientIdentifier").write("P-0042");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), listedNames());

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#backupFolder");
        robot.interact(() -> robot.lookup("#backupList").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#restoreSelectedBackup");
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#confirmRestore");
        assertTrue(robot.lookup("#restoreConfirmation").queryAs(Label.class).getText().contains("moved aside"));
        robot.clickOn("#confirmRestore");

        robot.clickOn("#nav-patients");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent()
                && listedNames().equals(List.of("Ada Lovelace")));
        assertTrue(robot.lookup("#databaseStatus").queryAs(Label.class).getText().contains("Restored the backup"),
                robot.lookup("#databaseStatus").queryAs(Label.class).getText());
    }

    /**
     * Another window, idle on the same file, would go on saving into the file moved aside: the restore is
     * refused, the app reopens on the file as it was and says why.
     */
    @Test
    void aRestoreWhileAnotherWindowHasTheFileOpenIsRefusedAndTheAppReopensOnIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name", "").startsWith("Windows"));
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        }
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        robot.clickOn("#newPatient");
        robot.clickOn("#patientName").write("Grace Hopper");
        robot.clickOn("#patientIdentifier").write("P-0042");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();

        try (WindowHoldingTheDatabase other = WindowHoldingTheDatabase.open(database, dir.resolve("other.err"))) {
            robot.clickOn("#nav-settings");
            WaitForAsyncUtils.waitForFxEvents();
            scrollTo("#backupFolder");
            robot.interact(() -> robot.lookup("#backupList").queryAs(ListView.class).getSelectionModel().select(0));
            robot.clickOn("#restoreSelectedBackup");
            WaitForAsyncUtils.waitForFxEvents();
            scrollTo("#confirmRestore");
            robot.clickOn("#confirmRestore");

            robot.clickOn("#nav-patients");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent()
                    && robot.lookup("#databaseStatus").queryAs(Label.class).getText().contains("not restored"));
            String status = robot.lookup("#databaseStatus").queryAs(Label.class).getText();
            assertTrue(status.contains("B12 Consult has this database open in another window or on another computer:"
                    + " close it there first, then restore"), status);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> listedNames().equals(List.of("Ada Lovelace", "Grace Hopper")));
            Snapshots.saveIfAsked(stage, "restore-refused-open-elsewhere");
            try (var files = java.nio.file.Files.list(dir)) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("restor")),
                        "nothing was moved aside or copied in");
            }
            assertEquals(0, other.closeDatabase(), other.errorText());
        }
    }
}
