package com.b12consult.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.Database;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Watches every call a test's screens make to the store, slowed as a far clinic server is: the pulse checks of
 * issue 17 drive screens with it and then require that none of those calls was made on the JavaFX thread.
 *
 * <p>A call off the JavaFX thread waits {@code backgroundDelayMs}. The first on the JavaFX thread waits
 * {@code fxThreadDelayMs}, which freezes the window for as long (what a frame-gap check sees); one is enough to
 * show it, so the later ones do not wait and a failing run ends soon. Each is written down with where it came from.
 */
public final class StoreOnTheFxThread implements AutoCloseable {
    private final Database database;
    private final List<String> fxThreadCalls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong calls = new AtomicLong();

    private StoreOnTheFxThread(Database database) {
        this.database = database;
    }

    /** From now on, until {@link #close}, every call to {@code database} is counted and slowed. */
    public static StoreOnTheFxThread watch(Database database, long backgroundDelayMs, long fxThreadDelayMs) {
        StoreOnTheFxThread watch = new StoreOnTheFxThread(database);
        database.watchCalls(() -> {
            watch.calls.incrementAndGet();
            long delay = backgroundDelayMs;
            if (Platform.isFxApplicationThread()) {
                watch.fxThreadCalls.add(Arrays.stream(Thread.currentThread().getStackTrace()).skip(2).limit(16)
                        .map(StackTraceElement::toString).collect(Collectors.joining("\n    ")));
                delay = watch.fxThreadCalls.size() == 1 ? fxThreadDelayMs : 0;
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return watch;
    }

    public long calls() {
        return calls.get();
    }

    /** Fails unless the drive called the store more than {@code atLeast} times and never on the JavaFX thread. */
    public void assertNoneOnTheFxThread(long atLeast) {
        assertTrue(calls.get() > atLeast, "the drive called the store: " + calls.get());
        List<String> seen = List.copyOf(fxThreadCalls);
        assertTrue(seen.isEmpty(), seen.size() + " store calls on the JavaFX thread, the first from\n    "
                + (seen.isEmpty() ? "" : seen.get(0)));
    }

    /** Stops watching: the store runs at its own speed again. */
    @Override
    public void close() {
        database.watchCalls(null);
    }
}
