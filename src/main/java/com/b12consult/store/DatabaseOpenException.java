package com.b12consult.store;

import java.nio.file.Path;

/**
 * The database (file or clinic server) could not be opened; it was left as it was. The message names it
 * and says what to do, so it can be shown to the user as it is.
 */
public final class DatabaseOpenException extends Exception {
    /** Why the file was refused. */
    public enum Reason {
        /** The file exists but is not an SQLite database. */
        NOT_A_DATABASE,
        /** An SQLite database, but not one of B12 Consult. */
        NOT_A_B12_CONSULT_DATABASE,
        /** The file or its folder cannot be read. */
        UNREADABLE,
        /** The file can be read but not written. */
        READ_ONLY,
        /** Another program holds a lock on the database. */
        LOCKED,
        /** The database was written by a newer version of B12 Consult. */
        NEWER_SCHEMA,
        /** The recorded schema history does not match this version of the app (changed or failed migration). */
        INCONSISTENT_SCHEMA,
        /** The folder for a new database could not be created. */
        CANNOT_CREATE,
        /** An SQLite database of B12 Consult whose integrity check fails: pages or indexes are damaged. */
        DAMAGED,
        /** Bringing the schema up to date failed; the failed step was rolled back. */
        MIGRATION_FAILED,
        /** The clinic server cannot be reached, or refused the user, or has no such database. */
        SERVER_UNREACHABLE,
        /**
         * The clinic server's schema needs this version's changes (or is empty), and the user is staff, not the
         * database's owner who makes them.
         */
        NEEDS_OWNER
    }

    /** Which part of a clinic server's details a refusal points at, so a form can mark that field. */
    public enum ServerFault {
        /** Not a refusal of the server's connection (or not a server). */
        NONE,
        /** The server was not reached: its host or port, or the network. */
        NOT_REACHED,
        /** The server refused the user, or the password (or asked for one and none was given). */
        LOGIN_REFUSED,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE
    }

    private final StoreLocation location;
    private final Reason reason;

    public DatabaseOpenException(Path file, Reason reason, String message, Throwable cause) {
        this(new StoreLocation.SqliteFile(file), reason, message, cause);
    }

    public DatabaseOpenException(StoreLocation location, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.location = java.util.Objects.requireNonNull(location, "location");
        this.reason = reason;
    }

    public StoreLocation location() {
        return location;
    }

    /** The SQLite file refused; {@code null} when it was a clinic server. */
    public Path file() {
        return location instanceof StoreLocation.SqliteFile f ? f.file() : null;
    }

    public Reason reason() {
        return reason;
    }

    /** What a server's refusal to connect points at, read from the server's own error code. */
    public ServerFault serverFault() {
        if (reason != Reason.SERVER_UNREACHABLE || !(location instanceof StoreLocation.ClinicServer)) {
            return ServerFault.NONE;
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // as ClinicServerOpening words them: 28 the login, 08004 a password asked for, 3D000 no database
                if (state.startsWith("28") || state.equals("08004")) {
                    return ServerFault.LOGIN_REFUSED;
                }
                if (state.equals("3D000")) {
                    return ServerFault.NO_SUCH_DATABASE;
                }
            }
        }
        return getMessage() != null && getMessage().contains("cannot be reached") ? ServerFault.NOT_REACHED
                : ServerFault.NONE;
    }

    /**
     * True when what is wrong is the file's content (damaged, not a database, a schema history that does not
     * match), so putting a good backup in its place can help; not for a lock, permissions or a newer version.
     */
    public boolean restoringABackupMayHelp() {
        if (file() == null) {
            return false; // a clinic server's backups are the server's own, not the app's
        }
        return reason == Reason.DAMAGED || reason == Reason.INCONSISTENT_SCHEMA
                || (reason == Reason.NOT_A_DATABASE && java.nio.file.Files.isRegularFile(file()));
    }
}
