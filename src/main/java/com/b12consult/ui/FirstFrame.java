package com.b12consult.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that can wait until the window has its first frame: it then no longer holds that frame back. */
public final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs {@code action} on the JavaFX thread once, right after the first pulse that lays out the shown
     * scene (the frame is then being drawn on the render thread), or {@code atFirstPulse} during it.
     */
    public static void then(Scene scene, Runnable action) {
        atFirstPulse(scene, () -> Platform.runLater(action));
    }

    static void atFirstPulse(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
