package com.b12consult.ui;

import java.util.function.Consumer;
import javafx.scene.layout.Region;

/**
 * Lays a screen out one way when it is wide and another when it is narrow (issue 13: a clinic's 1280 wide window
 * beside the sidebar leaves a step under 600 pixels, a 1920 one over 1200). The switch is on the width alone, not
 * on what the content asks for, so ticking a box or typing a value never moves the layout under the pointer.
 */
public final class WidthSwitch {
    private WidthSwitch() {
    }

    /** Calls {@code arrange} with whether {@code watched} is at least {@code wide} pixels, now and on each change. */
    public static void at(Region watched, double wide, Consumer<Boolean> arrange) {
        boolean[] current = {false};
        arrange.accept(false);
        watched.widthProperty().addListener((obs, was, now) -> {
            boolean isWide = now.doubleValue() >= wide;
            if (isWide != current[0]) {
                current[0] = isWide;
                arrange.accept(isWide);
            }
        });
    }
}
