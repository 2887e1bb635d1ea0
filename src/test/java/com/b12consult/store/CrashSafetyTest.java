package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workstation killed outright (SIGKILL: no shutdown hook, no close) while it saves assessments, doses
 * and diary entries leaves a file that SQLite finds intact, that holds every save the workstation saw
 * return, and that has no record without its audit entry or the other way round. The same on the clinic server:
 * a workstation killed mid-save leaves every save it saw return, and no save in part (the server rolls back the
 * transaction of a connection that vanished).
 */
@Tag("slow")
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class CrashSafetyTest {
    private static final long SEED = 20261121L;
    private static final int KILLS_WHILE_SAVING = 50;
    /** Saves a child must have reported before its kill is timed: five per run, fifty runs. */
    private static final int SAVES_BEFORE_KILL = 5;
    /** Kills that may land while the file is being opened (WAL switch, schema checks) rather than in a save. */
    private static final int KILLS_WHILE_OPENING = 6;

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLosesNothingReportedAndLeavesNothingHalfSaved() throws Exception {
        StoreLocation file = TestServer.location(kind, dir);
        long patient = SavingWorkstation.createPatient(file);
        Random random = new Random(SEED);
        List<String> everReported = new ArrayList<>();
        SavingWorkstation.Counts counts = null;
        int runs = KILLS_WHILE_SAVING + KILLS_WHILE_OPENING;
        for (int run = 0; run < runs; run++) {
            boolean whileOpening = run % ((runs + KILLS_WHILE_OPENING - 1) / KILLS_WHILE_OPENING) == 3;
            SavingWorkstation child = SavingWorkstation.start(file, patient, run * 1_000_000L, 0,
                    dir.resolve("child-" + run + ".err"), List.of());
            String when = "after kill " + (run + 1) + (whileOpening ? " (while opening)" : "");
            if (whileOpening) {
                Thread.sleep(random.nextInt(600));
            } else {
                assertTrue(child.awaitReady(30_000), "the child did not open the file: " + child.errorText());
                // Each kill lands in a running stream of saves, however fast this machine saves.
                assertTrue(child.awaitSaves(SAVES_BEFORE_KILL, 30_000), when + ": the child did not save: " + child.errorText());
                Thread.sleep(30 + random.nextInt(171));
                assertTrue(child.isAlive(), when + ": the child stopped by itself: " + child.errorText());
            }
            child.kill();
            everReported.addAll(child.reportedSaves());
            // Everything reported in earlier runs is checked again: a saved record stays saved.
            counts = SavingWorkstation.checkFile(file, everReported, when);
        }
        System.out.println("crash test on " + kind + ": " + runs + " kills, " + everReported.size() + " saves reported, file holds " + counts);
        // The kills must have landed among saves, or the checks above proved nothing.
        assertTrue(everReported.size() >= SAVES_BEFORE_KILL * KILLS_WHILE_SAVING,
                "only " + everReported.size() + " saves reported in " + runs + " runs");
        assertTrue(counts.total() >= everReported.size(), counts + " vs " + everReported.size() + " reported");
    }
}
