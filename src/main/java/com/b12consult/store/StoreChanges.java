package com.b12consult.store;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the screens that another window (another room on the clinic server, or another window on the same file)
 * saved something since they last read: every few seconds it reads the store's change counter, which every saving
 * transaction moves ({@link Database#inTransaction}), and calls its listeners when the counter moved by more than
 * this window's own saves. One small read per look, so looking often costs nothing noticeable.
 * <p>
 * The listeners are called on the looking thread, never the screen's: they hand the news on to it. A look that fails
 * (the server out of reach for a moment) is skipped and the next one tries again; once the database is closed the
 * looking stops.
 */
public final class StoreChanges implements AutoCloseable {
    /** Often enough that a change shows in the next room "within seconds", rarely enough to cost nothing. */
    public static final Duration EVERY = Duration.ofSeconds(2);

    /** Runs a look again and again until the handle it returns is closed. */
    @FunctionalInterface
    public interface Schedule {
        AutoCloseable repeat(Runnable look, Duration every);

        /** On a daemon thread of its own, so a look under way never keeps the app from ending. */
        static Schedule onDaemonThread() {
            return (look, every) -> {
                ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "b12consult-store-changes");
                    t.setDaemon(true);
                    return t;
                });
                executor.scheduleWithFixedDelay(look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
                return executor::shutdownNow;
            };
        }
    }

    private final Database database;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Database.ChangeMark seen;
    private AutoCloseable running;
    private volatile boolean closed;

    /** Reads the counter now (so call it off the screen's thread): a change after this moment is reported. */
    public StoreChanges(Database database) {
        this.database = Objects.requireNonNull(database, "database");
        this.seen = database.changeMark();
    }

    /** Called, on the looking thread, after each look that found another window's save. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Starts looking every {@code every} on {@code schedule}; once only. */
    public synchronized void start(Schedule schedule, Duration every) {
        if (running != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "started already");
        }
        running = schedule.repeat(this::lookQuietly, every);
    }

    /**
     * One look at the counter; the listeners are told when another window saved since the last look.
     *
     * @return whether another window saved
     */
    public boolean look() {
        if (closed) {
            return false;
        }
        if (!database.isOpen()) {
            close();
            return false;
        }
        boolean moved;
        synchronized (this) {
            Database.ChangeMark now = database.changeMark();
            // Every save adds exactly one, and this window's own are counted as they commit: anything beyond
            // those is another window's. A counter that went back (another file put in place) is a change too.
            moved = now.counter() != seen.counter() + (now.own() - seen.own());
            seen = now;
        }
        if (moved) {
            for (Runnable listener : listeners) {
                listener.run();
            }
        }
        return moved;
    }

    /** A look as the schedule runs it: whatever goes wrong, the next look still comes. */
    private void lookQuietly() {
        try {
            look();
        } catch (RuntimeException e) {
            // The server out of reach for a moment, or the database closing under the look: the next look tries
            // again, or finds the database closed and stops. A listener's failure must not stop the looking either.
        }
    }

    /** Stops looking; the listeners are not called again. */
    @Override
    public void close() {
        AutoCloseable stop;
        synchronized (this) {
            closed = true;
            stop = running;
            running = null;
        }
        if (stop != null) {
            try {
                stop.close();
            } catch (Exception e) {
                throw new IllegalStateException("The look for changes did not stop: " + e.getMessage(), e);
            }
        }
    }
}
