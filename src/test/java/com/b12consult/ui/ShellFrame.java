package com.b12consult.ui;

import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.Screen;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * A screen inside the main window's sidebar and content area, as the app shows it, for the preview harnesses:
 * at 1280 wide the sidebar takes 228 pixels, and a screen shown alone would look roomier than it is.
 */
public final class ShellFrame {
    private ShellFrame() {
    }

    public static Parent around(Screen screen, Node view, Path databaseFile) {
        ManualTaskRunner tasks = new ManualTaskRunner();
        MainViewModel model = new MainViewModel(databaseFile, tasks);
        MainView main = new MainView(model, () -> { });
        model.openDatabase(() -> view, v -> main.install(screen, v));
        tasks.runAll();
        model.show(screen);
        return main.root();
    }
}
