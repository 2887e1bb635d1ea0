package com.b12consult.store;

import static com.b12consult.store.DatabaseOpenException.Reason.*;

import com.b12consult.store.StoreLocation.ClinicServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Opens the clinic's database on its PostgreSQL server: a small pool of connections (HikariCP), the same
 * checks of the schema history as on a file (a database of another program, of a newer version, or with a
 * changed history is refused before anything is written), then Flyway's migrations, which on PostgreSQL hold
 * the server's own advisory lock, so two rooms starting together after an update apply each step once.
 * <p>
 * There are no file backups here: the server is backed up on the server (its dump or its archive), not by
 * each workstation.
 */
final class ClinicServerOpening {
    /** Rooms share one server; each workstation needs only a few connections (the app uses one at a time). */
    private static final int POOL_SIZE = 3;
    /** How long a statement may wait for the server's answer before the connection counts as lost. */
    static final int SOCKET_TIMEOUT_SECONDS = 30;
    private static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String UNCHANGED = " The database was left unchanged.";

    private ClinicServerOpening() {
    }

    static Database open(ClinicServer server, Duration timeout) throws DatabaseOpenException {
        HikariDataSource pool = pool(server, timeout);
        try {
            Flyway flyway = Database.flyway(pool, Dialect.POSTGRESQL);
            checkSchema(pool, flyway, server);
            requireOwnerForChanges(pool, flyway, server);
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw new DatabaseOpenException(server, MIGRATION_FAILED, cannotOpen(server)
                        + ": updating its schema failed, and the failed step was rolled back (" + e.getMessage() + ").", e);
            }
            return new Database(server, Dialect.POSTGRESQL, Connections.pool(pool), Optional.empty());
        } catch (DatabaseOpenException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Whether the server can be opened as it is: reached, the login accepted, and a database that is empty or of
     * this app at a version it knows. Nothing is written; the connection is closed again.
     */
    static void check(ClinicServer server, Duration timeout) throws DatabaseOpenException {
        try (HikariDataSource pool = pool(server, timeout)) {
            checkSchema(pool, Database.flyway(pool, Dialect.POSTGRESQL), server);
        }
    }

    private static HikariDataSource pool(ClinicServer server, Duration timeout) throws DatabaseOpenException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("B12 Consult");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        long millis = Math.max(250, timeout.toMillis());
        // A save waits at most this long for a connection when the server is gone (saves run on the window's
        // thread: this bounds how long it stays frozen), then is refused as ServerUnreachableException.
        config.setConnectionTimeout(millis);
        // Each borrowed connection that sat idle is checked first (HikariCP does so on borrow), within this;
        // one that died with a restarted server is dropped and replaced rather than handed to a save.
        config.setValidationTimeout(Math.max(250, millis / 2));
        // The first connection is made now, so a server that cannot be reached is refused at opening.
        config.setInitializationFailTimeout(millis);
        config.addDataSourceProperty("connectTimeout", Math.max(1, timeout.toSeconds()));
        // A network cut mid-statement sends no reset: without a read timeout the save would wait for TCP to give
        // up (hours). The app's statements take milliseconds; waiting for another room's write lock is short.
        config.addDataSourceProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
        config.addDataSourceProperty("tcpKeepAlive", true);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            throw new DatabaseOpenException(server, SERVER_UNREACHABLE, cannotOpen(server) + ": "
                    + unreachable(server, cause, e) + ".", e);
        }
    }

    /** Why the first connection failed, said for the user, naming the server (never the password). */
    static String unreachable(ClinicServer server, SQLException cause, RuntimeException e) {
        String state = cause == null || cause.getSQLState() == null ? "" : cause.getSQLState();
        String detail = cause == null ? e.getMessage() : cause.getMessage();
        // 28: the login was refused; 08004: the server asked for a password and none was given.
        if (state.startsWith("28") || state.equals("08004")) {
            return "the server " + server.hostAndPort() + " refused the login of user " + server.user() + " (" + detail
                    + "). Check the password in " + StoreAddress.PASSWORD_VARIABLE + " or ~/.pgpass, and that the user"
                    + " may use this database";
        }
        if (state.equals("3D000")) {
            return "the server has no such database (" + detail + "); ask whoever set up the server to create it";
        }
        return "the server " + server.hostAndPort() + " cannot be reached (" + detail + "). Check that the server is"
                + " running and that this computer reaches it on the network (the address, the port, a firewall)";
    }

    /** Read-only: the database is empty, or one of this app at a version it knows. */
    private static void checkSchema(HikariDataSource pool, Flyway flyway, ClinicServer server)
            throws DatabaseOpenException {
        List<String> tables;
        boolean history;
        try (Connection c = pool.getConnection()) {
            tables = Dialect.POSTGRESQL.tables(c);
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_class"
                    + " WHERE relnamespace = current_schema()::regnamespace AND relname = ?")) {
                s.setString(1, HISTORY_TABLE);
                try (ResultSet rs = s.executeQuery()) {
                    history = rs.next();
                }
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(server, SERVER_UNREACHABLE, cannotOpen(server) + ": its tables cannot be"
                    + " read (" + e.getMessage() + ")." + UNCHANGED, e);
        }
        if (!history) {
            if (!tables.isEmpty()) {
                throw new DatabaseOpenException(server, NOT_A_B12_CONSULT_DATABASE, cannotOpen(server)
                        + ": the database holds tables of another program, not of B12 Consult." + UNCHANGED, null);
            }
            return;
        }
        try {
            Database.checkHistory(flyway, server, cannotOpen(server), UNCHANGED);
        } catch (DatabaseOpenException e) {
            if (e.reason() != NEWER_SCHEMA) {
                throw e;
            }
            throw new DatabaseOpenException(server, NEWER_SCHEMA, cannotOpen(server) + ": its schema is at version "
                    + newest(flyway.info().applied()) + ", newer than this version of B12 Consult knows (up to "
                    + newest(flyway.info().all(), m -> !m.getState().name().startsWith("FUTURE")) + "); another room"
                    + " has a newer B12 Consult. Update B12 Consult on this computer to the same version to open it."
                    + UNCHANGED, null);
        } catch (FlywayException e) {
            throw new DatabaseOpenException(server, INCONSISTENT_SCHEMA, cannotOpen(server)
                    + ": its schema history cannot be read (" + e.getMessage() + ")." + UNCHANGED, e);
        }
    }

    /**
     * A schema change (or the first tables) is the database owner's to make: a staff member's start that finds one
     * due is refused with what to do, rather than failing half-way on a missing right.
     */
    private static void requireOwnerForChanges(HikariDataSource pool, Flyway flyway, ClinicServer server)
            throws DatabaseOpenException {
        if (flyway.info().pending().length == 0) {
            return;
        }
        boolean owner;
        try (Connection c = pool.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT CASE WHEN to_regclass(quote_ident(current_schema())"
                     + " || '.' || ?) IS NULL THEN has_schema_privilege(current_schema(), 'CREATE')"
                     + " ELSE pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid ="
                     + " to_regclass(quote_ident(current_schema()) || '.' || ?)), 'USAGE') END")) {
            s.setString(1, HISTORY_TABLE);
            s.setString(2, HISTORY_TABLE);
            try (ResultSet rs = s.executeQuery()) {
                owner = rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(server, SERVER_UNREACHABLE, cannotOpen(server) + ": its tables cannot be"
                    + " read (" + e.getMessage() + ")." + UNCHANGED, e);
        }
        if (!owner) {
            String what = flyway.info().applied().length == 0 ? "is empty, and B12 Consult's tables are made"
                    : "needs the schema changes of this version of B12 Consult, which are made";
            throw new DatabaseOpenException(server, NEEDS_OWNER, cannotOpen(server) + ": the database " + what
                    + " by the database's owner, not by user " + server.user() + ". Ask whoever looks after the"
                    + " clinic server to run B12 Consult once as the owner (b12consult migrate --db postgresql://OWNER@"
                    + server.hostAndPort() + "/...; see docs/clinic-server.md), then start again." + UNCHANGED, null);
        }
    }

    /**
     * A failed call on an open server database, said for the user. A lost connection (SQLState class 08), a
     * server shutting down or starting up (57P01-57P03), or no connection within the pool's timeout is a
     * {@link ServerUnreachableException}; by then the transaction was rolled back (or died with the connection).
     *
     * @param doing what was under way: after a lost commit the save may be stored, and the message says so
     */
    static StoreException failure(StoreLocation location, SQLException e, Database.Doing doing) {
        if (location instanceof ClinicServer server && unreachable(e)) {
            String where = server.hostAndPort() + "/" + database(server);
            String what = switch (doing) {
                case SAVING -> "Nothing was saved: the clinic server " + where + " cannot be reached. What you typed"
                        + " is kept; try again in a moment.";
                case CONFIRMING -> "The connection to the clinic server " + where + " was lost as the save was being"
                        + " confirmed, so it may or may not be saved. What you typed is kept; once the server is back,"
                        + " look at the record before you save it again.";
                case READING -> "The clinic server " + where + " cannot be reached, so the records could not be"
                        + " read. Try again in a moment.";
            };
            return new ServerUnreachableException(where, what + " If it still fails, ask whoever looks after the"
                    + " clinic server to check that it is running and that this computer reaches it on the network.", e);
        }
        return new StoreException("Database error on " + location.describe() + ": " + e.getMessage(), e);
    }

    private static boolean unreachable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String database(ClinicServer server) {
        return java.net.URI.create(server.url()).getPath().substring(1);
    }

    private static String newest(MigrationInfo[] migrations) {
        return newest(migrations, m -> true);
    }

    private static String newest(MigrationInfo[] migrations, java.util.function.Predicate<MigrationInfo> which) {
        return java.util.Arrays.stream(migrations).filter(m -> m.getVersion() != null).filter(which)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(Object::toString).orElse("none");
    }

    private static String cannotOpen(ClinicServer server) {
        return "Cannot open " + server.describe();
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
