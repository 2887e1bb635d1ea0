package com.b12consult.ui.consult;

/**
 * Waits for typing to pause before a draft is written: each restart drops the wait before it. The app's is
 * a JavaFX pause on the screen's thread; tests fire it when they choose.
 */
public interface DraftTimer {
    void restart(Runnable whenQuiet);

    void cancel();
}
