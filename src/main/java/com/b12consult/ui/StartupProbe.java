package com.b12consult.ui;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long a clinician waits: from the start of the process (so the JVM's own start-up counts) to the
 * first pulse that lays out the shown scene, the pulse whose frame is drawn next ({@link #PREFIX}); and, when the
 * probe signs in, to the first laid-out pulse at which the app is ready to work in ({@link #READY_PREFIX}). The
 * installer's measure-startup.sh reads both lines and compares them with a bare JavaFX window's first frame.
 */
public final class StartupProbe {
    /** The line starts with this, so scripts can find the figure among the JVM's own output. */
    public static final String PREFIX = "first-frame-ms: ";
    /** The second figure's line: the app ready (its Patients list shown), printed after the first. */
    public static final String READY_PREFIX = "ready-ms: ";

    private StartupProbe() {
    }

    /** Prints the figure once, at the first laid-out pulse of the shown window, and then ends the toolkit. */
    public static void reportFirstFrame(Scene scene, PrintStream out) {
        reportFirstFrame(scene, out, Platform::exit);
    }

    /** As above, with {@code done} run after printing (the ready probe's next step; tests keep their toolkit). */
    public static void reportFirstFrame(Scene scene, PrintStream out, Runnable done) {
        FirstFrame.atFirstPulse(scene, () -> {
            print(out, PREFIX);
            done.run();
        });
    }

    /**
     * Prints the ready figure at the first laid-out pulse of the shown scene at which {@code ready} holds (it is asked
     * on the JavaFX thread after each layout), then runs {@code done}.
     */
    public static void reportReady(Scene scene, BooleanSupplier ready, PrintStream out, Runnable done) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing() || !ready.getAsBoolean()) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            print(out, READY_PREFIX);
            done.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void print(PrintStream out, String prefix) {
        Optional<Instant> processStart = ProcessHandle.current().info().startInstant();
        out.println(prefix + processStart.map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L));
        out.flush();
    }
}
