package com.b12consult.ui.consult;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.testing.Vignettes;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Stylesheets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts one step's view on the test stage with the app's style sheets, and takes its picture at the size the
 * screenshots use. The headless screen is 1280x800, so a shown 1366-wide stage would not fit it: the view is
 * driven at 1280x760 and moved to an unshown 1366x768 scene for the picture.
 */
final class StepScenes {
    static final int WIDTH = 1280;
    static final int HEIGHT = 760;

    private StepScenes() {
    }

    static void show(Stage stage, Parent view) throws Exception {
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view, WIDTH, HEIGHT);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.setWidth(WIDTH);
            s.setHeight(HEIGHT);
            s.show();
        });
    }

    /** Writes {@code name.png} of the stage's content at 1366x768 when snapshots were asked for. */
    static void snapshot(Stage shown, String name) throws Exception {
        if (System.getProperty(Snapshots.PROPERTY, "").isBlank()) {
            return;
        }
        Stage big = WaitForAsyncUtils.asyncFx(() -> {
            Parent root = shown.getScene().getRoot();
            shown.getScene().setRoot(new Pane());
            Scene scene = new Scene(root, 1366, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            Stage stage = new Stage();
            stage.setScene(scene);
            return stage;
        }).get();
        Snapshots.saveIfAsked(big, name);
    }

    /** A vignette's assessment. */
    static Assessment vignette(String file) throws Exception {
        var tree = new ObjectMapper().readTree(Vignettes.file(file).toFile());
        return new AssessmentReader().read(tree.get("assessment"));
    }

    static Clock clockAt(Assessment a) {
        return Clock.fixed(a.assessedAt().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
