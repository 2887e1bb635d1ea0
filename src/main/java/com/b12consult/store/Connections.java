package com.b12consult.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How {@link Database} gets a connection and ends a transaction on it: the one connection of an SQLite file,
 * or one borrowed from the small pool of a clinic server. Starting a transaction is the {@link Dialect}'s.
 */
interface Connections {
    Connection acquire() throws SQLException;

    void release(Connection c) throws SQLException;

    void commit(Connection c) throws SQLException;

    /** Undoes the transaction; a failure here means there was nothing left to undo, and is ignored. */
    void rollbackQuietly(Connection c);

    void close() throws SQLException;

    /**
     * The server was found gone: the other connections kept from before are as dead as the one that failed, so
     * they are dropped (each as it is next given back or found idle) rather than handed to the next save.
     */
    default void serverLost() {
    }

    /** The SQLite file's one connection, in auto-commit mode between the transactions it is told to run. */
    static Connections single(Connection connection) {
        return new Connections() {
            @Override
            public Connection acquire() {
                return connection;
            }

            @Override
            public void release(Connection c) {
                // kept open for the app's lifetime
            }

            @Override
            public void commit(Connection c) throws SQLException {
                execute(c, "COMMIT");
            }

            @Override
            public void rollbackQuietly(Connection c) {
                try {
                    execute(c, "ROLLBACK");
                } catch (SQLException alreadyRolledBack) {
                    // SQLite rolls back by itself after some errors; there is nothing left to undo.
                }
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    /** A clinic server's pool: a connection per call, given back after it, auto-commit restored. */
    static Connections pool(HikariDataSource pool) {
        return new Connections() {
            @Override
            public Connection acquire() throws SQLException {
                return pool.getConnection();
            }

            @Override
            public void release(Connection c) throws SQLException {
                c.close();
            }

            @Override
            public void commit(Connection c) throws SQLException {
                c.commit();
                c.setAutoCommit(true);
            }

            @Override
            public void rollbackQuietly(Connection c) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException connectionLost) {
                    // The server ends the transaction of a lost connection itself; the pool drops the connection.
                }
            }

            @Override
            public void serverLost() {
                var beans = pool.getHikariPoolMXBean();
                if (beans != null) {
                    beans.softEvictConnections();
                }
            }

            @Override
            public void close() {
                pool.close();
            }
        };
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
