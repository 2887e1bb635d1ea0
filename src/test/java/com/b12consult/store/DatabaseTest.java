package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.b12consult.store.DatabaseOpenException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Duration SHORT_WAIT = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void migratesANewFileToTheCurrentSchema() throws Exception {
        Path file = dir.resolve("not/yet/there/b12consult.db");
        try (Database db = Database.open(file)) {
            assertEquals(file.toAbsolutePath(), db.file());
            List<String> tables = db.read(c -> strings(c,
                    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
            assertTrue(tables.containsAll(List.of("patients", "prescriptions", "injections", "lab_panels",
                    "lab_results", "headache_entries", "assessments", "handouts", "settings", "audit_log",
                    "flyway_schema_history")), tables.toString());
            List<String> triggers = db.read(c -> strings(c,
                    "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"));
            assertEquals(List.of("audit_log_no_delete", "audit_log_no_update", "dose_outcomes_one_given_per_due_dose"), triggers);
            List<String> applied = db.read(c -> strings(c,
                    "SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
            assertEquals(migrationVersions().stream().map(v -> v + ":1").toList(), applied);
            assertEquals("wal", db.read(c -> strings(c, "PRAGMA journal_mode")).get(0));
            assertEquals("1", db.read(c -> strings(c, "PRAGMA foreign_keys")).get(0));
            assertEquals("5000", db.read(c -> strings(c, "PRAGMA busy_timeout")).get(0));
        }
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void anEmptyFileIsANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertEquals(List.of("0"), db.read(c -> strings(c, "SELECT count(*) FROM patients")));
        }
    }

    @Test
    void reopeningKeepsDataAndAppliesNothingTwice() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> update(c, "INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(file)) {
            assertEquals(List.of("v"), db.read(c -> strings(c, "SELECT value FROM settings WHERE key = 'k'")));
            assertEquals(List.of(String.valueOf(migrationVersions().size())), db.read(c -> strings(c,
                    "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")));
        }
    }

    @Test
    void foreignKeysAreEnforced() throws Exception {
        try (Database db = Database.open(dir.resolve("b12consult.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> update(c,
                    "INSERT INTO lab_panels (patient_id, taken_on) VALUES (999, '2026-01-01')")));
            assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
        }
    }

    @Test
    void aFailedTransactionSavesNothing() throws Exception {
        try (Database db = Database.open(dir.resolve("b12consult.db"))) {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(c -> {
                update(c, "INSERT INTO settings (key, value) VALUES ('a', '1')");
                db.inTransaction(inner -> update(inner, "INSERT INTO settings (key, value) VALUES ('b', '2')"));
                throw new IllegalStateException("second half failed");
            }));
            assertEquals(List.of("0"), db.read(c -> strings(c, "SELECT count(*) FROM settings")));
            // the connection is usable afterwards, outside any transaction
            db.inTransaction(c -> update(c, "INSERT INTO settings (key, value) VALUES ('c', '3')"));
            assertEquals(List.of("c"), db.read(c -> strings(c, "SELECT key FROM settings")));
        }
    }

    @Test
    void twoWindowsCanShareTheFile() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (Database first = Database.open(file); Database second = Database.open(file, SHORT_WAIT)) {
            first.inTransaction(c -> update(c, "INSERT INTO settings (key, value) VALUES ('k', 'from the first')"));
            assertEquals(List.of("from the first"), second.read(c -> strings(c, "SELECT value FROM settings")));
        }
    }

    // ---- refusals: each leaves the file exactly as it was -----------------------------------------------

    @Test
    void refusesATextFile() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Shopping list: milk, eggs, and a very long line to pass one hundred bytes. ".repeat(3));
        assertRefusedUnchanged(file, Reason.NOT_A_DATABASE, Duration.ofSeconds(5));
    }

    @Test
    void refusesAShortFile() throws Exception {
        Path file = dir.resolve("short.db");
        Files.write(file, new byte[] {1, 2, 3});
        assertRefusedUnchanged(file, Reason.NOT_A_DATABASE, Duration.ofSeconds(5));
    }

    @Test
    void refusesAFileThatOnlyLooksLikeSqlite() throws Exception {
        Path file = dir.resolve("damaged.db");
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Files.write(file, bytes);
        assertRefusedUnchanged(file, Reason.NOT_A_DATABASE, Duration.ofSeconds(5));
    }

    @Test
    void refusesADamagedDatabaseThatStillOpensAsSqlite() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                db.inTransaction(c -> update(c, "INSERT INTO patients (name, name_search, identifier, identifier_key, sex)"
                        + " VALUES ('Patient " + n + "', 'patient " + n + "', 'P-" + n + "', 'p-" + n + "', 'female')"));
            }
        }
        com.b12consult.testing.DamagedDatabase.damagePatientIndex(file);
        DatabaseOpenException e = assertRefusedUnchanged(file, Reason.DAMAGED, Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(e.restoringABackupMayHelp());
    }

    @Test
    void refusesAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(folder));
        assertEquals(Reason.NOT_A_DATABASE, e.reason());
        assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
    }

    @Test
    void refusesAnotherProgramsSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = raw(file)) {
            update(c, "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)");
            update(c, "INSERT INTO recipes (title) VALUES ('soup')");
        }
        assertRefusedUnchanged(file, Reason.NOT_A_B12_CONSULT_DATABASE, Duration.ofSeconds(5));
    }

    @Test
    void refusesAnUnreadableFile() throws Exception {
        Path file = savedDatabase();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");
            assertRefusedUnchanged(file, Reason.UNREADABLE, Duration.ofSeconds(5));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void refusesAReadOnlyFile() throws Exception {
        Path file = savedDatabase();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(Files.isWritable(file), "running as a user who can write any file (root)");
            assertRefusedUnchanged(file, Reason.READ_ONLY, Duration.ofSeconds(5));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void refusesADatabaseAnotherProgramIsWriting() throws Exception {
        Path file = savedDatabase();
        byte[] before = Files.readAllBytes(file);
        try (Connection other = raw(file)) {
            update(other, "BEGIN EXCLUSIVE");
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, SHORT_WAIT));
            assertEquals(Reason.LOCKED, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            update(other, "ROLLBACK");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesADatabaseLockedAgainstReading() throws Exception {
        Path file = dir.resolve("rollback-journal.db");
        try (Connection c = raw(file)) {
            update(c, "CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(file);
        try (Connection other = raw(file)) {
            // in rollback-journal mode an exclusive lock keeps readers out too
            update(other, "BEGIN EXCLUSIVE");
            DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, SHORT_WAIT));
            assertEquals(Reason.LOCKED, e.reason(), e.getMessage());
            update(other, "ROLLBACK");
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesADatabaseFromANewerVersion() throws Exception {
        Path file = savedDatabase();
        try (Connection c = raw(file)) {
            update(c, "CREATE TABLE reminders (id INTEGER PRIMARY KEY)");
            update(c, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES"
                    + " (99, '99', 'reminders', 'SQL', 'V99__reminders.sql', 1234, 'newer app', 1, 1)");
            // back to a rollback journal, so that switching it to WAL would show in the file's bytes
            assertEquals("delete", strings(c, "PRAGMA journal_mode = DELETE").get(0));
        }
        DatabaseOpenException e = assertRefusedUnchanged(file, Reason.NEWER_SCHEMA, Duration.ofSeconds(5));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void refusesADatabaseWhoseAppliedMigrationWasChanged() throws Exception {
        Path file = savedDatabase();
        try (Connection c = raw(file)) {
            update(c, "PRAGMA journal_mode = DELETE");
            // the audit log's triggers do not cover Flyway's own table
            update(c, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }
        assertRefusedUnchanged(file, Reason.INCONSISTENT_SCHEMA, Duration.ofSeconds(5));
    }

    private Path savedDatabase() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> update(c, "INSERT INTO settings (key, value) VALUES ('clinic.name', 'North')"));
        }
        assertFalse(Files.exists(dir.resolve("b12consult.db-wal")), "closing checkpoints the WAL into the file");
        return file;
    }

    private static DatabaseOpenException assertRefusedUnchanged(Path file, Reason reason, Duration wait)
            throws Exception {
        byte[] before = Files.readAllBytes(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file, wait));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(file.toAbsolutePath(), e.file());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the refused file must be left as it was");
        return e;
    }

    private static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return s.getUpdateCount();
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The versions of the migrations the app ships, in order: each must be applied exactly once. */
    private static List<Integer> migrationVersions() throws Exception {
        Path folder = Path.of(Database.class.getResource("/com/b12consult/db/sqlite").toURI());
        try (var files = Files.list(folder)) {
            List<Integer> versions = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .sorted().toList();
            assertTrue(versions.contains(1), versions.toString());
            return versions;
        }
    }
}
