package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Patient;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.PrescriptionRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Deleting a patient from the Patients screen: the confirmation names them, and only their identifier confirms. */
class PatientDataInAppFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    @SuppressWarnings("unchecked")
    private TableView<Patient> table() {
        return (TableView<Patient>) robot.lookup("#patientTable").query();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aPatientIsDeletedOnlyOnceTheirIdentifierIsTyped() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            long ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE).id();
            db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
            AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
            new PrescriptionRepository(db.database, audit).add(Prescription.unsaved(ada, Product.HYDROXOCOBALAMIN,
                    1000, new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 1)), TestDatabase.NURSE);
            InjectionRepository injections = new InjectionRepository(db.database, audit);
            for (LocalDateTime given : List.of(LocalDateTime.of(2026, 8, 1, 10, 0), LocalDateTime.of(2026, 10, 30, 10, 0))) {
                injections.record(ada, new Injection(given, Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID,
                        List.of()), TestDatabase.NURSE);
            }
        }
        app.start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#deletePatient").queryAs(Button.class).isDisabled(), "nobody selected yet");

        robot.clickOn("Ada Lovelace");
        robot.clickOn("#deletePatient");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#deleteConfirmation"));
        String summary = robot.lookup("#deleteSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("Ada Lovelace (P-0001)") && summary.contains("1 prescription, 2 injections given"),
                summary);
        assertTrue(robot.lookup("#confirmDelete").queryAs(Button.class).isDisabled());
        robot.clickOn("#deleteConfirmIdentifier").write("P-000");
        assertTrue(robot.lookup("#confirmDelete").queryAs(Button.class).isDisabled(), "not yet the identifier");
        robot.write("1");
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveIfAsked(stage, "delete-confirmation");
        robot.clickOn("#confirmDelete");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Grace Hopper"), table().getItems().stream().map(Patient::name).toList());
        assertTrue(robot.lookup("#patientDataOutcome").queryAs(Label.class).getText().startsWith("Deleted Ada Lovelace"));
        assertTrue(!shown("#deleteConfirmation"), "the confirmation is gone");
    }
}
