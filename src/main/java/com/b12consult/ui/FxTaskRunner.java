package com.b12consult.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    public boolean awaitIdle(java.time.Duration timeout) {
        java.util.concurrent.Future<?> marker = executor.submit(() -> { });
        try {
            marker.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return true;
        }
    }

    /** Stops taking work once what was handed over is done (waiting at most five seconds for it). */
    @Override
    public void close() {
        awaitIdle(java.time.Duration.ofSeconds(5));
        executor.shutdown();
    }
}
