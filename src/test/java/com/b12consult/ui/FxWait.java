package com.b12consult.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in an FX test for background work to land: the condition is read on the JavaFX thread, as screens read it. */
public final class FxWait {
    private FxWait() {
    }

    /** Until {@code done} holds on the JavaFX thread (at most 20 s, then fails naming {@code what}), and the events it caused. */
    public static void waitUntil(String what, BooleanSupplier done) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                boolean[] d = {false};
                WaitForAsyncUtils.asyncFx(() -> d[0] = done.getAsBoolean()).get();
                return d[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited 20 s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
