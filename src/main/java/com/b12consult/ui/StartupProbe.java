package com.b12consult.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long a clinician waits for the window: from the start of the process (so the JVM's own
 * start-up counts) to the first pulse that lays out the shown scene, the pulse whose frame is drawn
 * next. The installer's measure-startup.sh compares this figure with a bare JavaFX window's.
 */
public final class StartupProbe {
    /** The line starts with this, so scripts can find the figure among the JVM's own output. */
    public static final String PREFIX = "first-frame-ms: ";

    private StartupProbe() {
    }

    /** Prints the figure once, at the first laid-out pulse of the shown window, and then ends the toolkit. */
    public static void reportFirstFrame(Scene scene, PrintStream out) {
        reportFirstFrame(scene, out, Platform::exit);
    }

    /** As above, with {@code done} run after printing (tests keep their toolkit). */
    static void reportFirstFrame(Scene scene, PrintStream out, Runnable done) {
        Optional<Instant> processStart = ProcessHandle.current().info().startInstant();
        FirstFrame.atFirstPulse(scene, () -> {
            out.println(PREFIX + processStart.map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L));
            out.flush();
            done.run();
        });
    }
}
