package com.b12consult;

import com.b12consult.cli.GuiOptions;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, running headless for a test: the toolkit started once for every test in the JVM, the app started
 * on the test's database and signed in to, then stopped after the test whatever happened, with any window it
 * opened. Register it on a field, {@code @RegisterExtension final RunningApp app = new RunningApp();}, and
 * start it in the test once its database is as the test needs it.
 *
 * <p>It sits in the app's package because the tests start the app with a rulebook of their own through the
 * package's constructor, and sign in through {@link SignIn}.
 */
final class RunningApp implements BeforeEachCallback, AfterEachCallback {
    /** The toolkit's one primary stage, shared by every app test in this JVM. */
    private static Stage primaryStage;

    private final FxRobot robot = new FxRobot();
    private App running;

    @Override
    public void beforeEach(ExtensionContext context) {
        stage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        stop();
    }

    /** The window the app shows in; starts the toolkit the first time it is asked for. */
    Stage stage() {
        synchronized (RunningApp.class) {
            if (primaryStage == null) {
                try {
                    primaryStage = FxToolkit.registerPrimaryStage();
                } catch (TimeoutException e) {
                    throw new IllegalStateException("the JavaFX toolkit did not start", e);
                }
            }
            return primaryStage;
        }
    }

    FxRobot robot() {
        return robot;
    }

    /** Starts on {@code database} with the clinic's details set, as after the first start asked for them, and signs in as AB. */
    App start(Path database) throws TimeoutException {
        TestDatabase.presetClinicDetails(database);
        return startAsItIs(database);
    }

    /** {@link #start}, then waits for the Patients screen, where the app opens, to be laid out. */
    App startOnPatients(Path database) throws TimeoutException {
        start(database);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        // The form sits in a scroll pane, whose content joins the scene only at the next layout pass.
        WaitForAsyncUtils.waitForFxEvents();
        return running;
    }

    /** Starts on {@code file} without touching it first (a file that must be left as it is) and signs in as AB. */
    App startAsItIs(Path file) throws TimeoutException {
        launch(file);
        SignIn.as(robot, "AB");
        return running;
    }

    /** Starts on {@code file} as it is and leaves the sign-in to the test. */
    App launch(Path file) throws TimeoutException {
        return launch(() -> new App(new GuiOptions(Optional.of(file))));
    }

    /** Starts the app {@code app} makes (one with a rulebook of the test's, say) and leaves the sign-in to the test. */
    App launch(Supplier<App> app) throws TimeoutException {
        if (running != null) {
            throw new IllegalStateException("the app is running already: stop it first");
        }
        stage();
        running = (App) FxToolkit.setupApplication(app::get);
        return running;
    }

    /**
     * Stops the app as closing the window does (its stop runs: drafts kept, database closed) and closes the windows
     * it opened; the next start finds a bare stage. Nothing happens when it is not running.
     */
    void stop() throws TimeoutException {
        if (running == null) {
            return;
        }
        try {
            FxToolkit.cleanupApplication(running);
        } finally {
            running = null;
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    robot.interact(s::close);
                }
            }
            FxToolkit.hideStage();
        }
    }
}
