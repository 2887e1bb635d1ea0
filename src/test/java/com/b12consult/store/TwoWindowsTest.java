package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two windows on one file, as storage.md decides, are not refused: WAL lets both work and each write
 * waits for the other. Here three instances (this JVM and two more) save at the same time, and not one
 * write is lost, doubled or damaged.
 */
@Tag("slow")
class TwoWindowsTest {
    private static final int SAVES_EACH = 240;
    private static final int NEW_FILE_ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void windowsSavingAtTheSameTimeLoseNothingAndDamageNothing() throws Exception {
        Path file = dir.resolve("b12consult.db");
        long patient = SavingWorkstation.createPatient(file);

        Path go = dir.resolve("go");
        SavingWorkstation second = SavingWorkstation.start(file, patient, 0, SAVES_EACH, dir.resolve("second.err"),
                List.of(go));
        SavingWorkstation third = SavingWorkstation.start(file, patient, 10_000_000L, SAVES_EACH,
                dir.resolve("third.err"), List.of(go));
        assertTrue(second.awaitReady(30_000), "second window did not open the file: " + second.errorText());
        assertTrue(third.awaitReady(30_000), "third window did not open the file: " + third.errorText());
        // All three start saving together, once each has the file open, so their writes overlap.
        List<String> firstReported = new CopyOnWriteArrayList<>();
        CountDownLatch firstReady = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                SavingLoop.run(file, patient, 20_000_000L, SAVES_EACH, Optional.of(go), line -> {
                    if (line.equals("ready")) {
                        firstReady.countDown();
                    } else {
                        firstReported.add(line);
                    }
                });
            } catch (DatabaseOpenException | InterruptedException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
        assertTrue(firstReady.await(30, TimeUnit.SECONDS), "first window did not open the file");
        Files.createFile(go);

        assertEquals(0, second.awaitExit(60), "second window failed: " + second.errorText());
        assertEquals(0, third.awaitExit(60), "third window failed: " + third.errorText());
        first.get(60, TimeUnit.SECONDS);

        List<String> reported = new ArrayList<>(firstReported);
        reported.addAll(second.reportedSaves());
        reported.addAll(third.reportedSaves());
        assertEquals(SAVES_EACH, firstReported.size(), "saves reported by the first window");
        assertEquals(SAVES_EACH, second.reportedSaves().size(), "saves reported by the second window");
        assertEquals(SAVES_EACH, third.reportedSaves().size(), "saves reported by the third window");
        assertOverlap(List.of(firstReported, second.reportedSaves(), third.reportedSaves()));
        Set<String> distinct = new HashSet<>(reported);
        assertEquals(reported.size(), distinct.size(), "two windows were told they saved the same record");

        SavingWorkstation.Counts counts = SavingWorkstation.checkFile(file, reported, "after three windows");
        assertEquals(3 * SAVES_EACH, counts.total(), "records in the file: " + counts);
        assertEquals(new SavingWorkstation.Counts(SAVES_EACH, SAVES_EACH, SAVES_EACH), counts);
    }

    /**
     * Two windows started together on a new file (as after installing, or after an update adds a schema
     * change) both get it open: before MigrationLock, Flyway applied the same migration in both and one
     * window was refused as "in use" in about a third of tries.
     */
    @Test
    void twoWindowsStartedTogetherOnANewFileBothOpenIt() throws Exception {
        for (int round = 0; round < NEW_FILE_ROUNDS; round++) {
            Path file = dir.resolve("new-" + round + ".db");
            SavingWorkstation a = SavingWorkstation.start(file, 1, 0, -1, dir.resolve("a-" + round + ".err"));
            SavingWorkstation b = SavingWorkstation.start(file, 1, 0, -1, dir.resolve("b-" + round + ".err"));
            assertEquals(0, a.awaitExit(60), "round " + round + ", first window: " + a.errorText());
            assertEquals(0, b.awaitExit(60), "round " + round + ", second window: " + b.errorText());
            SavingWorkstation.checkFile(file, List.of(), "round " + round);
            try (Database database = Database.open(file)) {
                assertEquals(List.of(), database.read(c -> {
                    List<String> failed = new ArrayList<>();
                    try (var s = c.createStatement(); var rs = s.executeQuery(
                            "SELECT version FROM flyway_schema_history WHERE success = 0")) {
                        while (rs.next()) {
                            failed.add(rs.getString(1));
                        }
                    }
                    return failed;
                }), "failed schema changes recorded in round " + round);
            }
        }
    }

    /**
     * Ids are handed out in the order of commits; two windows' assessment ids interleaving shows they
     * really wrote in turn with each other, so the test did test sharing. Not every window need
     * interleave: SQLite's busy wait is not fair, and a window that waits may find the others done.
     */
    private static void assertOverlap(List<List<String>> windows) {
        List<long[]> ranges = new ArrayList<>();
        for (List<String> lines : windows) {
            long[] ids = lines.stream().filter(l -> l.startsWith("saved assessment "))
                    .mapToLong(l -> Long.parseLong(l.substring("saved assessment ".length()))).sorted().toArray();
            ranges.add(new long[] {ids[0], ids[ids.length - 1]});
        }
        boolean overlap = false;
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                overlap |= ranges.get(i)[0] < ranges.get(j)[1] && ranges.get(j)[0] < ranges.get(i)[1];
            }
        }
        assertTrue(overlap, "no two windows saved in turn with each other; the windows did not run together");
    }
}
