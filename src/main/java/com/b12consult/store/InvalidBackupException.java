package com.b12consult.store;

/** A file offered as a backup that is not a sound B12 Consult database; the message names the file and why. */
public final class InvalidBackupException extends Exception {
    public InvalidBackupException(String message) {
        super(message);
    }
}
