package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.DatabaseOpenException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file of 0 bytes: new when nothing says otherwise, damaged when backups beside it show it once held
 * a database (a failed copy, a sync program or a power cut leaves such a file). Opening it as new would show
 * no patients, offer no restore, and let the daily backups of the empty file rotate the good ones away.
 */
class EmptyDatabaseFileTest {
    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    private Path file() {
        return dir.resolve("b12consult.db");
    }

    /** A database with one patient and a backup of it, then emptied to 0 bytes as a failed copy would leave it. */
    private void aBackedUpDatabaseLeftEmpty() throws Exception {
        try (Database db = Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock)) {
            new PatientRepository(db, new AuditLog(db, clock)).create(
                    Patient.unsaved("Ann Lee", "P-0042", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE);
            db.backUpNow(clock);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file() + suffix));
        }
        Files.write(file(), new byte[0]);
    }

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEmptyFileWithBackupsBesideItIsRefusedAsDamagedAndLeftAsItIs() throws Exception {
        aBackedUpDatabaseLeftEmpty();
        List<Backups.BackupFile> backupsBefore = new Backups(file(), clock).list();
        assertEquals(1, backupsBefore.size());
        List<String> filesBefore = filesInDir();
        clock.advance(Duration.ofDays(2));

        DatabaseOpenException e = assertThrows(DatabaseOpenException.class,
                () -> Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock));

        assertEquals(Reason.DAMAGED, e.reason(), e.getMessage());
        assertTrue(e.restoringABackupMayHelp(), "the start-up window offers the backup");
        assertTrue(e.getMessage().contains(file().toString()) && e.getMessage().contains("empty (0 bytes)")
                && e.getMessage().contains("1 backup of it is in " + dir.resolve("backups")), e.getMessage());
        assertEquals(0, Files.size(file()), "the file is left as it was");
        assertEquals(filesBefore, filesInDir(), "no WAL or lock file made beside it");
        assertEquals(backupsBefore, new Backups(file(), clock).list(), "no backup of the empty file, none rotated");
    }

    @Test
    void aWalFileBesideTheEmptyFileIsNotDeleted() throws Exception {
        aBackedUpDatabaseLeftEmpty();
        // Whatever it holds: SQLite opening an empty database deletes a WAL file beside it.
        byte[] wal = new byte[4096];
        new Random(3).nextBytes(wal);
        Path walFile = Path.of(file() + "-wal");
        Files.write(walFile, wal);

        assertThrows(DatabaseOpenException.class, () -> Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock));
        assertArrayEquals(wal, Files.readAllBytes(walFile));

        // The restore moves both aside as they are, and the app opens on the backup.
        Backups.BackupFile backup = new Backups(file(), clock).list().get(0);
        BackupRestore.Restored restored = new BackupRestore(clock).restore(backup.file(), file(), NURSE);
        Path aside = restored.previousMovedTo().orElseThrow();
        assertEquals(0, Files.size(aside));
        assertArrayEquals(wal, Files.readAllBytes(Path.of(aside + "-wal")), "the WAL was moved aside, not deleted");
        try (Database db = Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock)) {
            assertEquals(List.of("Ann Lee"), new PatientRepository(db, new AuditLog(db, clock)).listAll().stream()
                    .map(Patient::name).toList());
        }
    }

    @Test
    void anEmptyFileWithoutBackupsIsANewDatabase() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve("backups").resolve("notes.txt"), "not a backup");
        Files.createFile(file());
        try (Database db = Database.open(file(), Database.DEFAULT_BUSY_TIMEOUT, clock)) {
            assertEquals(List.of(), new PatientRepository(db, new AuditLog(db, clock)).listAll());
        }
        assertTrue(Files.size(file()) > 0, "made into a database");
    }

    @Test
    void aSecondWindowFindingTheFileAnotherIsStillMakingWaitsForItEvenWithBackupsBeside() throws Exception {
        aBackedUpDatabaseLeftEmpty();
        Path made = dir.resolve("elsewhere").resolve("ready.db");
        Database.open(made).close();
        // Another database beside the backups of the first, being made by a window that holds the lock and
        // has created the file, not yet written it.
        Path file = dir.resolve("training.db");
        CompletableFuture<Database> second;
        try (MigrationLock firstWindow = MigrationLock.take(file, Duration.ofSeconds(1))) {
            Files.createFile(file);
            AtomicReference<Thread> opener = new AtomicReference<>();
            second = CompletableFuture.supplyAsync(() -> {
                opener.set(Thread.currentThread());
                try {
                    return Database.open(file, Duration.ofSeconds(20), clock);
                } catch (DatabaseOpenException e) {
                    throw new CompletionException(e);
                }
            });
            waitUntilWaitingForTheLock(opener);
            assertFalse(second.isDone(), "the second window waits while the first makes the file");
            Files.copy(made, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Database db = second.get(20, TimeUnit.SECONDS)) {
            assertEquals(List.of(), new PatientRepository(db, new AuditLog(db, clock)).listAll());
        }
    }

    /**
     * Until the thread {@code opener} sits in the migration lock's wait between tries: it found the lock taken
     * (no fixed pause, which proves nothing on a slow machine and costs time on a fast one).
     */
    private static void waitUntilWaitingForTheLock(AtomicReference<Thread> opener) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!waitingForTheLock(opener.get())) {
            assertTrue(System.nanoTime() < deadline, "the second window never waited for the migration lock");
            Thread.sleep(5);
        }
    }

    private static boolean waitingForTheLock(Thread t) {
        return t != null && t.getState() == Thread.State.TIMED_WAITING && Arrays.stream(t.getStackTrace())
                .anyMatch(f -> f.getClassName().equals(MigrationLock.class.getName()) && f.getMethodName().equals("take"));
    }
}
