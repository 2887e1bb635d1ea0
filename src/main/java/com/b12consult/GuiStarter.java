package com.b12consult;

import javafx.application.Application;

/** Kept apart from {@link Launcher} so that JavaFX classes load only when a window is wanted. */
final class GuiStarter {
    private GuiStarter() {
    }

    static void start(String[] args) {
        Application.launch(App.class, args);
    }
}
