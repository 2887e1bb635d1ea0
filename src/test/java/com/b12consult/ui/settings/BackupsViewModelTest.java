package com.b12consult.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.SettingKey;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupsViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private AuditLog audit;
    private final List<Path> restored = new ArrayList<>();
    private BackupsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        audit = new AuditLog(db.database, TestDatabase.CLOCK);
        model = new BackupsViewModel(db.database, db.settings, audit, TestDatabase.NURSE, TestDatabase.CLOCK,
                InlineTaskRunner.INSTANCE, restored::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void saysWhereBackupsGoAndThatThereIsNoneYet() {
        assertEquals(dir.resolve("backups"), model.folder());
        assertEquals("No backup has been taken yet.", model.lastBackupProperty().get());
        assertEquals("14", model.keepProperty().get());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void backingUpNowListsTheNewBackupAndAuditsIt() throws Exception {
        model.backUpNow();
        assertEquals(1, model.backups().size());
        assertTrue(Files.isRegularFile(model.backups().get(0).backup().file()));
        assertTrue(model.lastBackupProperty().get().startsWith("Last backup: 2026-11-21 09:00:00, "),
                model.lastBackupProperty().get());
        assertEquals(1, audit.list(AuditFilter.forAction(AuditAction.BACKUP_TAKEN), 5).size());
    }

    @Test
    void aStoredKeepCountThatIsGarbageIsShownAtTheFieldAndCanBeCorrected() {
        db.database.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES ('backup.keep', ?)")) {
                s.setString(1, "\u0000garbage");
                s.executeUpdate();
            }
            return null;
        });
        BackupsViewModel fresh = new BackupsViewModel(db.database, db.settings, audit, TestDatabase.NURSE,
                TestDatabase.CLOCK, InlineTaskRunner.INSTANCE, restored::add);
        assertTrue(fresh.keepMessage().get().contains("backup.keep"), fresh.keepMessage().get());
        fresh.keepProperty().set("7");
        assertTrue(fresh.saveKeep());
        assertEquals(7, db.settings.get(SettingKey.BACKUPS_KEPT));
    }

    @Test
    void aFailedBackupIsShownPlainly() throws Exception {
        // a file where the backups folder should be: the backup cannot be written
        Files.writeString(dir.resolve("backups"), "not a folder");
        model.backUpNow();
        assertTrue(model.problemProperty().get().startsWith("The backup failed: "), model.problemProperty().get());
        assertTrue(model.problemProperty().get().contains("backups"), model.problemProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "366", "-3", "12.5", "twelve", "99999999999"})
    void aKeepCountOutsideOneTo365IsRefusedAtTheFieldAndKept(String typed) {
        model.keepProperty().set(typed);
        assertFalse(model.saveKeep());
        assertTrue(model.keepMessage().get().contains("1 to 365"), model.keepMessage().get());
        assertEquals(typed, model.keepProperty().get());
        assertEquals(14, db.settings.get(SettingKey.BACKUPS_KEPT));
    }

    @Test
    void aKeepCountIsSavedAndUsedByTheNextBackup() {
        model.keepProperty().set(" 2 ");
        assertTrue(model.saveKeep());
        assertEquals(2, db.settings.get(SettingKey.BACKUPS_KEPT));
        for (int i = 0; i < 3; i++) {
            model.backUpNow();
        }
        assertEquals(2, model.backups().size());
    }

    @Test
    void aRestoreWaitsForConfirmationThenHandsTheBackupOn() {
        model.backUpNow();
        model.selectedProperty().set(model.backups().get(0));
        model.startRestore();
        assertTrue(model.confirmationText().contains("moved aside"), model.confirmationText());
        assertEquals(List.of(), restored);
        model.cancelRestore();
        model.confirmRestore();
        assertEquals(List.of(), restored, "a cancelled restore does nothing");
        model.startRestore();
        model.confirmRestore();
        assertEquals(List.of(model.backups().get(0).backup().file()), restored);
    }

    private BackupsViewModel held(ManualTaskRunner tasks) {
        return new BackupsViewModel(db.database, db.settings, audit, TestDatabase.NURSE, TestDatabase.CLOCK, tasks,
                restored::add);
    }

    @Test
    void theCountAndTheListAreReadOffTheScreensThreadAndTheFieldWaitsUntilThen() throws Exception {
        model.backUpNow();
        ManualTaskRunner tasks = new ManualTaskRunner();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        BackupsViewModel screen = held(tasks);
        assertEquals(0, calls.get(), "nothing is read until the tasks run");
        assertTrue(screen.loadingProperty().get());
        assertFalse(screen.keepReadProperty().get());
        assertEquals("", screen.keepProperty().get());
        assertFalse(screen.saveKeep(), "nothing to save before the stored count is read");
        assertEquals(0, screen.backups().size());

        tasks.runAll();
        assertTrue(calls.get() > 0);
        assertFalse(screen.loadingProperty().get());
        assertTrue(screen.keepReadProperty().get());
        assertEquals("14", screen.keepProperty().get());
        assertEquals(1, screen.backups().size());
        assertTrue(screen.lastBackupProperty().get().startsWith("Last backup: "), screen.lastBackupProperty().get());
    }

    @Test
    void aKeepCountIsSavedWhenItsTaskRunsAndAFailureKeepsItAtTheField() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BackupsViewModel screen = held(tasks);
        tasks.runAll();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        screen.keepProperty().set("7");
        assertTrue(screen.saveKeep());
        assertEquals(0, calls.get(), "nothing reaches the store until the task runs");
        assertTrue(screen.savingKeepProperty().get());
        assertFalse(screen.saveKeep(), "one save at a time");
        tasks.runAll();
        assertFalse(screen.savingKeepProperty().get());
        assertTrue(screen.outcomeProperty().get().startsWith("The newest 7 backups will be kept"),
                screen.outcomeProperty().get());
        db.database.watchCalls(null);
        assertEquals(7, db.settings.get(SettingKey.BACKUPS_KEPT));

        screen.keepProperty().set("9");
        assertTrue(screen.saveKeep());
        db.database.watchCalls(() -> {
            throw new StoreException("The database is locked by another program.");
        });
        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(screen.savingKeepProperty().get());
        assertEquals("Backups to keep: 9 was not saved: The database is locked by another program.",
                screen.keepMessage().get());
        assertEquals("9", screen.keepProperty().get(), "what was typed stays");
        assertEquals(7, db.settings.get(SettingKey.BACKUPS_KEPT));
    }

    @Test
    void aBackupNowIsTakenWhenItsTaskRunsAndTheButtonWaitsMeanwhile() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BackupsViewModel screen = held(tasks);
        tasks.runAll();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        screen.backUpNow();
        assertEquals(0, calls.get(), "nothing reaches the store until the task runs");
        assertTrue(screen.backingUpProperty().get());
        screen.backUpNow();
        assertEquals(1, tasks.pendingCount(), "one backup at a time");
        assertFalse(Files.exists(dir.resolve("backups")), "no backup yet");

        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(screen.backingUpProperty().get());
        assertEquals(1, screen.backups().size());
        assertTrue(screen.outcomeProperty().get().startsWith("Backed up to "), screen.outcomeProperty().get());
        assertEquals(1, audit.list(AuditFilter.forAction(AuditAction.BACKUP_TAKEN), 5).size());
    }

    @Test
    void anOlderListingThatComesBackAfterANewerOneIsDropped() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BackupsViewModel screen = held(tasks);
        // the first listing (no backup yet) is still to come back when a backup now is taken and listed
        screen.backUpNow();
        tasks.runAllNewestFirst();
        assertEquals(1, screen.backups().size(), "the older listing, of none, does not replace the newer one");
        assertFalse(screen.loadingProperty().get());
        assertTrue(screen.lastBackupProperty().get().startsWith("Last backup: "), screen.lastBackupProperty().get());
    }

    @Test
    void aFailedBackupWhenItsTaskRunsIsShownPlainlyAndTheButtonIsFreeAgain() throws Exception {
        ManualTaskRunner tasks = new ManualTaskRunner();
        BackupsViewModel screen = held(tasks);
        tasks.runAll();
        Files.writeString(dir.resolve("backups"), "not a folder");
        screen.backUpNow();
        tasks.runAll();
        assertFalse(screen.backingUpProperty().get());
        assertTrue(screen.problemProperty().get().startsWith("The backup failed: "), screen.problemProperty().get());
    }
}
