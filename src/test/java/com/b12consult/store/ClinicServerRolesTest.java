package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.StoreLocation.ClinicServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinic server's two kinds of role (docs/clinic-server.md): the database's owner makes the schema, and the
 * clinic's people log in as members of {@code b12consult_staff}, who keep the records but may only add to the
 * audit log, never change, remove or empty it, and never change the schema.
 */
@ExtendWith(TestServer.DropDatabases.class)
class ClinicServerRolesTest {
    private static final String STAFF_PASSWORD = "staff-pass-" + ProcessHandle.current().pid();
    private static final String STAFF = "b12t_nurse_" + ProcessHandle.current().pid();

    @TempDir
    Path dir;
    ClinicServer owner;
    ClinicServer staff;

    @BeforeEach
    void aServerWithAStaffMember() throws SQLException {
        assumeTrue(TestServer.configured(), TestServer.SKIPPED);
        owner = TestServer.database(dir);
        try (Connection c = TestServer.connect(owner); Statement s = c.createStatement()) {
            // roles belong to the whole server; other test classes may have made them already
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'b12consult_staff') THEN"
                    + " CREATE ROLE b12consult_staff NOLOGIN; END IF; END $$");
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + STAFF + "') THEN"
                    + " CREATE ROLE " + STAFF + " LOGIN PASSWORD '" + STAFF_PASSWORD + "' IN ROLE b12consult_staff;"
                    + " END IF; END $$");
            String database = owner.url().substring(owner.url().lastIndexOf('/') + 1);
            s.execute("GRANT CONNECT ON DATABASE " + database + " TO b12consult_staff");
        }
        staff = new ClinicServer(owner.url(), STAFF, STAFF_PASSWORD, owner.sslMode());
    }

    @Test
    void staffKeepTheRecordsButMayOnlyAddToTheAuditLog() throws Exception {
        Database.open(owner).close();
        long ann;
        try (Database db = Database.open(staff)) {
            AuditLog audit = new AuditLog(db, java.time.Clock.systemUTC());
            PatientRepository patients = new PatientRepository(db, audit);
            Patient created = patients.create(Patient.unsaved("Ann", "P-1", Optional.empty(), Sex.FEMALE,
                    KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
            ann = created.id();
            patients.create(Patient.unsaved("Bob", "P-2", Optional.empty(), Sex.MALE, KnownAllergies.NOT_RECORDED),
                    StoreFixture.NURSE);
            DraftRepository drafts = new DraftRepository(db, "nurse");
            drafts.save(new ConsultationDraft(ann, Map.of("injections", Map.of("rx.dose", "1000")), Instant.now()));
            drafts.discard(ann);
            new SettingsRepository(db, audit).saveClinicContact("Clinic", "0123 456789", StoreFixture.NURSE);
            PatientData data = new PatientData(db, audit);
            assertTrue(data.exportJson(ann).contains("P-1"));
            data.delete(ann, StoreFixture.NURSE);
            assertEquals(List.of("P-2"), patients.listAll().stream().map(Patient::identifier).toList());
        }
        try (Connection c = DriverManager.getConnection("jdbc:" + staff.url(), staff.user(), staff.password());
             Statement s = c.createStatement()) {
            long entries = count(s, "SELECT count(*) FROM audit_log");
            assertTrue(entries >= 4, "every change above is in the log: " + entries);
            for (String change : List.of("UPDATE audit_log SET detail = 'changed'", "DELETE FROM audit_log",
                    "TRUNCATE audit_log", "DELETE FROM flyway_schema_history", "DROP TABLE patients",
                    "CREATE TABLE notes (x text)")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(change), change);
                // refused for want of the right, not only by the append-only trigger
                assertEquals("42501", e.getSQLState(), change + ": " + e.getMessage());
            }
            assertEquals(entries, count(s, "SELECT count(*) FROM audit_log"));
        }
    }

    @Test
    void aStaffMemberCannotStartOnADatabaseThatNeedsTheOwnersSchemaChanges() throws Exception {
        // the owner set the database up with an older version of B12 Consult
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:" + owner.url(), owner.user(), owner.password())
                .locations(Dialect.POSTGRESQL.migrations()).target("7").load().migrate();
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(staff));
        assertEquals(DatabaseOpenException.Reason.NEEDS_OWNER, e.reason());
        assertTrue(e.getMessage().contains("owner") && e.getMessage().contains("b12consult migrate"), e.getMessage());
        assertTrue(e.getMessage().contains(STAFF), e.getMessage());
        assertFalse(e.getMessage().contains(STAFF_PASSWORD), e.getMessage());
        try (Connection c = TestServer.connect(owner); Statement s = c.createStatement()) {
            assertEquals(7, count(s, "SELECT max(version::int) FROM flyway_schema_history"), "nothing changed");
        }

        // once the owner has made them, the staff member starts
        Database.open(owner).close();
        Database.open(staff).close();
    }

    @Test
    void aStaffMemberCannotMakeTheTablesOfAnEmptyDatabase() {
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(staff));
        assertEquals(DatabaseOpenException.Reason.NEEDS_OWNER, e.reason());
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void theOwnersStartGivesStaffTheirRightsOnTheTablesAsTheyNowAre() throws Exception {
        try (Database db = Database.open(owner)) {
            assertFalse(db.schemaVersion().isBlank());
        }
        try (Connection c = TestServer.connect(owner); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT has_table_privilege('" + STAFF + "', 'audit_log', 'INSERT'),"
                     + " has_table_privilege('" + STAFF + "', 'audit_log', 'UPDATE'),"
                     + " has_table_privilege('" + STAFF + "', 'patients', 'UPDATE')")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
            assertFalse(rs.getBoolean(2));
            assertTrue(rs.getBoolean(3));
        }
    }

    /**
     * At opening time the rooms of a clinic start together: every owner's start grants staff their rights
     * afresh, and two GRANTs on one schema at the same moment make the server refuse one of them ("tuple
     * concurrently updated"), so the grants wait their turn on a lock of their own.
     */
    @Test
    void workstationsStartingAtTheSameMomentAllOpen() throws Exception {
        Database.open(owner).close();
        int rooms = 6;
        for (int round = 1; round <= 4; round++) {
            CyclicBarrier together = new CyclicBarrier(rooms);
            ExecutorService starts = Executors.newFixedThreadPool(rooms);
            try {
                List<Future<String>> opened = new ArrayList<>();
                for (int room = 0; room < rooms; room++) {
                    opened.add(starts.submit(() -> {
                        together.await();
                        try (Database db = Database.open(owner)) {
                            return db.schemaVersion();
                        }
                    }));
                }
                for (Future<String> start : opened) {
                    assertFalse(start.get(60, TimeUnit.SECONDS).isBlank(), "round " + round);
                }
            } finally {
                starts.shutdownNow();
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
