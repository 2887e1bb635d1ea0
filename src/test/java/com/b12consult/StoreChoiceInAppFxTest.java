package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first start's question, where the records are kept, in the running app; the default stays one click. */
class StoreChoiceInAppFxTest {
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

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private void waitForPatients() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aNewWorkstationIsAskedOnceAndThisComputerOpensAsBefore() throws Exception {
        startWithoutDb();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown("#storeQuestionPane"));
        assertFalse(Files.exists(defaultFile()), "nothing is made before the answer");
        Snapshots.saveIfAsked(stage, "store-question");
        robot.clickOn("#useThisComputer");
        waitForPatients();
        assertFalse(shown("#storeQuestionPane"));
        assertTrue(Files.exists(defaultFile()), "the default file, as every start made it before");
        assertFalse(Files.exists(choiceFile()), "nothing else is written: the file answers the next start");
        String status = robot.lookup("#databaseStatus").queryAs(Label.class).getAccessibleText();
        assertTrue(status.contains(defaultFile().toString()), status);

        app.stop();
        startWithoutDb();
        waitForPatients();
        assertFalse(robot.lookup("#storeQuestionPane").tryQuery().isPresent(), "asked once only");
    }

    @Test
    void anExistingWorkstationIsNotAsked() throws Exception {
        TestDatabase.presetClinicDetails(defaultFile());
        startWithoutDb();
        waitForPatients();
        assertFalse(robot.lookup("#storeQuestionPane").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("In use: This computer only: " + defaultFile(), text("#storeInUse"));
        assertTrue(robot.lookup("#backUpNow").tryQuery().isPresent(), "this computer's backups are as they were");
        assertFalse(robot.lookup("#serverBackupsNote").tryQuery().isPresent());
    }

    @Test
    void aDamagedChoiceIsSaidPlainlyAndAskedAgain() throws Exception {
        TestDatabase.presetClinicDetails(defaultFile());
        Files.createDirectories(choiceFile().getParent());
        Files.writeString(choiceFile(), "kind=clinic-server\nhost=db\nport=fifty\n");
        startWithoutDb();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown("#storeQuestionPane"));
        assertTrue(text("#storeQuestionNote").contains(choiceFile() + " cannot be used: its port is not a number"),
                text("#storeQuestionNote"));
        robot.clickOn("#useThisComputer");
        waitForPatients();
        assertTrue(Files.readString(choiceFile()).contains("kind=this-computer"), "the damaged choice is replaced");
    }

    @Test
    void aTypingMistakeAndAServerNotReachedAreSaidAtTheFormAndNothingTypedIsLost() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startWithoutDb();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown("#storeQuestionPane"));
        robot.clickOn("#chooseClinicServer");
        robot.clickOn("#firstHost").write("127.0.0.1");
        robot.doubleClickOn("#firstPort").eraseText(4).write("54x32");
        robot.clickOn("#firstDatabase").write("b12consult");
        robot.clickOn("#firstUser").write("reception");
        robot.clickOn("#firstPassword").write("not-shown-anywhere");
        robot.clickOn("#firstUseServer");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#firstPortError").startsWith("Port: a whole number from 1 to 65535"), text("#firstPortError"));
        assertTrue(robot.lookup("#firstPort").queryAs(TextField.class).isFocused(), "the cursor is at the mistake");
        Snapshots.saveIfAsked(stage, "store-question-port-mistake");

        robot.interact(() -> robot.lookup("#firstPort").queryAs(TextField.class).setText(Integer.toString(port)));
        robot.clickOn("#firstUseServer");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#firstServerFailure").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#firstServerFailure").contains("127.0.0.1:" + port + " cannot be reached"),
                text("#firstServerFailure"));
        assertTrue(text("#firstHostError").startsWith("Host and port:"), text("#firstHostError"));
        assertFalse(text("#firstServerFailure").contains("not-shown-anywhere"));
        assertEquals("127.0.0.1", robot.lookup("#firstHost").queryAs(TextField.class).getText());
        assertEquals("reception", robot.lookup("#firstUser").queryAs(TextField.class).getText());
        assertEquals("not-shown-anywhere", robot.lookup("#firstPassword").queryAs(TextField.class).getText());
        assertTrue(shown("#storeQuestionPane"), "the question stays until a store is used");
        assertFalse(Files.exists(choiceFile()), "a server that did not answer is not kept");
        Snapshots.saveIfAsked(stage, "store-question-not-reached");
    }

    @Test
    void aKeptServerThatCannotBeUsedOffersTheChoiceAgainInsteadOfADeadEnd() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        new com.b12consult.store.StoreChoiceFile(choiceFile()).write(new com.b12consult.store.StoreChoice(
                com.b12consult.store.StoreChoice.Kind.CLINIC_SERVER, "127.0.0.1", port, "b12consult", "reception",
                "prefer", Optional.empty(), Optional.of("remembered-pw")));
        startWithoutDb();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown("#chooseAnotherStore"));
        WaitForAsyncUtils.waitForFxEvents();
        String said = text("#databaseError");
        assertTrue(said.contains("127.0.0.1:" + port + " cannot be reached"), said);
        assertTrue(said.contains("With Choose the database, try the server again"), said);
        assertFalse(said.contains("remembered-pw"), said);
        Snapshots.saveIfAsked(stage, "server-not-reached-at-start");

        robot.clickOn("#chooseAnotherStore");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shown("#firstHost"));
        assertEquals(Integer.toString(port), robot.lookup("#firstPort").queryAs(TextField.class).getText(),
                "the kept server fills the form");
        robot.clickOn("#storeQuestionBack");
        robot.clickOn("#useThisComputer");
        waitForPatients();
        String status = robot.lookup("#databaseStatus").queryAs(Label.class).getAccessibleText();
        assertTrue(status.contains(defaultFile().toString()), status);
        String kept = Files.readString(choiceFile());
        assertTrue(kept.contains("kind=this-computer"), kept);
    }
}
