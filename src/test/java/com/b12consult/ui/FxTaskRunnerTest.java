package com.b12consult.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work handed to the background (a draft being written) is finished before the database may close. */
class FxTaskRunnerTest {
    @Test
    void closingWaitsForTheWorkAlreadyHandedOver() {
        FxTaskRunner tasks = new FxTaskRunner();
        AtomicBoolean written = new AtomicBoolean();
        tasks.run(() -> {
            Thread.sleep(300);
            written.set(true);
            return null;
        }, done -> { }, failed -> { });
        tasks.close();
        assertTrue(written.get(), "the write finished before close returned");
    }

    @Test
    void awaitIdleSaysWhenTheWorkIsNotDoneInTime() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> {
            release.await();
            return null;
        }, done -> { }, failed -> { });
        assertFalse(tasks.awaitIdle(Duration.ofMillis(100)), "still busy");
        release.countDown();
        assertTrue(tasks.awaitIdle(Duration.ofSeconds(5)));
        tasks.close();
    }
}
