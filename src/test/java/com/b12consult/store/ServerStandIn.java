package com.b12consult.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * For screen tests and previews that need a clinic server going away without running one: a migrated SQLite
 * file served as if it were the clinic server {@link #SERVER} (messages name that server), whose connection can be
 * made to fail as a lost one does (SQLState 08006) until it is "back". The store's real behaviour on a real server
 * stopping is {@code ServerGoesAwayTest}'s.
 */
public final class ServerStandIn implements AutoCloseable {
    public static final StoreLocation.ClinicServer SERVER = new StoreLocation.ClinicServer(
            "postgresql://clinic-server.local:5432/b12consult", "nurse", "", "disable");

    private final Database database;
    private volatile boolean down;

    private ServerStandIn(Connection connection) {
        Connections file = Connections.single(connection);
        database = new Database(SERVER, Dialect.SQLITE, new Connections() {
            @Override
            public Connection acquire() throws SQLException {
                if (down) {
                    throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
                }
                return file.acquire();
            }

            @Override
            public void release(Connection c) throws SQLException {
                file.release(c);
            }

            @Override
            public void commit(Connection c) throws SQLException {
                file.commit(c);
            }

            @Override
            public void rollbackQuietly(Connection c) {
                file.rollbackQuietly(c);
            }

            @Override
            public void close() throws SQLException {
                file.close();
            }
        }, Optional.empty());
    }

    /** The file is created and migrated as the app would, then served as the stand-in server. */
    public static ServerStandIn open(Path file) throws DatabaseOpenException, SQLException {
        Database.open(file).close();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Database.DEFAULT_BUSY_TIMEOUT.toMillis());
        return new ServerStandIn(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    }

    public Database database() {
        return database;
    }

    /** From now on every call fails as on a server that cannot be reached, until {@code down(false)}. */
    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public void close() {
        database.close();
    }
}
