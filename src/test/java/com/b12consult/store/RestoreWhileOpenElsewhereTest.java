package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.b12consult.domain.Actor;
import com.b12consult.testing.WindowHoldingTheDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore while another window has the database open, idle, is refused before any file is touched:
 * that window holds no write lock, so the checkpoint does not notice it, yet it would go on saving into
 * the file moved aside and those saves would be missing from the restored one.
 */
class RestoreWhileOpenElsewhereTest {
    private static final Actor NURSE = new Actor("nurse", "AB");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));
    private Path backup;

    private Path file() {
        return dir.resolve("b12consult.db");
    }

    @BeforeEach
    void aDatabaseWithABackupOfAnOlderState() throws Exception {
        assumeFalse(System.getProperty("os.name", "").startsWith("Windows"), "the check is POSIX locks");
        try (Database db = Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock)) {
            setClinicName(db, "Old name");
            backup = db.backUpNow(clock);
            setClinicName(db, "New name");
        }
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void refusedWhileAnotherWindowHasTheFileOpenAndDoneOnceItIsClosed() throws Exception {
        try (WindowHoldingTheDatabase other = WindowHoldingTheDatabase.open(file(), dir.resolve("other.err"))) {
            assertTrue(Files.exists(Path.of(file() + "-shm")), "the other window has the file open in WAL mode");
            Map<String, byte[]> before = everyFile();

            DatabaseInUseException e = assertThrows(DatabaseInUseException.class,
                    () -> new BackupRestore(clock).restore(backup, file(), NURSE));

            assertTrue(e.getMessage().contains("B12 Consult has this database open in another window or on another"
                    + " computer: close it there first, then restore"), e.getMessage());
            assertTrue(e.getMessage().contains(file().toString()), "names the file: " + e.getMessage());
            assertSameFiles(before, everyFile());
            assertEquals(0, other.closeDatabase(), other.errorText());
        }

        BackupRestore.Restored done = new BackupRestore(clock).restore(backup, file(), NURSE);

        assertEquals("Old name", clinicName(file()));
        assertEquals("New name", clinicName(done.previousMovedTo().orElseThrow()));
    }

    /** A window that crashed leaves its WAL files behind but holds no lock: the restore goes ahead. */
    @Test
    void aWindowThatCrashedDoesNotBlockTheRestore() throws Exception {
        WindowHoldingTheDatabase crashed = WindowHoldingTheDatabase.open(file(), dir.resolve("crashed.err"));
        crashed.kill();
        assertTrue(Files.exists(Path.of(file() + "-shm")), "the crash left the -shm file behind");

        BackupRestore.Restored done = new BackupRestore(clock).restore(backup, file(), NURSE);

        assertEquals("Old name", clinicName(file()));
        assertEquals("New name", clinicName(done.previousMovedTo().orElseThrow()));
    }

    /** Two restores at once from this JVM: the second finds the lock the first holds while moving files. */
    @Test
    void theLockIsNotGrantedTwiceInOneJvm() throws Exception {
        try (WindowHoldingTheDatabase other = WindowHoldingTheDatabase.open(file(), dir.resolve("other.err"))) {
            assertThrows(DatabaseInUseException.class, () -> OpenElsewhere.refuseIfOpen(file()).close());
            assertEquals(0, other.closeDatabase(), other.errorText());
        }
        try (WindowHoldingTheDatabase crashed = WindowHoldingTheDatabase.open(file(), dir.resolve("c.err"))) {
            crashed.kill();
        }
        try (OpenElsewhere held = OpenElsewhere.refuseIfOpen(file())) {
            assertThrows(DatabaseInUseException.class, () -> OpenElsewhere.refuseIfOpen(file()));
        }
        OpenElsewhere.refuseIfOpen(file()).close();
    }

    private Map<String, byte[]> everyFile() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".err")).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "no file was moved, copied or removed");
        assertTrue(before.keySet().containsAll(java.util.List.of("b12consult.db", "b12consult.db-wal",
                "b12consult.db-shm")), "the database and its WAL files were compared: " + before.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }

    private static void setClinicName(Database db, String name) {
        new SettingsRepository(db, new AuditLog(db, Clock.systemUTC())).put(SettingKey.CLINIC_NAME, name, NURSE);
    }

    private static String clinicName(Path db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement();
             var rs = s.executeQuery("SELECT value FROM settings WHERE key = 'clinic.name'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
