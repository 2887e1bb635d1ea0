package com.b12consult.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A second {@link Database} on a fixture's database whose one connection counts every statement it runs (each
 * execute, executeQuery, executeUpdate or executeBatch), to show how many queries a read takes. For reads: its
 * transactions end as a server pool's do, which the SQLite file's connection in auto-commit also accepts.
 */
final class CountedStatements implements AutoCloseable {
    private final AtomicInteger count = new AtomicInteger();
    /** The text of each statement prepared since the last {@link #taken}, for a message that says which ran. */
    private final java.util.List<String> prepared = new java.util.ArrayList<>();
    final Database database;

    CountedStatements(StoreFixture store) throws SQLException {
        Connection raw = store.location instanceof StoreLocation.ClinicServer server
                ? TestServer.connect(server)
                : DriverManager.getConnection("jdbc:sqlite:" + store.file);
        Connection counted = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = call(raw, method, args);
                    if (method.getName().equals("prepareStatement")) {
                        synchronized (prepared) {
                            prepared.add((String) args[0]);
                        }
                    }
                    if (result instanceof PreparedStatement p) {
                        return counting(p, PreparedStatement.class);
                    }
                    if (result instanceof Statement s) {
                        return counting(s, Statement.class);
                    }
                    return result;
                });
        Dialect dialect = store.kind == StoreKind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
        database = new Database(store.location, dialect, new Connections() {
            @Override
            public Connection acquire() {
                return counted;
            }

            @Override
            public void release(Connection c) {
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
                } catch (SQLException ignored) {
                    // nothing left to undo
                }
            }

            @Override
            public void close() throws SQLException {
                raw.close();
            }
        }, Optional.empty());
    }

    /** The statements run since the last call. */
    int taken() {
        synchronized (prepared) {
            prepared.clear();
        }
        return count.getAndSet(0);
    }

    /** The statements prepared since the last {@link #taken}, in order (those of createStatement not listed). */
    java.util.List<String> prepared() {
        synchronized (prepared) {
            return java.util.List.copyOf(prepared);
        }
    }

    private <T extends Statement> T counting(T statement, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                count.incrementAndGet();
            }
            return call(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
