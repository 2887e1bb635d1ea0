package com.b12consult.store;

import com.b12consult.domain.Actor;
import java.nio.file.Path;
import java.time.Instant;

/** A freshly migrated database in a temporary folder, with a hand-moved clock and the audit log on it. */
final class StoreFixture implements AutoCloseable {
    static final Actor NURSE = new Actor("nurse", "AB");
    static final Actor DOCTOR = new Actor("drsmith", "JS");

    final Path file;
    final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    final Database database;
    final AuditLog auditLog;

    StoreFixture(Path dir) throws DatabaseOpenException {
        file = dir.resolve("b12consult.db");
        database = Database.open(file);
        auditLog = new AuditLog(database, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
