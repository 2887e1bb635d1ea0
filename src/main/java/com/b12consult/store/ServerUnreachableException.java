package com.b12consult.store;

/**
 * The clinic server could not be reached during a save or a read (stopped, restarted, the network cut, or no
 * connection free within the timeout): what was under way was rolled back, so nothing of it is stored. The
 * message names the server (host:port and database, never the password) and is meant to be shown as it is;
 * the screen keeps what was typed, and the same save can be tried again once the server is back (the pool
 * replaces its lost connections by itself).
 */
public final class ServerUnreachableException extends StoreException {
    private final String server;

    ServerUnreachableException(String server, String message, Throwable cause) {
        super(message, cause);
        this.server = server;
    }

    /** {@code host:port/database} */
    public String server() {
        return server;
    }
}
