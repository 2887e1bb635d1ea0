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
        assertEquals("", model.currentComingNote().get());

        model.show(Screen.SETTINGS);
        assertTrue(model.currentScreenWaitsForDatabase().get());
        assertEquals("", model.currentComingNote().get());
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

    private List<Path> listFolder() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
