package com.b12consult.store;

import java.nio.file.Path;

/** Another program (another window of B12 Consult, here or on another computer) has the database open. */
public final class DatabaseInUseException extends StoreException {
    static final String CLOSE_IT_FIRST = "B12 Consult has this database open in another window or on another"
            + " computer: close it there first, then restore.";

    private final Path database;

    DatabaseInUseException(Path database) {
        super("Cannot restore " + database + ": " + CLOSE_IT_FIRST + " Nothing was changed.");
        this.database = database;
    }

    /** Whether it is open elsewhere could not be told; refused all the same, since a wrong guess loses saves. */
    DatabaseInUseException(Path database, String why, Throwable cause) {
        super("Cannot restore " + database + ": " + why + ". If B12 Consult has this database open in another window"
                + " or on another computer, close it there first, then restore. Nothing was changed.", cause);
        this.database = database;
    }

    public Path database() {
        return database;
    }
}
