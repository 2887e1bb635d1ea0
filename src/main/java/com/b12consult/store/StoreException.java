package com.b12consult.store;

/** The database could not do what was asked (a failure of the store, not of the user's input). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
