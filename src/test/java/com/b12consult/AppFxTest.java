package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, driven headless: controls are found by id, as a user would find them by label. */
class AppFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    private void startOnFileAsItIs(Path file) throws TimeoutException {
        app.startAsItIs(file);
    }

    private void startAndWaitForPatients(Path database) throws TimeoutException {
        app.startOnPatients(database);
    }

    private void close() throws TimeoutException {
        app.stop();
    }

    private String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextField) node).getText();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The settings are longer than the window: bring a field into view before clicking it, as a user scrolls. */
    private void scrollTo(String query) {
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#settingsScroll").queryAs(ScrollPane.class),
                robot.lookup(query).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<Patient> listed() {
        return List.copyOf(((TableView<Patient>) robot.lookup("#patientTable").query()).getItems());
    }

    @Test
    void theWindowHasTheTitleTheIconAndEveryPlaceToGo() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("b12consult.db"));
        assertEquals("B12 Consult", stage.getTitle());
        assertFalse(stage.getIcons().isEmpty());
        for (String id : List.of("patients", "consultation", "pre-injection-check", "rulebook", "settings")) {
            assertTrue(robot.lookup("#nav-" + id).tryQuery().isPresent(), id);
        }

        robot.clickOn("#nav-consultation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#noConsultation"), "no consultation open until one is started for a patient");
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#clinicName"));
        assertTrue(text("#source-platelets_lower").contains("CTCAE"));
    }

    @Test
    void aPatientCreatedIsFoundBySearchAfterTheAppIsStartedAgain() throws TimeoutException {
        Path database = dir.resolve("clinic.db");
        startAndWaitForPatients(database);
        assertEquals(List.of(), listed());

        robot.clickOn("#patientName").write("Ada Lovelace");
        robot.clickOn("#patientIdentifier").write("P-0001");
        robot.clickOn("#patientBirthDate").write("1815-12-10");
        robot.clickOn("#allergies-listed");
        robot.clickOn("#patientAllergies").write("latex");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved Ada Lovelace.", text("#patientFormOutcome"));
        assertEquals(1, listed().size());

        close();
        startAndWaitForPatients(database);

        robot.clickOn("#patientSearch").write("lovel");
        WaitForAsyncUtils.waitForFxEvents();
        List<Patient> found = listed();
        assertEquals(1, found.size());
        assertEquals("Ada Lovelace", found.get(0).name());
        assertEquals("P-0001", found.get(0).identifier());
        assertEquals(KnownAllergies.listed("latex"), found.get(0).knownAllergies());

        robot.clickOn("#patientSearch").eraseText(5).write("nobody");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), listed());
    }

    @Test
    void aMissingNameIsShownAtTheNameField() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("b12consult.db"));
        assertFalse(shown("#patientNameError"));

        robot.clickOn("#patientIdentifier").write("P-0001");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown("#patientNameError"));
        assertTrue(text("#patientNameError").startsWith("Name is required"), text("#patientNameError"));
        assertEquals("P-0001", text("#patientIdentifier"));
        assertEquals(List.of(), listed());
    }

    @Test
    void aDuplicateIdentifierIsShownAtTheIdentifierField() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        }
        startAndWaitForPatients(database);

        robot.clickOn("#newPatient");
        robot.clickOn("#patientName").write("Ada Twin");
        robot.clickOn("#patientIdentifier").write("p-0001");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown("#patientIdentifierError"));
        assertTrue(text("#patientIdentifierError").contains("already used by Ada Lovelace"),
                text("#patientIdentifierError"));
        assertEquals("Ada Twin", text("#patientName"));
        assertEquals("p-0001", text("#patientIdentifier"));
        assertEquals(1, listed().size());
    }

    @Test
    void aFileThatIsNotADatabaseIsExplainedAndLeftAlone() throws Exception {
        Path file = dir.resolve("letter.db");
        byte[] content = "Dear colleague,\nthis is a letter.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        startOnFileAsItIs(file);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#databaseError").tryQuery().isPresent());

        assertTrue(text("#databaseError").contains(file.toString()), text("#databaseError"));
        assertArrayEquals(content, Files.readAllBytes(file));

        robot.clickOn("#closeApp");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void labLimitsThatAreWrongAreShownAtTheirField() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("b12consult.db"));
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#limitError-platelets_lower"));
        assertFalse(shown("#limitError-platelets_very_low"));

        scrollTo("#limit-platelets_lower");
        robot.doubleClickOn("#limit-platelets_lower").write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#limitError-platelets_lower"));
        assertTrue(text("#limitError-platelets_lower").contains("positive number"), text("#limitError-platelets_lower"));

        robot.doubleClickOn("#limit-platelets_lower").write("150");
        scrollTo("#limit-platelets_very_low");
        robot.doubleClickOn("#limit-platelets_very_low").write("200");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#limitError-platelets_lower"));
        assertTrue(text("#limitError-platelets_very_low").startsWith("Platelet limits must be ordered"),
                text("#limitError-platelets_very_low"));
    }

    @Test
    void aRefusedSaveBringsTheWrongLimitIntoView() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("b12consult.db"));
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo("#limit-folate_lower");
        robot.doubleClickOn("#limit-folate_lower").write("none");
        robot.interact(() -> robot.lookup("#settingsScroll").queryAs(ScrollPane.class).setVvalue(0));

        robot.clickOn("#saveSettings");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#limit-folate_lower").query().isFocused());
        assertTrue(robot.lookup("#settingsScroll").queryAs(ScrollPane.class).getVvalue() > 0.5);
        assertTrue(text("#settingsFailure").startsWith("Nothing was saved"), text("#settingsFailure"));
    }

    @Test
    void theRulebookScreenShowsEveryRuleAndFiltersAsTheUserTypes() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("rules.db"));
        robot.clickOn("#nav-rulebook");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rulebookSearch").tryQuery().isPresent());
        assertTrue(text("#rulebookSummary").matches("\\d+ rules in rulebook .+"), text("#rulebookSummary"));
        assertTrue(robot.lookup("#rule-clot-leg-red-flags").tryQuery().isPresent());
        assertTrue(text("#rule-clot-leg-red-flags-basis").startsWith("House convention: The red-flag window"),
                text("#rule-clot-leg-red-flags-basis"));
        assertTrue(shown("#rule-clot-leg-red-flags-convention"), "a rule with a house convention wears its badge");
        assertTrue(text("#rule-clot-no-zero-risk-basis").startsWith("From the source: blood-clots article"),
                text("#rule-clot-no-zero-risk-basis"));
        assertFalse(robot.lookup("#rule-clot-no-zero-risk-convention").tryQuery().isPresent());
        assertEquals("Left out when the decision is Hold or Urgent", text("#rule-exercise-usually-fine-withheld"));
        assertFalse(robot.lookup("#rule-clot-leg-red-flags-withheld").tryQuery().isPresent());
        robot.clickOn("#rulebookSearch").write("worst headache");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#rule-clot-leg-red-flags").tryQuery().isPresent());
        assertTrue(text("#rulebookSummary").endsWith("rules match") || text("#rulebookSummary").equals("No rule matches"),
                text("#rulebookSummary"));
    }

    @Test
    void theRulebookCutsNoWordAt1280x720Or1920x1080() throws TimeoutException {
        startAndWaitForPatients(dir.resolve("rules-cut.db"));
        robot.clickOn("#nav-rulebook");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#rule-exercise-usually-fine-withheld").tryQuery()
                .isPresent());
        double width = stage.getWidth();
        double height = stage.getHeight();
        try {
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(size[0], stage.getScene().getWidth(), 1.0, "the window took the size asked for");
                List<String> cut = robot.lookup(".rulebook-screen .label").queryAllAs(Label.class).stream()
                        .filter(l -> l.getText() != null && !l.getText().isEmpty())
                        .filter(l -> !(l.lookup(".text") instanceof javafx.scene.text.Text drawn)
                                || !l.getText().equals(drawn.getText()))
                        .map(l -> l.getId() + ": " + l.getText())
                        .toList();
                assertEquals(List.of(), cut, "labels drawn shorter than their text at " + size[0] + "x" + size[1]);
            }
        } finally {
            // The stage is shared by every test in this JVM; the others expect the app's own size.
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    @Test
    void aRulebookThatFailsItsChecksStopsTheAppNamingTheRuleAndLeavesNoDatabase() throws TimeoutException {
        Path database = dir.resolve("never.db");
        app.launch(() -> new App(new GuiOptions(Optional.of(database)), () -> {
            throw new com.b12consult.rules.RulebookException(List.of("rule clot.leg-red-flags: unknown fact \"legz\""));
        }));
        SignIn.as(robot, "AB");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#databaseError").tryQuery().isPresent());
        assertEquals("The rulebook cannot be used", text("#databaseErrorTitle"));
        assertTrue(text("#databaseError").contains("rule clot.leg-red-flags: unknown fact \"legz\""), text("#databaseError"));
        assertFalse(Files.exists(database), "the database is not touched when the rulebook is refused");
        robot.clickOn("#nav-rulebook");
        assertTrue(shown("#databaseError"), "no screen works without a checked rulebook");
    }
}
