package com.b12consult.ui.session;

import com.b12consult.ui.PreviewWindow;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The first-start clinic form alone, for screenshots under Xvfb, as the app shows it on a database with no
 * clinic name: the name typed, a phone with letters refused at its field. Arguments: the window's size,
 * {@code 1280x720} by default.
 */
public final class ClinicDetailsPreview {
    private ClinicDetailsPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String size = (getParameters().getRaw().isEmpty() ? "1280x720" : getParameters().getRaw().get(0));
            TestDatabase db = TestDatabase.in(Files.createTempDirectory("b12-preview"));
            ClinicDetailsViewModel model = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE,
                    com.b12consult.ui.InlineTaskRunner.INSTANCE);
            ClinicDetailsView view = new ClinicDetailsView(model);
            model.nameProperty().set("Riverside Health Centre");
            model.phoneProperty().set("01632 CALL US");
            Scene scene = PreviewWindow.show(stage, view.root(), size);
            // refused as the user sees it: through the button, which puts the cursor in the wrong field
            ((javafx.scene.control.Button) scene.lookup("#saveClinicDetails")).fire();
        }
    }
}
