package com.b12consult.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The screens not shown yet are built when first shown, so the first one the user sees does not wait for them. */
class MainViewLazyScreensTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Node> shown(MainView main) {
        return ((StackPane) ((BorderPane) main.root()).getCenter()).getChildren();
    }

    @Test
    void aScreenInstalledToBeBuiltIsBuiltAtItsFirstShowOnly() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ManualTaskRunner tasks = new ManualTaskRunner();
            MainViewModel model = new MainViewModel(dir.resolve("b12consult.db"), tasks);
            MainView main = new MainView(model, () -> { });
            model.openDatabase(() -> "opened", x -> { });
            tasks.runAll();
            Label patients = new Label("patients");
            Label settings = new Label("settings");
            AtomicInteger built = new AtomicInteger();
            main.install(Screen.PATIENTS, patients);
            main.install(Screen.SETTINGS, () -> {
                built.incrementAndGet();
                return settings;
            });
            assertEquals(List.of(patients), shown(main));
            assertEquals(0, built.get(), "not built while another screen is shown");

            model.show(Screen.SETTINGS);
            assertEquals(List.of(settings), shown(main));
            model.show(Screen.PATIENTS);
            model.show(Screen.SETTINGS);
            assertEquals(List.of(settings), shown(main));
            assertEquals(1, built.get(), "built once, at its first show");

            Label again = new Label("settings on the restored file");
            main.install(Screen.SETTINGS, () -> again);
            assertEquals(List.of(again), shown(main), "installed again (after a restore): the new one replaces it");
            return null;
        }).get(10, TimeUnit.SECONDS);
    }
}
