package com.b12consult.ui.database;

import com.b12consult.store.Database;
import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.PreviewWindow;
import com.b12consult.ui.TestDatabase;
import com.b12consult.ui.settings.SettingsView;
import com.b12consult.ui.settings.SettingsViewModel;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Where the records are kept, for screenshots under Xvfb. Arguments: what to show, then the window's size
 * ({@code 1280x720} by default). What: {@code question} (the first start's two choices), {@code question-port}
 * (the server's form with a port typed wrong), {@code question-failed} (a server that does not answer),
 * {@code settings} (Settings → Database on this computer, switching to a server whose port is typed wrong),
 * {@code settings-failed} (a server that does not answer) and {@code settings-server} (on a server: the backups
 * note).
 */
public final class StoreChoicePreview {
    private StoreChoicePreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        private final FxTaskRunner tasks = new FxTaskRunner();

        private ServerFormViewModel form() {
            return new ServerFormViewModel(tasks, Database::checkServer, (choice, typed) ->
                    (StoreLocation.ClinicServer) choice.location(Path.of("unused.db"), typed, Map.of(),
                            Path.of("no-home"), n -> { }));
        }

        private static final StoreSwitch NOWHERE = new StoreSwitch() {
            @Override
            public void useThisComputer(StoreChoice kept) {
            }

            @Override
            public void useServer(StoreChoice choice, StoreLocation.ClinicServer location) {
            }
        };

        private static int freePort() throws Exception {
            try (ServerSocket free = new ServerSocket(0)) {
                return free.getLocalPort();
            }
        }

        private static void typeServer(ServerFormViewModel form, String port) {
            form.hostProperty().set("127.0.0.1");
            form.portProperty().set(port);
            form.databaseProperty().set("b12consult");
            form.userProperty().set("reception");
            form.passwordProperty().set("secret");
        }

        @Override
        public void start(Stage stage) throws Exception {
            List<String> raw = getParameters().getRaw();
            String what = raw.isEmpty() ? "question" : raw.get(0);
            String size = raw.size() < 2 ? "1280x720" : raw.get(1);
            if (what.startsWith("question")) {
                StoreQuestionViewModel model = new StoreQuestionViewModel(form(), NOWHERE, Optional.empty(), "");
                StoreQuestionView view = new StoreQuestionView(model);
                Scene scene = PreviewWindow.show(stage, view.root(), size);
                if (!what.equals("question")) {
                    model.clinicServer();
                    typeServer(model.server(), what.equals("question-port") ? "54x32" : Integer.toString(freePort()));
                    ((Button) scene.lookup("#firstUseServer")).fire();
                }
                return;
            }
            TestDatabase db = TestDatabase.in(Files.createTempDirectory("b12-preview"));
            db.settings.saveClinicContact(TestDatabase.CLINIC_NAME, TestDatabase.CLINIC_PHONE, TestDatabase.NURSE);
            boolean onServer = what.equals("settings-server");
            StoreLocation open = onServer
                    ? new StoreLocation.ClinicServer("postgresql://clinic-server:5432/b12consult", "reception", "",
                    "require") : new StoreLocation.SqliteFile(db.file);
            DatabaseSettingsViewModel model = new DatabaseSettingsViewModel(open, Optional.empty(), List.of(), form(),
                    NOWHERE);
            var backups = onServer ? null : new com.b12consult.ui.settings.BackupsViewModel(db.database, db.settings,
                    new com.b12consult.store.AuditLog(db.database, TestDatabase.CLOCK), TestDatabase.NURSE,
                    TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE, p -> { });
            SettingsView view = new SettingsView(new SettingsViewModel(db.settings, TestDatabase.NURSE,
                    com.b12consult.ui.InlineTaskRunner.INSTANCE), backups,
                    new DatabaseSettingsCard(model).build());
            Scene scene = PreviewWindow.show(stage, (javafx.scene.Parent) view.root(), size);
            if (!onServer) {
                model.kindProperty().set(StoreChoice.Kind.CLINIC_SERVER);
                typeServer(model.server(), what.equals("settings-failed") ? Integer.toString(freePort()) : "54x32");
                ((Button) scene.lookup("#useStore")).fire();
            }
            ScrollPane scroll = (ScrollPane) scene.lookup("#settingsScroll");
            // the scroll pane keeps the focused field in view: brought back to the card when the server's answer came
            Runnable toCard = () -> javafx.application.Platform.runLater(() -> com.b12consult.ui.Fields.scrollIntoView(
                    scroll, scene.lookup(onServer ? "#storeInUse" : "#databaseHeading")));
            model.server().failureProperty().addListener((obs, was, now) -> toCard.run());
            stage.focusedProperty().addListener((obs, was, now) -> toCard.run());
            toCard.run();
        }
    }
}
