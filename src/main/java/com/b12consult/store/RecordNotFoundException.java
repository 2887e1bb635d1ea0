package com.b12consult.store;

/** A record asked for by its database id is not in the database. */
public final class RecordNotFoundException extends StoreException {
    private final String what;
    private final long id;

    public RecordNotFoundException(String what, long id) {
        super("No " + what + " with database id " + id);
        this.what = what;
        this.id = id;
    }

    public String what() {
        return what;
    }

    public long id() {
        return id;
    }
}
