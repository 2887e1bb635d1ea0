package com.b12consult.ui;

import com.b12consult.store.ServerUnreachableException;

/**
 * What a screen says when a save (or a read) failed: its own opening ("Not saved: ", "Not recorded: ") and the store's
 * reason; but a clinic server that cannot be reached is said in the store's words alone, which already say that
 * nothing was saved, that what was typed is kept, to try again, and whom to ask.
 */
public final class SaveFailures {
    private SaveFailures() {
    }

    /** Also for a read that failed; a failure without a message is named by its kind rather than as "null". */
    public static String say(String opening, Throwable e) {
        if (e instanceof ServerUnreachableException) {
            return e.getMessage();
        }
        return opening + (e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
