package com.b12consult.ui.settings;

import static com.b12consult.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.SettingKey;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.StoreOnTheFxThread;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.TestDatabase;
import com.b12consult.ui.audit.AuditLogView;
import com.b12consult.ui.audit.AuditLogViewModel;
import com.b12consult.ui.session.ClinicDetailsQuestion;
import java.nio.file.Path;
import java.util.OptionalLong;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 for the administrative screens, in the style of {@code StoreOffTheFxThreadFxTest}: over a store slowed as
 * a far clinic server is, the clinic's details are asked and saved at a first start, the audit log is shown and
 * filtered, a setting is saved, and the backups are listed, saved and taken. Every store call is watched, and none
 * may be made on the JavaFX thread: the screens are built, shown and driven on it, and their reads and saves must
 * all go through the background runner.
 */
class AdminScreensOffTheFxThreadFxTest {
    /** What a store call waits, as on a far server: long enough for a call on the JavaFX thread to show as a freeze. */
    static final long STORE_DELAY_MS = 5;

    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    TestDatabase db;
    AuditLog audit;
    FxTaskRunner tasks;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        long grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE).id();
        audit = new AuditLog(db.database, TestDatabase.CLOCK);
        db.database.inTransaction(c -> {
            for (int i = 0; i < 240; i++) {
                audit.append(new Actor("mreyes", "MR"), AuditAction.INJECTION_RECORDED, OptionalLong.of(grace),
                        "dose " + i);
            }
            return null;
        });
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void close() {
        db.database.watchCalls(null);
        tasks.close();
        db.close();
    }

    private void show(Parent root) {
        robot.interact(() -> {
            Stage stage = shown.stage();
            if (stage.getScene() == null) {
                Scene scene = new Scene(root, 1280, 720);
                scene.getStylesheets().setAll(Stylesheets.all());
                stage.setScene(scene);
            } else {
                stage.getScene().setRoot(root);
            }
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(String query) {
        robot.interact(() -> robot.lookup(query).queryAs(Button.class).fire());
    }

    private void type(String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    @Test
    void theClinicDetailsTheAuditLogASettingAndTheBackupsNeverCallTheStoreOnTheFxThread() throws Exception {
        StoreOnTheFxThread watched = StoreOnTheFxThread.watch(db.database, STORE_DELAY_MS, STORE_DELAY_MS);
        try {
            // the first start: no clinic name yet, so it is asked over the window, and saved
            StackPane window = new StackPane();
            show(window);
            robot.interact(() -> ClinicDetailsQuestion.askOver(window, db.settings, TestDatabase.NURSE, tasks,
                    () -> { }));
            waitUntil("the clinic's details asked for", () -> robot.lookup("#clinicDetailsPane").tryQuery().isPresent());
            type("#firstClinicName", TestDatabase.CLINIC_NAME);
            type("#firstClinicPhone", TestDatabase.CLINIC_PHONE);
            fire("#saveClinicDetails");
            waitUntil("the clinic's details saved", () -> window.getChildren().isEmpty());

            // the audit log: shown, then filtered by patient, then an older page
            AuditLogViewModel[] log = new AuditLogViewModel[1];
            Parent[] root = new Parent[1];
            robot.interact(() -> {
                log[0] = new AuditLogViewModel(audit, db.patients, TestDatabase.CLOCK.getZone(), tasks);
                root[0] = new AuditLogView(log[0]).root();
            });
            show(root[0]);
            waitUntil("the audit log read", () -> !log[0].loadingProperty().get() && !log[0].rows().isEmpty());
            assertEquals("Entries 1–200 of 244, newest first", log[0].summaryProperty().get());
            type("#auditPatient", "P-0001");
            fire("#auditApply");
            waitUntil("the audit log filtered", () -> !log[0].loadingProperty().get() && log[0].rows().size() == 1);
            type("#auditPatient", "");
            fire("#auditApply");
            waitUntil("the audit log unfiltered", () -> !log[0].loadingProperty().get()
                    && log[0].hasOlderProperty().get());
            fire("#auditOlder");
            waitUntil("the older page", () -> !log[0].loadingProperty().get() && log[0].hasNewerProperty().get());
            assertEquals("Entries 201–244 of 244, newest first", log[0].summaryProperty().get());

            // Settings: the clinic's address saved, the backups listed, how many to keep saved, a backup taken
            SettingsViewModel[] settings = new SettingsViewModel[1];
            BackupsViewModel[] backups = new BackupsViewModel[1];
            robot.interact(() -> {
                settings[0] = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
                backups[0] = new BackupsViewModel(db.database, db.settings, audit, TestDatabase.NURSE,
                        TestDatabase.CLOCK, tasks, p -> { });
                root[0] = new SettingsView(settings[0], backups[0]).root();
            });
            show(root[0]);
            waitUntil("the settings read", () -> settings[0].loadedProperty().get() && !settings[0].loadingProperty().get()
                    && backups[0].keepReadProperty().get() && !backups[0].loadingProperty().get());
            assertEquals(TestDatabase.CLINIC_NAME, settings[0].clinicNameProperty().get());
            robot.interact(() -> settings[0].clinicAddressProperty().set("1 River Road"));
            fire("#saveSettings");
            waitUntil("the settings saved", () -> !settings[0].savingProperty().get()
                    && "Settings saved.".equals(settings[0].outcomeProperty().get()));
            type("#backupKeep", "5");
            fire("#saveBackupKeep");
            waitUntil("how many to keep saved", () -> !backups[0].savingKeepProperty().get()
                    && !backups[0].outcomeProperty().get().isEmpty());
            fire("#backUpNow");
            waitUntil("the backup taken", () -> !backups[0].backingUpProperty().get()
                    && backups[0].outcomeProperty().get().startsWith("Backed up to "));
            robot.interact(backups[0]::refresh);
            waitUntil("the backups listed", () -> !backups[0].loadingProperty().get()
                    && backups[0].backups().size() == 1);
        } finally {
            watched.close();
        }
        assertEquals("1 River Road", db.settings.load().clinicAddress());
        assertEquals(TestDatabase.CLINIC_NAME, db.settings.load().clinicName());
        assertEquals(5, db.settings.get(SettingKey.BACKUPS_KEPT));
        watched.assertNoneOnTheFxThread(10);
    }
}
