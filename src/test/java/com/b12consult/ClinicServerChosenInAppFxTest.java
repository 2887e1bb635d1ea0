package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.store.ServerForAppTests;
import com.b12consult.store.StoreLocation;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real clinic server (the test server: skipped without one, failed under B12_TEST_PG_REQUIRED=1) chosen from the
 * window, at the first start and in Settings → Database, opened to the Patients screen; its Settings offer no
 * backup or restore.
 */
@ExtendWith(ServerForAppTests.DropDatabases.class)
class ClinicServerChosenInAppFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    private Path choiceFile() {
        return dir.resolve("config/b12consult/database.properties");
    }

    private Path defaultFile() {
        return dir.resolve("data/b12consult/b12consult.db");
    }

    private void startWithoutDb() throws Exception {
        app.launch(() -> new App(new GuiOptions(Optional.empty()), choiceFile(), defaultFile()));
        SignIn.as(robot, "AB");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String status() {
        return robot.lookup("#databaseStatus").queryAs(Label.class).getAccessibleText();
    }

    private void set(String query, String value) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(value));
    }

    private void fillIn(String prefix, StoreLocation.ClinicServer server) {
        URI uri = URI.create(server.url());
        set("#" + prefix + "Host", uri.getHost());
        set("#" + prefix + "Port", Integer.toString(uri.getPort()));
        set("#" + prefix + "Database", uri.getPath().substring(1));
        set("#" + prefix + "User", server.user());
        set("#" + prefix + "Password", server.password());
    }

    private void scrollTo(String query) {
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#settingsScroll").queryAs(ScrollPane.class),
                robot.lookup(query).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForServer(StoreLocation.ClinicServer server) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> status().startsWith("Patient database on the clinic server " + server.url()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the server did not open; the window says: " + status() + " / "
                    + robot.lookup(".error").queryAllAs(Label.class).stream().map(Label::getText).toList(), e);
        }
        passClinicDetails();
        robot.clickOn("#nav-patients");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The clinic's details form a fresh server asks for; answered with Later, it goes. */
    private void passClinicDetails() {
        try {
            // whether to ask is read off the screen's thread: the form comes once the server answers
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#clinicDetailsLater").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException notAsked) {
            // the server holds the clinic's details already
        }
        if (robot.lookup("#clinicDetailsLater").tryQuery().isPresent()) {
            robot.clickOn("#clinicDetailsLater");
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void assertNoBackupsOffered() {
        assertTrue(text("#serverBackupsNote").contains("backups are the server's job"), text("#serverBackupsNote"));
        for (String offer : new String[] {"#backUpNow", "#restoreSelectedBackup", "#backupList", "#confirmRestore"}) {
            assertFalse(robot.lookup(offer).tryQuery().isPresent(), offer + " is not offered on a server");
        }
    }

    @Test
    void theFirstStartOpensTheClinicServerTypedIntoItsForm() throws Exception {
        StoreLocation.ClinicServer server = ServerForAppTests.database(dir);
        startWithoutDb();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#storeQuestionPane").tryQuery().isPresent());
        robot.clickOn("#chooseClinicServer");
        fillIn("first", server);
        // a wrong password first: refused by the server, said at the password, nothing typed lost, nowhere repeated
        String wrong = "wrong-" + server.password() + "-x";
        set("#firstPassword", wrong);
        robot.clickOn("#firstUseServer");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#firstServerFailure").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#firstServerFailure").contains("refused the login of user " + server.user()),
                text("#firstServerFailure"));
        assertTrue(text("#firstPasswordError").startsWith("Password: the server refused user " + server.user()),
                text("#firstPasswordError"));
        assertEquals(wrong, robot.lookup("#firstPassword").queryAs(TextField.class).getText());
        for (Label shown : robot.lookup(".label").queryAllAs(Label.class)) {
            assertFalse(shown.getText() != null && shown.getText().contains(wrong), shown.getText());
        }
        assertFalse(Files.exists(choiceFile()), "a refused server is not kept");
        set("#firstPassword", server.password());
        robot.clickOn("#firstUseServer");
        waitForServer(server);
        assertFalse(robot.lookup("#storeQuestionPane").tryQuery().isPresent());
        assertFalse(Files.exists(defaultFile()), "no file on this computer");

        String kept = Files.readString(choiceFile());
        assertTrue(kept.contains("kind=clinic-server"), kept);
        assertFalse(kept.contains(server.password()), "the password was not asked to be remembered");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(choiceFile())));
        }
        passClinicDetails();
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#databaseHeading");
        URI uri = URI.create(server.url());
        assertTrue(text("#storeInUse").startsWith("In use: Clinic server: " + uri.getHost() + ":" + uri.getPort()
                + uri.getPath() + " as " + server.user()), text("#storeInUse"));
        Snapshots.saveIfAsked(stage, "settings-database-server");
        assertNoBackupsOffered();
    }

    @Test
    void settingsSwitchThisComputerToTheServerAfterATestAndBack() throws Exception {
        StoreLocation.ClinicServer server = ServerForAppTests.database(dir);
        TestDatabase.presetClinicDetails(defaultFile());
        startWithoutDb();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#databaseHeading");
        robot.clickOn("#storeClinicServer");
        fillIn("server", server);
        robot.clickOn("#testConnection");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#serverOutcome").startsWith("Connected to"));
        assertEquals("", text("#serverFailure"));
        assertTrue(status().contains(defaultFile().toString()), "a test switches nothing: " + status());
        scrollTo("#useStore");
        robot.clickOn("#useStore");
        waitForServer(server);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertNoBackupsOffered();

        scrollTo("#databaseHeading");
        robot.clickOn("#storeThisComputer");
        robot.clickOn("#useStore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().startsWith("Patient database: ")
                && status().contains(defaultFile().toString()));
        String kept = Files.readString(choiceFile());
        assertTrue(kept.contains("kind=this-computer"), kept);
        assertTrue(kept.contains("host=" + URI.create(server.url()).getHost()), "kept for a switch back: " + kept);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backUpNow").tryQuery().isPresent());
    }
}
