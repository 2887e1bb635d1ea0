package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.store.StoreLocation.ClinicServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the store's tests run against as well, named by the environment (or the same names as
 * system properties): {@code B12_TEST_PG_URL} ({@code postgresql://host:port/db}, a database to connect to for
 * creating others), {@code B12_TEST_PG_USER}, {@code B12_TEST_PG_PASSWORD}. {@code .ci/run} starts one and sets
 * them, with {@code B12_TEST_PG_REQUIRED=1}: then a server that is missing fails the tests instead of skipping
 * them. Each test directory gets a database of its own, made on first use and dropped after its test class
 * ({@link DropDatabases}, which each class running on the server names).
 */
final class TestServer {
    static final String SKIPPED = "PostgreSQL half of the store tests skipped: no server named by B12_TEST_PG_URL"
            + " (.ci/run starts one; see TestServer)";

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Map<Path, ClinicServer> DATABASES = new HashMap<>();
    private static final List<String> CREATED = new ArrayList<>();

    private TestServer() {
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    /** Whether a server is named (or CI requires one, which then fails the tests when it is missing). */
    static boolean configured() {
        String url = setting("B12_TEST_PG_URL");
        return (url != null && !url.isBlank()) || "1".equals(setting("B12_TEST_PG_REQUIRED"));
    }

    /**
     * The kinds a store test class runs on: both when a server is named, else SQLite alone; the skipped half
     * then shows as one skipped class, {@link ClinicServerTest}, with {@link #SKIPPED} as its reason.
     */
    static List<StoreKind> kinds() {
        return configured() ? List.of(StoreKind.SQLITE, StoreKind.POSTGRESQL) : List.of(StoreKind.SQLITE);
    }

    /** The location for a test working in {@code dir}: the SQLite file there, or that dir's server database. */
    static StoreLocation location(StoreKind kind, Path dir) {
        if (kind == StoreKind.SQLITE) {
            return new StoreLocation.SqliteFile(dir.resolve("b12consult.db"));
        }
        return database(dir);
    }

    /** A database of its own for {@code dir}, the same one each time it is asked for again (a reopening). */
    static synchronized ClinicServer database(Path dir) {
        String url = setting("B12_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(setting("B12_TEST_PG_REQUIRED"))) {
                fail("B12_TEST_PG_REQUIRED is set but B12_TEST_PG_URL names no server");
            }
            assumeTrue(false, SKIPPED);
        }
        ClinicServer known = DATABASES.get(dir);
        if (known != null) {
            return known;
        }
        URI server = URI.create(url);
        String name = "b12t_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        String user = setting("B12_TEST_PG_USER");
        String password = setting("B12_TEST_PG_PASSWORD");
        try (Connection c = DriverManager.getConnection("jdbc:" + url, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + url + ": " + e.getMessage(), e);
        }
        CREATED.add(name);
        ClinicServer location = new ClinicServer("postgresql://" + server.getHost() + ":" + server.getPort() + "/"
                + name, user, password, "disable");
        DATABASES.put(dir, location);
        return location;
    }

    /** A direct connection to the test database of {@code dir}, beside the app's pool. */
    static Connection connect(ClinicServer database) throws SQLException {
        return DriverManager.getConnection("jdbc:" + database.url(), database.user(), database.password());
    }

    /** Drops the databases a test class made (a reopening inside one test finds its database still there). */
    static final class DropDatabases implements org.junit.jupiter.api.extension.AfterAllCallback {
        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            dropAll();
        }
    }

    private static synchronized void dropAll() {
        if (CREATED.isEmpty()) {
            return;
        }
        String url = setting("B12_TEST_PG_URL");
        try (Connection c = DriverManager.getConnection("jdbc:" + url, setting("B12_TEST_PG_USER"),
                setting("B12_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            CREATED.clear();
            DATABASES.clear();
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + CREATED + ": " + e.getMessage());
        }
    }
}
