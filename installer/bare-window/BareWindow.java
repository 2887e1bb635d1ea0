import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for measure-startup.sh: the least a JavaFX window can be, started the way the app is
 * (a plain main that launches an Application, on the same runtime, with its own class-data-sharing
 * archive), timed like the app's --startup-probe: process start to the first laid-out pulse.
 */
public final class BareWindow extends Application {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<Instant> processStart = ProcessHandle.current().info().startInstant();
        Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1180, 760);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!stage.isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("first-frame-ms: "
                    + processStart.map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(-1L));
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        stage.show();
    }
}
