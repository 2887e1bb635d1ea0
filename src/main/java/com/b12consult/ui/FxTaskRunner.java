package com.b12consult.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on one background thread and delivers the outcome on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "b12consult-background");
        // A daemon, so that work still running when the window closes never keeps the process alive.
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Waits until the work handed over so far is done (a draft being written, a backup), at most
     * {@code timeout}; true when it is. For the moments the database is about to close.
     */
    public boolean awaitIdle(Duration timeout) {
        try {
            Future<?> marker = executor.submit(() -> { });
            marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RejectedExecutionException e) {
            // closed already: close waited for what was handed over
            return true;
        }
    }

    /** Stops taking work once what was handed over is done (waiting at most five seconds for it). */
    @Override
    public void close() {
        awaitIdle(Duration.ofSeconds(5));
        executor.shutdown();
    }
}
