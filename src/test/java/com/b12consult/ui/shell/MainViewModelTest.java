package com.b12consult.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.Database;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.shell.MainViewModel.DatabaseState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;

    private final ManualTaskRunner tasks = new ManualTaskRunner();

    @Test
    void startsOnPatientsWaitingForTheDatabase() {
        MainViewModel model = new MainViewModel(dir.resolve("b12consult.db"), tasks);
        model.openDatabase(() -> "opened", x -> { });

        assertEquals(Screen.PATIENTS, model.currentScreenProperty().get());
        assertEquals(DatabaseState.OPENING, model.databaseStateProperty().get());
        assertTrue(model.currentScreenWaitsForDatabase().get());
        assertTrue(model.statusDetail().get().contains(dir.resolve("b12consult.db").toString()));

        model.show(Screen.CONSULTATION);
        assertTrue(model.currentScreenWaitsForDatabase().get(), "the consultation reads the record");

        model.show(Screen.SETTINGS);
        assertTrue(model.currentScreenWaitsForDatabase().get());
    }

    @Test
    void aSwitchToAnotherStoreIsWhatTheStatusNamesAndAServerOfTheWindowsChoiceOffersTheChoiceAgain() {
        MainViewModel model = new MainViewModel(dir.resolve("b12consult.db"), tasks);
        var server = new com.b12consult.store.StoreLocation.ClinicServer("postgresql://db.clinic.lan:5432/b12",
                "reception", "", "require");
        model.useStore(server, BackupRecovery.none());
        assertEquals(null, model.databaseFile());
        List<String> asked = new ArrayList<>();
        model.offerStoreChoice(() -> asked.add("asked"));
        assertTrue(model.storeChoiceOfferedProperty().get());
        model.openDatabase(() -> {
            throw new IllegalStateException("Cannot open the clinic server: it cannot be reached.");
        }, x -> { });
        tasks.runAll();
        String failed = model.statusDetail().get();
        assertTrue(failed.contains("With Choose the database, try the server again"), failed);
        assertFalse(failed.contains("--db"), "a workstation that chose in the window is not sent to the command line");
        model.chooseAnotherStore();
        assertEquals(List.of("asked"), asked);

        model.useStore(new com.b12consult.store.StoreLocation.SqliteFile(dir.resolve("other.db")),
                BackupRecovery.none());
        model.openDatabase(() -> "opened", x -> { });
        tasks.runAll();
        assertEquals("Patient database: " + dir.resolve("other.db"), model.statusDetail().get());
    }

    @Test
    void onTheClinicServerTheStatusNamesTheServerAndAFailureSaysWhatToDoWithoutAFile() {
        var server = new com.b12consult.store.StoreLocation.ClinicServer("postgresql://db.clinic.lan:5432/b12",
                "reception", "pw-in-status-31", "require");
        MainViewModel model = new MainViewModel(server, tasks, BackupRecovery.none());
        model.openDatabase(() -> "opened", x -> { });
        assertTrue(model.statusDetail().get().contains("postgresql://db.clinic.lan:5432/b12"), model.statusDetail().get());
        tasks.runAll();
        assertEquals("Patient database on the clinic server postgresql://db.clinic.lan:5432/b12 (user reception)",
                model.statusDetail().get());

        model.openDatabase(() -> {
            throw new IllegalStateException("Cannot open the clinic server: it cannot be reached.");
        }, x -> { });
        tasks.runAll();
        String failed = model.statusDetail().get();
        assertEquals(DatabaseState.FAILED, model.databaseStateProperty().get());
        assertTrue(failed.startsWith("Cannot open the clinic server: it cannot be reached."), failed);
        assertTrue(failed.contains("--db postgresql://"), failed);
        assertFalse(failed.contains("File:") || failed.contains("check the file"), failed);
        assertFalse(failed.contains("pw-in-status-31"), failed);
        assertEquals(null, model.databaseFile());
    }

    @Test
    void turnsReadyOnlyAfterTheScreensAreBuilt() {
        MainViewModel model = new MainViewModel(dir.resolve("b12consult.db"), tasks);
        List<String> built = new ArrayList<>();
        model.openDatabase(() -> "database", db -> {
            assertEquals(DatabaseState.OPENING, model.databaseStateProperty().get());
            built.add(db);
        });
        assertEquals(List.of(), built, "nothing is built before the work has run");

        tasks.runAll();

        assertEquals(List.of("database"), built);
        assertEquals(DatabaseState.READY, model.databaseStateProperty().get());
        assertFalse(model.currentScreenWaitsForDatabase().get());
    }

    @Test
    void aFileThatIsNotADatabaseFailsNamingTheFileAndIsLeftUnchanged() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "These are my notes, not a database.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        MainViewModel model = new MainViewModel(file, tasks);
        List<Database> opened = new ArrayList<>();

        model.openDatabase(() -> Database.open(file), opened::add);
        tasks.runAll();

        assertEquals(List.of(), opened);
        assertEquals(DatabaseState.FAILED, model.databaseStateProperty().get());
        assertFalse(model.failureReasonProperty().get().isBlank());
        String detail = model.statusDetail().get();
        assertTrue(detail.contains(file.toString()), detail);
        assertTrue(detail.contains("--db PATH"), detail);
        assertTrue(model.currentScreenWaitsForDatabase().get());
        assertEquals(List.of(file.getFileName()), listFolder(), "no journal or WAL file was created next to it");
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(file)), "the file is unchanged");
    }

    @Test
    void aFailureWhileBuildingTheScreensIsShownLikeAFailureToOpen() {
        Path file = dir.resolve("b12consult.db");
        MainViewModel model = new MainViewModel(file, tasks);
        model.openDatabase(() -> "database", db -> {
            throw new IllegalStateException("settings table unreadable");
        });
        tasks.runAll();

        assertEquals(DatabaseState.FAILED, model.databaseStateProperty().get());
        assertEquals("settings table unreadable", model.failureReasonProperty().get());
        assertTrue(model.statusDetail().get().startsWith("File: " + file), model.statusDetail().get());
    }

    /** Stands in for the backups folder: one good backup, and a record of what was restored. */
    private static final class OneBackup implements BackupRecovery {
        final com.b12consult.store.Backups.BackupFile backup = new com.b12consult.store.Backups.BackupFile(
                Path.of("backups/b12consult-20261120T080000Z.db"), java.time.Instant.parse("2026-11-20T08:00:00Z"), 90_000);
        final List<com.b12consult.store.Backups.BackupFile> restored = new ArrayList<>();

        @Override
        public java.util.Optional<com.b12consult.store.Backups.BackupFile> newestGoodBackup() {
            return java.util.Optional.of(backup);
        }

        @Override
        public com.b12consult.store.BackupRestore.Restored restore(com.b12consult.store.Backups.BackupFile b) {
            restored.add(b);
            return new com.b12consult.store.BackupRestore.Restored(Path.of("b12consult.db"), b.file(),
                    java.util.Optional.of(Path.of("b12consult.db.before-restore-x")));
        }
    }

    @Test
    void aDamagedFileGetsTheOfferOfTheNewestGoodBackupAndOpensAgainOnceRestored() {
        Path file = dir.resolve("b12consult.db");
        OneBackup backups = new OneBackup();
        MainViewModel model = new MainViewModel(file, tasks, backups);
        int[] attempts = {0};
        model.openDatabase(() -> {
            if (attempts[0]++ == 0) {
                throw new com.b12consult.store.DatabaseOpenException(file,
                        com.b12consult.store.DatabaseOpenException.Reason.DAMAGED, "the database is damaged", null);
            }
            return "database";
        }, x -> { });
        tasks.runAll();
        assertEquals(DatabaseState.FAILED, model.databaseStateProperty().get());
        tasks.runAll();
        assertTrue(model.restoreOffer().availableProperty().get());
        assertTrue(model.restoreOffer().textProperty().get().contains("88 KB"), model.restoreOffer().textProperty().get());

        model.restoreNewestGoodBackup();
        tasks.runAll();
        assertEquals(List.of(backups.backup), backups.restored);
        tasks.runAll();
        assertEquals(DatabaseState.READY, model.databaseStateProperty().get());
        assertTrue(model.statusDetail().get().contains("b12consult.db.before-restore-x"), model.statusDetail().get());
    }

    @Test
    void aLockedFileGetsNoOffer() {
        Path file = dir.resolve("b12consult.db");
        MainViewModel model = new MainViewModel(file, tasks, new OneBackup());
        model.openDatabase(() -> {
            throw new com.b12consult.store.DatabaseOpenException(file,
                    com.b12consult.store.DatabaseOpenException.Reason.LOCKED, "in use", null);
        }, x -> { });
        tasks.runAll();
        tasks.runAll();
        assertFalse(model.restoreOffer().availableProperty().get());
        assertEquals("", model.restoreOffer().textProperty().get());
    }

    private List<Path> listFolder() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
