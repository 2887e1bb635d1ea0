package com.b12consult.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the work at once, on the caller's thread, and hands the outcome straight back: for view-model tests about
 * what is shown once a read is done. The order of reads, and the state while one runs, is {@link ManualTaskRunner}'s.
 */
public final class InlineTaskRunner implements TaskRunner {
    public static final InlineTaskRunner INSTANCE = new InlineTaskRunner();

    private InlineTaskRunner() {
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
