package com.b12consult.store;

import com.b12consult.domain.EnteredInError;

/** The record is already marked entered in error (by whom and when); nothing was saved. */
public final class AlreadyEnteredInErrorException extends StoreException {
    private final EnteredInError correction;

    public AlreadyEnteredInErrorException(EnteredInError correction) {
        super("This was already marked entered in error by " + correction.recordedBy() + " ("
                + correction.reason() + "); nothing was saved.");
        this.correction = correction;
    }

    public EnteredInError correction() {
        return correction;
    }
}
