package com.b12consult.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds background work until the test runs it, so the state while it is running can be checked. */
public final class ManualTaskRunner implements TaskRunner {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs what is pending in the reverse order it was handed over: a later read coming back before an older one. */
    public void runAllNewestFirst() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        java.util.Collections.reverse(now);
        now.forEach(Runnable::run);
    }

    public void runAll() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }
}
