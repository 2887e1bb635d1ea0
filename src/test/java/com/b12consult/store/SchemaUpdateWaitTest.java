package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window that finds another updating the file's schema waits for it, however short its busy timeout: an update
 * over every patient of a large clinic (schema 11) or on a busy machine outlasts the seconds a write waits, and CI's
 * two windows on a new file were refused after 5 s under load.
 */
class SchemaUpdateWaitTest {
    /** Far shorter than the other window's update below: the wait that used to refuse the second window. */
    static final Duration BUSY_TIMEOUT = Duration.ofMillis(100);
    /** How long the first window holds the lock: ten busy timeouts. */
    static final long UPDATE_MS = 1000;

    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    @Test
    void aWindowWaitsForAnotherWindowsSchemaUpdateLongerThanItsBusyTimeout() throws Exception {
        Path file = dir.resolve("clinic.db");
        CompletableFuture<Database> second;
        // a file of an older version: the first window holds the lock while it updates the schema
        Files.createFile(file);
        try (MigrationLock firstWindow = MigrationLock.take(file, Duration.ofSeconds(1))) {
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return Database.open(file, BUSY_TIMEOUT, clock);
                } catch (DatabaseOpenException e) {
                    throw new CompletionException(e);
                }
            });
            Thread.sleep(UPDATE_MS);
            assertFalse(second.isDone(), "the second window gave up while the first was still updating: "
                    + (second.isCompletedExceptionally() ? second.handle((d, e) -> e.getMessage()).join() : ""));
        }
        // the first window let go without updating (as if it had been closed): the second, waiting, does it
        try (Database db = second.get(30, TimeUnit.SECONDS)) {
            assertEquals(List.of(), new PatientRepository(db, new AuditLog(db, clock)).listAll());
        }
    }

    @Test
    void theWaitIsTheLongerOfTheBusyTimeoutAndTheSchemaUpdateWait() {
        assertTrue(DatabaseFile.SCHEMA_UPDATE_WAIT.compareTo(Database.DEFAULT_BUSY_TIMEOUT) > 0,
                "a schema update is waited for longer than a write");
    }
}
