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
    private static final int SAVES_EACH = 150;

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
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                SavingLoop.run(file, patient, 20_000_000L, SAVES_EACH, Optional.of(go), line -> {
                    if (!line.equals("ready")) {
                        firstReported.add(line);
                    }
                });
            } catch (DatabaseOpenException | InterruptedException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        });
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
     * Ids are handed out in the order of commits; each window's assessment ids spanning another's shows
     * the windows really wrote in turn with each other, so the test above did test sharing.
     */
    private static void assertOverlap(List<List<String>> windows) {
        List<long[]> ranges = new ArrayList<>();
        for (List<String> lines : windows) {
            long[] ids = lines.stream().filter(l -> l.startsWith("saved assessment "))
                    .mapToLong(l -> Long.parseLong(l.substring("saved assessment ".length()))).sorted().toArray();
            ranges.add(new long[] {ids[0], ids[ids.length - 1]});
        }
        for (int i = 0; i < ranges.size(); i++) {
            long[] mine = ranges.get(i);
            boolean overlaps = false;
            for (int j = 0; j < ranges.size(); j++) {
                long[] other = ranges.get(j);
                overlaps |= j != i && mine[0] < other[1] && other[0] < mine[1];
            }
            assertTrue(overlaps, "window " + (i + 1) + " saved all its assessments while no other window saved"
                    + " (ids " + mine[0] + " to " + mine[1] + "); the windows did not run together");
        }
    }
}
