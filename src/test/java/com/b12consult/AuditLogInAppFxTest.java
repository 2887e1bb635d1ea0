package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import com.b12consult.ui.audit.AuditRow;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The audit log screen in the app: the session's own entries carry the initials signed in with. */
class AuditLogInAppFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    @SuppressWarnings("unchecked")
    private List<AuditRow> rows() {
        return List.copyOf(((TableView<AuditRow>) robot.lookup("#auditTable").query()).getItems());
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The log is read off the screen's thread: waits until the read asked for has been shown. */
    private void waitForTheLog(java.util.function.BooleanSupplier shown) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auditLoading").queryAs(Label.class)
                .getText().isEmpty() && shown.getAsBoolean());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void entriesAreListedNewestFirstWithTheSessionsInitialsAndFilterByPatient() throws Exception {
        Path database = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(database)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
            long grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE).id();
            AuditLog log = new AuditLog(db.database, TestDatabase.CLOCK);
            for (int i = 0; i < 240; i++) {
                log.append(new Actor("mreyes", "MR"), AuditAction.INJECTION_RECORDED, OptionalLong.of(grace),
                        "hydroxocobalamin 1000 ug, left deltoid");
            }
        }
        TestDatabase.presetClinicDetails(database);
        app.launch(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#signInInitials").tryQuery().isPresent());
        robot.clickOn("#signInInitials").write("J1");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#signInError").contains("2 to 4 letters"), text("#signInError"));
        Snapshots.saveIfAsked(stage, "sign-in");
        robot.clickOn("#signInInitials").eraseText(2);
        SignIn.as(robot, "jk");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // an entry of this session: a patient saved by the user signed in as JK
        robot.clickOn("#newPatient");
        robot.clickOn("#patientName").write("Mary Seacole");
        robot.clickOn("#patientIdentifier").write("P-0100");
        robot.clickOn("#savePatient");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#nav-audit-log");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#auditTable").tryQuery().isPresent());
        waitForTheLog(() -> !text("#auditSummary").isEmpty());
        // 2 patients, 240 doses, the clinic's name and phone set as the first start asks, and the patient just saved
        assertEquals("Entries 1–200 of 245, newest first", text("#auditSummary"));
        AuditRow newest = rows().get(0);
        assertEquals("Patient created", newest.action());
        assertTrue(newest.who().startsWith("JK ("), newest.who());
        assertEquals("P-0100", newest.patient());
        Snapshots.saveIfAsked(stage, "audit-log");

        robot.clickOn("#auditPatient").write("P-0001");
        robot.clickOn("#auditApply");
        waitForTheLog(() -> rows().size() == 1);
        assertEquals(1, rows().size());
        assertEquals("P-0001", rows().get(0).patient());

        robot.clickOn("#auditFrom").write("21.11.2026");
        robot.clickOn("#auditApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text("#auditFromError").contains("YYYY-MM-DD"), text("#auditFromError"));
        assertEquals(1, rows().size(), "the list stays as it was");
    }
}
