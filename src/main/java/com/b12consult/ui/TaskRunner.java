package com.b12consult.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (opening the database) away from the screen and hands the outcome back on the
 * screen's thread. View models take it as a parameter so tests can run the work at a moment of their choosing.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
