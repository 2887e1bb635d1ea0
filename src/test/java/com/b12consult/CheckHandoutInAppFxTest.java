package com.b12consult;

import com.b12consult.testing.Snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.ui.Fields;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Patients list says who is due, and the check leads to the patient's handout, as the real window wires
 * them. The app runs on the computer's clock, so the doses on record are placed relative to today. With
 * {@code -Db12consult.snapshots=DIR} it writes DIR/patients-next-dose.png and DIR/check-handout.png.
 */
class CheckHandoutInAppFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    @Test
    void thePatientListShowsWhoIsDueAndAHeldCheckOpensTheHandout() throws Exception {
        Path database = dir.resolve("clinic.db");
        LocalDate today = LocalDate.now();
        Patient ada;
        try (TestDatabase db = new TestDatabase(database)) {
            AuditLog audit = new AuditLog(db.database, Clock.systemDefaultZone());
            PrescriptionRepository prescriptions = new PrescriptionRepository(db.database, audit);
            InjectionRepository injections = new InjectionRepository(db.database, audit);
            ada = db.addPatient("Ada Lovelace", "P-0001", "1958-12-10", Sex.FEMALE);
            Patient grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            Patient mary = db.addPatient("Mary Seacole", "P-0213", null, Sex.FEMALE);
            db.addPatient("Alan Turing", "P-0311", "1912-06-23", Sex.MALE);
            maintenance(prescriptions, injections, grace, today.minusDays(93));
            maintenance(prescriptions, injections, mary, today.minusDays(10));
        }
        app.start(database);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Map.of("Ada Lovelace", "No prescription", "Alan Turing", "No prescription",
                    "Grace Hopper", "Overdue by 3 days", "Mary Seacole", today.plusDays(80).toString()), nextDoses());
            assertTrue(rowClasses("Grace Hopper").contains("next-dose-overdue"));
            assertFalse(rowClasses("Mary Seacole").contains("next-dose-overdue"));
            assertFalse(rowClasses("Mary Seacole").contains("next-dose-today"));

            robot.clickOn("#nav-pre-injection-check");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#dueList").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("Ada Lovelace  P-0001");
            WaitForAsyncUtils.waitForFxEvents();
            click("#savePrescription");
            assertEquals("NOT CHECKED YET", text("#bannerHeadline"), "nothing asked or drawn up yet");
            assertTrue(button("#checkHandout").isDisabled(), "no outcome recorded yet");
            type("#outcomeReason", "Patient felt faint in the waiting room");
            click("#recordHeld");
            // recorded in the background, behind whatever else the screens read there (the handout's list of given)
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#outcomeMessage").startsWith("Recording"));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(text("#outcomeMessage").startsWith("Held recorded"), text("#outcomeMessage"));
            assertFalse(button("#checkHandout").isDisabled(), "the check is saved with its outcome");
            snapshot("check-handout-button");

            click("#checkHandout");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#handoutPage1").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("For Ada Lovelace (P-0001)", text("#handoutPatient"));
            assertTrue(robot.lookup("#handoutPage1").query().isVisible());
            assertFalse(button("#printHandout").isDisabled());
            snapshot("check-handout");

            robot.clickOn("#nav-patients");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Due today", nextDoses().get("Ada Lovelace"),
                    "the prescription added on the check shows, and the held dose stays due");
            assertTrue(rowClasses("Ada Lovelace").contains("next-dose-today"));
            snapshot("patients-next-dose");
        } finally {
            app.stop();
        }
        try (TestDatabase db = new TestDatabase(database)) {
            AssessmentRepository assessments = new AssessmentRepository(db.database,
                    new AuditLog(db.database, Clock.systemDefaultZone()));
            assertEquals(1, assessments.listForPatient(ada.id()).size(), "showing the handout saved no second one");
        }
    }

    private static void maintenance(PrescriptionRepository prescriptions, InjectionRepository injections, Patient p,
                                    LocalDate lastDose) {
        prescriptions.add(Prescription.unsaved(p.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), lastDose), TestDatabase.NURSE);
        injections.record(p.id(), new Injection(lastDose.atTime(9, 0), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.LEFT_DELTOID, List.of()), TestDatabase.NURSE);
    }

    /** What the Next dose column shows, by the name on the same row. */
    private Map<String, String> nextDoses() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (TableRow<?> row : robot.lookup("#patientTable .table-row-cell").queryAllAs(TableRow.class)) {
            if (row.getItem() instanceof Patient p) {
                shown.put(p.name(), robot.from(row).lookup(".next-dose-cell").queryAs(TableCell.class).getText());
            }
        }
        return shown;
    }

    private List<String> rowClasses(String name) {
        return robot.lookup("#patientTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Patient p && p.name().equals(name))
                .findFirst().orElseThrow().getStyleClass();
    }

    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#checkScroll").queryAs(ScrollPane.class), node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        click(query);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) throws Exception {
        Snapshots.saveIfAsked(stage, name);
    }

    private Button button(String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
