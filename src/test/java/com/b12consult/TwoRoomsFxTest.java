package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StoreChanges;
import com.b12consult.store.StoreLocation;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two rooms on one store, each with its own window: a consultation with a red flag saved in the first shows its
 * alert in the second's pre-injection check of that patient, and a patient added in the first joins the second's
 * Patients list (its search and selection kept), without a restart. On the clinic server (named by
 * {@code B12_TEST_PG_URL}, as the store's tests use it; skipped without one unless {@code B12_TEST_PG_REQUIRED=1})
 * and on one SQLite file. The second window's look for changes is run by the test, not by a clock.
 */
class TwoRoomsFxTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aSaveInOneRoomShowsInTheOtherWithoutARestart(String kind) throws Exception {
        StoreLocation location = kind.equals("sqlite") ? new StoreLocation.SqliteFile(dir.resolve("clinic.db"))
                : ServerDatabase.create();
        try {
            run(location);
        } finally {
            if (location instanceof StoreLocation.ClinicServer server) {
                ServerDatabase.drop(server);
            }
        }
    }

    private void run(StoreLocation location) throws Exception {
        try (Database db = Database.open(location)) {
            AuditLog audit = new AuditLog(db, TestDatabase.CLOCK);
            new SettingsRepository(db, audit).saveClinicContact(TestDatabase.CLINIC_NAME, TestDatabase.CLINIC_PHONE,
                    TestDatabase.NURSE);
            new PatientRepository(db, audit).create(Patient.unsaved("Ada Lovelace", "P-0001",
                    Optional.of(LocalDate.parse("1950-01-20")), Sex.FEMALE, KnownAllergies.NONE_KNOWN), TestDatabase.NURSE);
        }
        GuiOptions options = new GuiOptions(Optional.of(location), false);
        ManualSchedule firstLooks = new ManualSchedule();
        ManualSchedule secondLooks = new ManualSchedule();

        app.launch(() -> new App(options).lookingForChangesOn(firstLooks));
        SignIn.as(robot, "AB");
        Stage first = app.stage();
        waitFor(first, "#patientTable");

        Stage second = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(10, TimeUnit.SECONDS);
        App secondApp = new App(options).lookingForChangesOn(secondLooks);
        try {
            robot.interact(() -> secondApp.start(second));
            SignIn.as(robot, "CD");
            waitFor(second, "#patientTable");
            inSecondBeforeTheChange(second);

            front(first);
            saveConsultationWithLegSwelling(first);
            addPatient(first, "Grace Hopper", "P-0042");

            // the second window's look, as its clock would run it every two seconds
            secondLooks.tick();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(second, "#recordAlerts")
                    .contains("Possible blood clot in a leg"));
            WaitForAsyncUtils.waitForFxEvents();
            front(second);
            assertTrue(text(second, "#recordAlerts").contains("(consultation, "), text(second, "#recordAlerts"));
            assertEquals("URGENT: do not inject", text(second, "#bannerHeadline"),
                    "the consultation's URGENT stands over the check");
            assertTrue(node(second, "#standingCard").isVisible(), "a prescriber's review is asked for");
            assertTrue(lookup(second, "#questionsAsked").queryAs(CheckBox.class).isSelected(),
                    "what the nurse ticked stays ticked");
            assertEquals("1000", lookup(second, "#doseDrawnUp").queryAs(TextField.class).getText(),
                    "what the nurse typed stays typed");
            assertEquals("Ada Lovelace  ·  P-0001", text(second, "#checkPatient"), "the same patient, not another");
            assertTrue(text(second, "#checkFollowedNote").startsWith("Record updated at "),
                    "the banner changed under the nurse's hand: the screen says why");
            assertTrue(lookup(second, "#dueList").queryAs(ListView.class).getSelectionModel().getSelectedItem() != null,
                    "the patient stays selected in the due list");
            Snapshots.saveIfAsked(second, "second-room-check-after-change");

            robot.clickOn(node(second, "#nav-patients"));
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = lookup(second, "#patientTable").queryAs(TableView.class);
            assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(table), "the patient added in the other room");
            assertEquals("o", lookup(second, "#patientSearch").queryAs(TextField.class).getText(), "the search kept");
            assertEquals("Ada Lovelace", ((Patient) table.getSelectionModel().getSelectedItem()).name(),
                    "the selection kept");
            assertEquals("Ada Lovelace", lookup(second, "#patientName").queryAs(TextField.class).getText());
            Snapshots.saveIfAsked(second, "second-room-patients-after-change");
        } finally {
            robot.interact(() -> {
                secondApp.stop();
                second.close();
            });
        }
    }

    /** The check of Ada open (nothing on record), and the Patients list searched and Ada selected. */
    private void inSecondBeforeTheChange(Stage second) throws Exception {
        robot.clickOn(node(second, "#patientSearch")).write("o");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(second, "Ada Lovelace"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(second, "#nav-pre-injection-check"));
        waitFor(second, "#dueList");
        robot.clickOn(node(second, "Ada Lovelace  P-0001"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("None", text(second, "#recordAlerts"));
        assertFalse(node(second, "#standingCard").isVisible());
        // the nurse has begun: a prescription recorded here (this window's own save), the questions asked, a dose typed
        robot.clickOn(node(second, "#savePrescription"));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox asked = lookup(second, "#questionsAsked").queryAs(CheckBox.class);
        robot.interact(() -> reveal(asked));
        robot.clickOn(asked);
        TextField dose = lookup(second, "#doseDrawnUp").queryAs(TextField.class);
        robot.interact(() -> reveal(dose));
        robot.clickOn(dose).write("1000");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked.isSelected());
        assertEquals("1000", dose.getText());
    }

    /** Ada's consultation in the first room: one leg swollen, a red flag, saved. */
    private void saveConsultationWithLegSwelling(Stage first) throws Exception {
        robot.clickOn(node(first, "Ada Lovelace"));
        robot.clickOn(node(first, "#startConsultation"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(first, "#step-1"));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox swelling = lookup(first, "#symptom-leg_swelling_one_sided").queryAs(CheckBox.class);
        robot.interact(() -> reveal(swelling));
        robot.clickOn(swelling);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(swelling.isSelected());
        robot.clickOn(node(first, "#step-5"));
        WaitForAsyncUtils.waitForFxEvents();
        Node actedOn = node(first, "#actedOn-clot-leg-red-flags");
        robot.interact(() -> reveal(actedOn));
        robot.clickOn(actedOn);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(first, "#saveConsultation"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(first, "#savedConsultation").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Consultation for Ada Lovelace saved.")).orElse(false));
    }

    private void addPatient(Stage first, String name, String identifier) throws Exception {
        robot.clickOn(node(first, "#nav-patients"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(first, "#newPatient"));
        robot.clickOn(node(first, "#patientName")).write(name);
        robot.clickOn(node(first, "#patientIdentifier")).write(identifier);
        robot.clickOn(node(first, "#patientBirthDate")).write("1956-12-09");
        robot.clickOn(node(first, "#allergies-none_known"));
        robot.clickOn(node(first, "#savePatient"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> names(lookup(first, "#patientTable")
                .queryAs(TableView.class)).contains(name));
    }

    private static List<String> names(TableView<?> table) {
        List<String> names = new ArrayList<>();
        table.getItems().forEach(p -> names.add(((Patient) p).name()));
        return names;
    }

    private void front(Stage stage) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private NodeQuery lookup(Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    private Node node(Stage stage, String query) {
        return lookup(stage, query).query();
    }

    private String text(Stage stage, String query) {
        return lookup(stage, query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void waitFor(Stage stage, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup(stage, query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls whichever scroll pane holds the node so that it shows, as a user scrolls to a field. */
    private static void reveal(Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double view = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(content <= view ? 0 : Math.min(1, Math.max(0, y / (content - view))));
                return;
            }
        }
    }

    /** The looks for changes, run when the test says. */
    private static final class ManualSchedule implements StoreChanges.Schedule {
        private final List<Runnable> looks = new ArrayList<>();

        @Override
        public AutoCloseable repeat(Runnable look, Duration every) {
            looks.add(look);
            return () -> looks.remove(look);
        }

        void tick() {
            List.copyOf(looks).forEach(Runnable::run);
        }
    }

    /** A database of its own on the test server, as the store's tests make them ({@code TestServer}). */
    static final class ServerDatabase {
        private static int count;

        private static String setting(String name) {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        }

        static StoreLocation.ClinicServer create() throws Exception {
            String url = setting("B12_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                if ("1".equals(setting("B12_TEST_PG_REQUIRED"))) {
                    fail("B12_TEST_PG_REQUIRED is set but B12_TEST_PG_URL names no server");
                }
                assumeTrue(false, "the clinic server half skipped: no server named by B12_TEST_PG_URL");
            }
            String name = "b12fx_" + ProcessHandle.current().pid() + "_" + (++count);
            try (Connection c = DriverManager.getConnection("jdbc:" + url, setting("B12_TEST_PG_USER"),
                    setting("B12_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            URI server = URI.create(url);
            return new StoreLocation.ClinicServer("postgresql://" + server.getHost() + ":" + server.getPort() + "/"
                    + name, setting("B12_TEST_PG_USER"), setting("B12_TEST_PG_PASSWORD"), "disable");
        }

        static void drop(StoreLocation.ClinicServer database) {
            String url = setting("B12_TEST_PG_URL");
            String name = URI.create(database.url()).getPath().substring(1);
            try (Connection c = DriverManager.getConnection("jdbc:" + url, setting("B12_TEST_PG_USER"),
                    setting("B12_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (Exception e) {
                System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
            }
        }
    }
}
