package com.b12consult.store;

import com.b12consult.domain.Actor;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A freshly migrated database (a file in a temporary folder, or a database of its own on the test server), with a
 * hand-moved clock and the audit log on it.
 */
final class StoreFixture implements AutoCloseable {
    static final Actor NURSE = new Actor("nurse", "AB");
    static final Actor DOCTOR = new Actor("drsmith", "JS");

    /** The SQLite file; {@code null} on the server. */
    final Path file;
    final StoreKind kind;
    final StoreLocation location;
    final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    final Database database;
    final AuditLog auditLog;

    StoreFixture(Path dir) throws DatabaseOpenException {
        this(dir, StoreKind.SQLITE);
    }

    /** Opening again with the same {@code dir} opens the same database again. */
    StoreFixture(Path dir, StoreKind kind) throws DatabaseOpenException {
        this.kind = kind;
        location = TestServer.location(kind, dir);
        file = location instanceof StoreLocation.SqliteFile f ? f.file() : null;
        database = Database.open(location);
        auditLog = new AuditLog(database, clock);
    }

    /** A connection of its own to the same database, past the repositories (to check what the schema refuses). */
    java.sql.Connection connect() throws java.sql.SQLException {
        if (location instanceof StoreLocation.ClinicServer server) {
            return TestServer.connect(server);
        }
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /**
     * Makes the database refuse every {@code event} (INSERT, DELETE) on {@code table} with {@code message}, to
     * stand in for a failure half-way through a save, in either dialect's words.
     */
    void refuse(java.sql.Connection c, String event, String table, String message) throws java.sql.SQLException {
        String name = "refuse_" + event.toLowerCase() + "_" + table;
        try (java.sql.Statement s = c.createStatement()) {
            if (kind == StoreKind.SQLITE) {
                s.execute("CREATE TRIGGER " + name + " BEFORE " + event + " ON " + table
                        + " BEGIN SELECT RAISE(ABORT, '" + message + "'); END");
            } else {
                s.execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN RAISE EXCEPTION '" + message + "'; END; $$");
                s.execute("CREATE TRIGGER " + name + " BEFORE " + event + " ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION " + name + "()");
            }
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
