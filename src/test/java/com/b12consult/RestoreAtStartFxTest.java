package com.b12consult;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.testing.DamagedDatabase;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A damaged database at start: the window names the file and what is wrong, offers the newest good backup
 * (passing over a newer damaged one), keeps the damaged file byte for byte, and opens on the backup.
 */
class RestoreAtStartFxTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final RunningApp app = new RunningApp();
    private final FxRobot robot = app.robot();
    private final Stage stage = app.stage();

    private String text(String query) {
        return ((Label) robot.lookup(query).query()).getText();
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aDamagedDatabaseIsKeptAndTheNewestGoodBackupIsRestoredAndOpened() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(file)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
            db.database.backUpNow(TestDatabase.CLOCK);
            db.addPatient("Charles Babbage", "P-0002", "1791-12-26", Sex.MALE);
        }
        // A newer backup that is damaged too: the offer passes over it to the good one.
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 16);
        Files.write(dir.resolve("backups").resolve("b12consult-20261121T100000Z.db"), junk);
        DamagedDatabase.damagePatientIndex(file);
        byte[] damaged = Files.readAllBytes(file);

        app.startAsItIs(file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#restoreBackup"));
        String error = text("#databaseError");
        assertTrue(error.contains(file.toString()) && error.contains("damaged"), error);
        assertTrue(text("#restoreOffer").contains("2026-11-21"), text("#restoreOffer"));
        Snapshots.saveIfAsked(stage, "restore-offer");

        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<Patient> listed = List.copyOf(((TableView<Patient>) robot.lookup("#patientTable").query()).getItems());
        assertEquals(List.of("Ada Lovelace"), listed.stream().map(Patient::name).toList(), "the backup's patients");
        assertTrue(text("#databaseStatus").contains("Restored the backup"), text("#databaseStatus"));

        app.stop();
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("b12consult.db.before-restore-")
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm"))
                    .findFirst().orElseThrow(() -> new AssertionError("the damaged file was not kept"));
            assertArrayEquals(damaged, Files.readAllBytes(kept), "the damaged file's bytes survive as " + kept);
        }
        try (TestDatabase db = new TestDatabase(file)) {
            List<AuditEntry> restores = new AuditLog(db.database, TestDatabase.CLOCK)
                    .list(AuditFilter.forAction(AuditAction.DATABASE_RESTORED), 10);
            assertEquals(1, restores.size());
            assertEquals("AB", restores.get(0).actor().initials());
        }
    }

    @Test
    void anEmptiedDatabaseFileIsRefusedAndItsBackupOffered() throws Exception {
        Path file = dir.resolve("b12consult.db");
        try (TestDatabase db = new TestDatabase(file)) {
            db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
            db.database.backUpNow(TestDatabase.CLOCK);
        }
        // what a failed copy or a power cut can leave
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        Files.write(file, new byte[0]);

        app.startAsItIs(file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown("#restoreBackup"));
        String error = text("#databaseError");
        assertTrue(error.contains(file.toString()) && error.contains("empty (0 bytes)"), error);
        assertEquals(0, Files.size(file), "the empty file is not made into a new database");
        Snapshots.saveIfAsked(stage, "restore-offer-empty-file");

        robot.clickOn("#restoreBackup");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#patientTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<Patient> listed = List.copyOf(((TableView<Patient>) robot.lookup("#patientTable").query()).getItems());
        assertEquals(List.of("Ada Lovelace"), listed.stream().map(Patient::name).toList(), "the backup's patients");
    }
}
