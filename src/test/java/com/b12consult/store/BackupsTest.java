package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    private static final Actor NURSE = new Actor("nurse", "AB");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

    private Path file() {
        return dir.resolve("b12consult.db");
    }

    private Database open() throws DatabaseOpenException {
        return Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock);
    }

    private List<Backups.BackupFile> backups() {
        return new Backups(file(), clock).list();
    }

    private static void setClinicName(Database db, String name) {
        new SettingsRepository(db, new AuditLog(db, java.time.Clock.systemUTC())).put(SettingKey.CLINIC_NAME, name, NURSE);
    }

    private String clinicName() throws DatabaseOpenException {
        try (Database db = open()) {
            return new SettingsRepository(db, new AuditLog(db, clock)).get(SettingKey.CLINIC_NAME);
        }
    }

    @Test
    void aNewEmptyDatabaseIsNotBackedUpButTheNextDayItIs() throws Exception {
        open().close();
        assertEquals(List.of(), backups(), "nothing to lose yet");

        clock.advance(Duration.ofHours(1));
        open().close();
        assertEquals(1, backups().size(), "the first open with data and no backup takes one");

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        open().close();
        assertEquals(1, backups().size(), "less than a day since the newest backup");

        clock.advance(Duration.ofSeconds(1));
        open().close();
        List<Backups.BackupFile> all = backups();
        assertEquals(2, all.size(), "a day after the newest backup");
        assertEquals(clock.instant(), all.get(0).takenAt(), "newest first");
        assertEquals("b12consult-20260303T090000Z.db", all.get(0).file().getFileName().toString());
        assertEquals(dir.resolve("backups"), all.get(0).file().getParent());
    }

    @Test
    void todaysBackupLeftForLaterIsTakenWhenAskedAndOnlyOnce() throws Exception {
        open().close();
        clock.advance(Duration.ofHours(1));
        try (Database db = Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock, Database.DailyBackup.WHEN_ASKED)) {
            assertEquals(List.of(), backups(), "opening left today's backup for later");
            assertEquals(Optional.empty(), db.takeDailyBackupIfDue());
            assertEquals(1, backups().size(), "taken when asked");
            clock.advance(Duration.ofDays(1));
            assertEquals(Optional.empty(), db.takeDailyBackupIfDue());
            assertEquals(1, backups().size(), "once per open, however often asked");
            assertEquals(Optional.empty(), db.backupProblem());
        }
        try (Database db = open()) {
            assertEquals(2, backups().size(), "a day later the headless open takes it while opening, as before");
            assertEquals(Optional.empty(), db.takeDailyBackupIfDue(), "nothing left to take");
            assertEquals(2, backups().size());
        }
    }

    @Test
    void aPendingMigrationIsPrecededByABackupOfTheOldSchema() throws Exception {
        // A database of the first version of the app: only V1 applied.
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file(), null, null)
                .locations(Dialect.SQLITE.migrations()).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO settings (key, value) VALUES ('clinic.name', 'Before the update')");
        }

        open().close();

        List<Backups.BackupFile> all = backups();
        assertEquals(1, all.size(), "one backup: the one before the update also counts as today's");
        Path backup = all.get(0).file();
        assertEquals("1", query(backup, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success"),
                "the backup holds the schema as it was before the update");
        assertEquals("Before the update", query(backup, "SELECT value FROM settings WHERE key = 'clinic.name'"));
        assertEquals("delete", query(backup, "PRAGMA journal_mode"), "a backup is one self-contained file");
        // the newest migration the app ships, whichever it is, so a new migration does not break this test
        String newest = String.valueOf(java.util.Arrays.stream(Flyway.configure(getClass().getClassLoader())
                .dataSource("jdbc:sqlite:" + file(), null, null).locations(Dialect.SQLITE.migrations()).load().info().all())
                .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElseThrow());
        assertEquals(newest, query(file(), "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success"),
                "and the database itself was updated to the newest schema");
    }

    @Test
    void rotationKeepsTheNewestAsManyAsTheSettingSays() throws Exception {
        try (Database db = open()) {
            new SettingsRepository(db, new AuditLog(db, clock)).put(SettingKey.BACKUPS_KEPT, 3, NURSE);
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofHours(1));
                db.backUpNow(clock);
            }
        }
        Files.writeString(dir.resolve("backups").resolve("notes.txt"), "not a backup");
        List<Backups.BackupFile> all = backups();
        assertEquals(3, all.size());
        assertEquals(List.of(clock.instant(), clock.instant().minusSeconds(3600), clock.instant().minusSeconds(7200)),
                all.stream().map(Backups.BackupFile::takenAt).toList());
        new Backups(file(), clock).keepNewest(1);
        assertEquals(1, backups().size());
        assertTrue(Files.exists(dir.resolve("backups").resolve("notes.txt")), "files not named as backups are left alone");
    }

    @Test
    void rotationNeverRemovesTheLastBackupWithPatientsWhileNewerOnesHaveNone() throws Exception {
        Instant withAnn;
        try (Database db = open()) {
            AuditLog log = new AuditLog(db, clock);
            new SettingsRepository(db, log).put(SettingKey.BACKUPS_KEPT, 3, NURSE);
            long ann = new PatientRepository(db, log).create(Patient.unsaved("Ann Lee", "P-0042", Optional.empty(),
                    Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE).id();
            clock.advance(Duration.ofHours(1));
            db.backUpNow(clock);
            withAnn = clock.instant();
            clock.advance(Duration.ofHours(1));
            db.backUpNow(clock);
            // emptied by mistake; the daily backups go on
            new PatientData(db, log).delete(ann, NURSE);
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofHours(1));
                db.backUpNow(clock);
            }
            Instant now = clock.instant();
            assertEquals(List.of(now, now.minusSeconds(3600), now.minusSeconds(7200), withAnn.plusSeconds(3600)),
                    backups().stream().map(Backups.BackupFile::takenAt).toList(),
                    "the three newest, and the newest of the two with a patient");

            new PatientRepository(db, log).create(Patient.unsaved("Bo Chan", "P-0043", Optional.empty(),
                    Sex.MALE, KnownAllergies.NOT_RECORDED), NURSE);
            clock.advance(Duration.ofHours(1));
            db.backUpNow(clock);
        }
        Instant now = clock.instant();
        assertEquals(List.of(now, now.minusSeconds(3600), now.minusSeconds(7200)),
                backups().stream().map(Backups.BackupFile::takenAt).toList(),
                "once the newest holds patients again, the setting alone decides");
    }

    @Test
    void theDefaultIsFourteenAndBadStoredValuesAreRefusedWithTheRange() {
        assertEquals(14, SettingKey.BACKUPS_KEPT.defaultValue());
        StoreException e = assertThrows(StoreException.class, () -> SettingKey.BACKUPS_KEPT.read("0"));
        assertTrue(e.getMessage().contains("backup.keep") && e.getMessage().contains("from 1 to 365"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SettingKey.BACKUPS_KEPT.write(366));
    }

    @Test
    void twoBackupsInOneSecondAreBothKept() throws Exception {
        try (Database db = open()) {
            Path first = db.backUpNow(clock);
            Path second = db.backUpNow(clock);
            assertNotEquals(first, second);
        }
        assertEquals(2, backups().size());
    }

    @Test
    void theDatabaseAndItsBackupsAreReadableByTheOwnerOnly() throws Exception {
        assumeTrue(Backups.posix(dir), "POSIX permissions are not supported on this file system");
        try (Database db = open()) {
            db.backUpNow(clock);
        }
        assertEquals("rw-------", permissions(file()));
        assertEquals("rwx------", permissions(dir.resolve("backups")));
        assertEquals("rw-------", permissions(backups().get(0).file()));
    }

    @Test
    void anExistingDatabaseOpenToOthersIsMadeOwnerOnlyWhenOpened() throws Exception {
        assumeTrue(Backups.posix(dir), "POSIX permissions are not supported on this file system");
        open().close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
        open().close();
        assertEquals("rw-------", permissions(file()));
    }

    @Test
    void restoreBringsBackTheOldDataKeepsTheReplacedFileAndIsAudited() throws Exception {
        Path backup;
        try (Database db = open()) {
            setClinicName(db, "Old name");
            backup = db.backUpNow(clock);
            setClinicName(db, "New name");
        }
        clock.advance(Duration.ofMinutes(5));

        BackupRestore.Restored done = new BackupRestore(clock).restore(backup, file(), NURSE);

        assertEquals("Old name", clinicName());
        Path aside = done.previousMovedTo().orElseThrow();
        assertEquals("b12consult.db.before-restore-20260302T080500Z", aside.getFileName().toString());
        assertEquals("New name", query(aside, "SELECT value FROM settings WHERE key = 'clinic.name'"),
                "the replaced database is kept, with everything written to it");
        try (Database db = open()) {
            List<AuditEntry> restores = new AuditLog(db, clock).list(AuditFilter.forAction(AuditAction.DATABASE_RESTORED), 10);
            assertEquals(1, restores.size());
            assertEquals(NURSE, restores.get(0).actor());
            assertTrue(restores.get(0).detail().contains(backup.getFileName().toString()), restores.get(0).detail());
        }
        assertTrue(Files.exists(backup), "the backup itself stays");
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        Path backup;
        try (Database db = open()) {
            setClinicName(db, "Current");
            backup = db.backUpNow(clock);
        }
        byte[] bytes = Files.readAllBytes(backup);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path damaged = dir.resolve("damaged.db");
        Files.write(damaged, bytes);
        assertRefusedAndUntouched(damaged, "damaged");
    }

    @Test
    void aForeignDatabaseOrAnyOtherFileIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        try (Database db = open()) {
            setClinicName(db, "Current");
        }
        Path foreign = dir.resolve("other-program.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE patients (name TEXT)");
        }
        assertRefusedAndUntouched(foreign, "not a B12 Consult database");
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "a shopping list, not a database ".repeat(20));
        assertRefusedAndUntouched(text, "not an SQLite database");
        assertRefusedAndUntouched(dir.resolve("missing.db"), "does not exist");
    }

    private void assertRefusedAndUntouched(Path backup, String why) throws IOException, DatabaseOpenException {
        byte[] before = Files.readAllBytes(file());
        InvalidBackupException e = assertThrows(InvalidBackupException.class,
                () -> new BackupRestore(clock).restore(backup, file(), NURSE));
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertTrue(e.getMessage().contains(backup.getFileName().toString()), "names the file: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("restor")), "nothing was moved or copied");
        }
        assertEquals("Current", clinicName());
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static String query(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
