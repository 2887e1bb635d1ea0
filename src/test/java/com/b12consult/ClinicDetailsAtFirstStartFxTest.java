package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Sex;
import com.b12consult.store.SettingKey;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A database with no clinic name set: after sign-in the app asks for the clinic's name and phone over the
 * window, and the handout then prints them; Later goes on without them, and the next start asks again.
 * With {@code -Db12consult.snapshots=DIR} it writes DIR/first-start-clinic.png.
 */
class ClinicDetailsAtFirstStartFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    private Path freshDatabaseWithAPatient() throws Exception {
        Path database = dir.resolve("clinic.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1958-12-10", Sex.FEMALE);
        }
        return database;
    }

    private void start(Path database) throws TimeoutException {
        app.startAsItIs(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean formShown() {
        return robot.lookup("#clinicDetailsPane").tryQuery().isPresent();
    }

    /** The form is the top layer of the window, so nothing behind it can be clicked until it is left. */
    private boolean formOnTop() {
        Parent window = stage.getScene().getRoot();
        Node top = window.getChildrenUnmodifiable().get(window.getChildrenUnmodifiable().size() - 1);
        return "clinicDetailsPane".equals(top.getId());
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextField) node).getText();
    }

    /** A held check for Ada, then its handout, as a nurse reaches it. */
    private void openAHandout() throws TimeoutException {
        robot.clickOn("#nav-pre-injection-check");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dueList").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Ada Lovelace  P-0001");
        WaitForAsyncUtils.waitForFxEvents();
        clickInCheck("#savePrescription");
        clickInCheck("#outcomeReason");
        robot.write("Patient felt faint in the waiting room");
        clickInCheck("#recordHeld");
        clickInCheck("#checkHandout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#handoutPage1").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickInCheck(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#checkScroll").queryAs(ScrollPane.class), node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether to ask is read off the screen's thread: the form comes over the window once the store answers. */
    private void waitForTheForm() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::formShown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFreshDatabaseAsksForTheClinicAndTheHandoutThenPrintsItsNameAndPhone() throws Exception {
        Path database = freshDatabaseWithAPatient();
        start(database);
        waitForTheForm();
        assertTrue(formShown(), "asked before the window is used");
        assertTrue(formOnTop());

        robot.clickOn("#firstClinicName").write("Riverside Health Centre");
        robot.clickOn("#firstClinicPhone").write("01632 CALL US");
        robot.clickOn("#saveClinicDetails");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formShown(), "a wrong phone keeps the form open");
        assertTrue(text("#firstClinicPhoneError").startsWith("Phone takes only digits, spaces and the signs + ( ) - . /"),
                text("#firstClinicPhoneError"));
        assertEquals("01632 CALL US", text("#firstClinicPhone"), "what was typed stays");
        assertEquals("Riverside Health Centre", text("#firstClinicName"), "what was typed stays");
        Snapshots.saveIfAsked(stage, "first-start-clinic");

        robot.interact(() -> robot.lookup("#firstClinicPhone").queryAs(TextField.class).clear());
        robot.clickOn("#firstClinicPhone").write("01632 960 123");
        assertEquals("", text("#firstClinicPhoneError"), "typing again clears the message");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        // saved off the screen's thread: the form goes once the store has it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !formShown());
        assertFalse(formShown(), "saved: the window is free");

        openAHandout();
        assertEquals("Your clinic: Riverside Health Centre, phone 01632 960 123", text("#handoutContact"));

        robot.clickOn("#nav-settings");
        // read again off the screen's thread once the form saved
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Riverside Health Centre".equals(text("#clinicName")));
        assertEquals("Riverside Health Centre", text("#clinicName"), "Settings shows what the form saved");
        assertEquals("01632 960 123", text("#clinicPhone"));
    }

    @Test
    void laterGoesOnWithoutTheDetailsAndTheNextStartAsksAgain() throws Exception {
        Path database = freshDatabaseWithAPatient();
        start(database);
        waitForTheForm();
        assertTrue(formShown());
        robot.clickOn("#clinicDetailsLater");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(formShown());

        openAHandout();
        assertTrue(text("#handoutContact").startsWith("Your clinic: the clinic that gave you this handout."),
                text("#handoutContact"));
        assertTrue(text("#handoutContact").contains("Set the clinic's name and phone in Settings"));

        app.stop();
        try (TestDatabase db = new TestDatabase(database)) {
            assertEquals("", db.settings.get(SettingKey.CLINIC_NAME), "Later stored nothing");
        }
        start(database);
        waitForTheForm();
        assertTrue(formShown(), "asked again at the next start");
    }
}
