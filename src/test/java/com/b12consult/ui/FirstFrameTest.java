package com.b12consult.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FirstFrameTest {
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void hide() {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::hide);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void waitingWorkRunsOnceAfterTheWindowIsShownNotBefore() throws Exception {
        List<Boolean> showingWhenRun = new ArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);
        Scene scene = onFx(() -> {
            stage = new Stage();
            Scene s = new Scene(new Label("window"), 200, 100);
            stage.setScene(s);
            FirstFrame.then(s, () -> {
                showingWhenRun.add(stage.isShowing());
                ran.countDown();
            });
            return s;
        });
        waitForPulses(3);
        assertEquals(List.of(), showingWhenRun, "nothing runs while the window is not shown, pulses or not");

        WaitForAsyncUtils.asyncFx(stage::show);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "the work ran after the first frame");
        CountDownLatch laidOutAgain = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(laidOutAgain::countDown);
            scene.getRoot().requestLayout();
        });
        assertTrue(laidOutAgain.await(10, TimeUnit.SECONDS), "the scene was laid out again");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), showingWhenRun, "once, with the window showing");
    }

    /**
     * Until the toolkit has run {@code count} pulses (an animation timer runs at each) and the work they posted:
     * what a pulse would have done is done by then.
     */
    private static void waitForPulses(int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        WaitForAsyncUtils.asyncFx(timer::start);
        try {
            assertTrue(pulses.await(10, TimeUnit.SECONDS), "the toolkit ran " + count + " pulses");
        } finally {
            WaitForAsyncUtils.asyncFx(timer::stop);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theProbePrintsTheMillisecondsSinceTheProcessStartedAtTheFirstFrame() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> {
            stage = new Stage();
            Scene s = new Scene(new Label("window"), 200, 100);
            stage.setScene(s);
            StartupProbe.reportFirstFrame(s, new PrintStream(bytes, true, StandardCharsets.UTF_8), done::countDown);
            stage.show();
            return s;
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith(StartupProbe.PREFIX), line);
        long millis = Long.parseLong(line.substring(StartupProbe.PREFIX.length()));
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElseThrow();
        assertTrue(millis > 0 && millis <= sinceStart, "measured from this process's start: " + millis + " of " + sinceStart);
        assertEquals(1, line.lines().count(), "printed once");
    }

    /** measure-startup.sh reads these two lines by their prefixes: the first frame's, then the ready one's. */
    @Test
    void theReadyProbePrintsItsFigureAfterTheFirstFramesOnceWhatItWaitsForHolds() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();
        CountDownLatch firstFrame = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Label label = onFx(() -> {
            stage = new Stage();
            Label l = new Label("window");
            Scene s = new Scene(l, 200, 100);
            stage.setScene(s);
            StartupProbe.reportFirstFrame(s, out, () -> {
                StartupProbe.reportReady(s, ready::get, out, done::countDown);
                firstFrame.countDown();
            });
            stage.show();
            return l;
        });
        assertTrue(firstFrame.await(10, TimeUnit.SECONDS));
        waitForPulses(3);
        WaitForAsyncUtils.asyncFx(() -> label.setText("laid out again, not ready yet")).get(10, TimeUnit.SECONDS);
        waitForPulses(3);
        assertEquals(1, bytes.toString(StandardCharsets.UTF_8).lines().count(), "no ready line while not ready");

        WaitForAsyncUtils.asyncFx(() -> {
            ready.set(true);
            label.setText("ready");
        });
        assertTrue(done.await(10, TimeUnit.SECONDS), "reported at the next laid-out pulse");
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("first-frame-ms: ") && lines.get(1).startsWith("ready-ms: "), lines.toString());
        long first = Long.parseLong(lines.get(0).substring(StartupProbe.PREFIX.length()));
        long readyMs = Long.parseLong(lines.get(1).substring(StartupProbe.READY_PREFIX.length()));
        assertTrue(first > 0 && readyMs >= first, first + " then " + readyMs);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
