package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.b12consult.domain.Actor;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.SettingKey;
import com.b12consult.store.SettingsRepository;
import com.b12consult.testing.WindowHoldingTheDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    private static final Actor NURSE = new Actor("nurse", "AB");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean guiStarted = new AtomicBoolean();

    private int run(String... args) {
        return CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> guiStarted.set(true));
    }

    private Path db() {
        return dir.resolve("b12consult.db");
    }

    private static void setClinicName(Database db, String name) {
        new SettingsRepository(db, new AuditLog(db, Clock.systemUTC())).put(SettingKey.CLINIC_NAME, name, NURSE);
    }

    @Test
    void listsBackupsNewestFirstAndRestoresOne() throws Exception {
        Path older;
        Path newer;
        try (Database db = Database.open(db())) {
            setClinicName(db, "Old name");
            older = db.backUpNow(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
            newer = db.backUpNow(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));
            setClinicName(db, "New name");
        }

        assertEquals(0, run("restore", "--list", "--db", db().toString()), err.toString());
        String listing = out.toString(StandardCharsets.UTF_8);
        int newerAt = listing.indexOf(newer.getFileName().toString());
        int olderAt = listing.indexOf(older.getFileName().toString());
        assertTrue(newerAt > 0 && olderAt > newerAt, listing);
        assertTrue(listing.contains(" KB "), "sizes are shown: " + listing);

        out.reset();
        assertEquals(0, run("restore", older.toString(), "--db", db().toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("kept as"), out.toString(StandardCharsets.UTF_8));
        try (Database db = Database.open(db())) {
            assertEquals("Old name", new SettingsRepository(db, new AuditLog(db, Clock.systemUTC())).get(SettingKey.CLINIC_NAME));
        }
        assertFalse(guiStarted.get());
    }

    @Test
    void aRefusedBackupExitsWithTwoAndChangesNothing() throws Exception {
        Database.open(db()).close();
        byte[] before = Files.readAllBytes(db());
        Path notABackup = Files.writeString(dir.resolve("x.db"), "hello ".repeat(50));

        assertEquals(2, run("restore", notABackup.toString(), "--db", db().toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("x.db") && message.contains("Nothing was changed"), message);
        assertArrayEquals(before, Files.readAllBytes(db()));
    }

    /**
     * Another window open on the file, idle, would go on saving into the file moved aside: the command
     * refuses with exit status 1, every file as it was, and restores once that window is closed.
     */
    @Test
    void refusedWhileAnotherWindowHasTheDatabaseOpen() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name", "").startsWith("Windows"));
        Path backup;
        try (Database db = Database.open(db())) {
            setClinicName(db, "Old name");
            backup = db.backUpNow(Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
            setClinicName(db, "New name");
        }
        try (WindowHoldingTheDatabase other = WindowHoldingTheDatabase.open(db(), dir.resolve("other.err"))) {
            java.util.Map<String, byte[]> before = filesIn(dir);

            assertEquals(1, run("restore", backup.toString(), "--db", db().toString()));

            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message.contains("B12 Consult has this database open in another window or on another computer:"
                    + " close it there first, then restore") && message.contains("Nothing was changed"), message);
            java.util.Map<String, byte[]> after = filesIn(dir);
            assertEquals(before.keySet(), after.keySet(), "no file was moved, copied or removed");
            assertTrue(before.containsKey("b12consult.db-shm") && before.containsKey("b12consult.db-wal"), before.keySet().toString());
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
            assertEquals(0, other.closeDatabase(), other.errorText());
        }

        err.reset();
        assertEquals(0, run("restore", backup.toString(), "--db", db().toString()), err.toString(StandardCharsets.UTF_8));
        try (Database db = Database.open(db())) {
            assertEquals("Old name", new SettingsRepository(db, new AuditLog(db, Clock.systemUTC())).get(SettingKey.CLINIC_NAME));
        }
    }

    private static java.util.Map<String, byte[]> filesIn(Path folder) throws java.io.IOException {
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".err")).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void wrongUsageExitsWith64() {
        assertEquals(CommandLine.USAGE, run("restore"));
        assertEquals(CommandLine.USAGE, run("restore", "--list", "some.db"));
        assertEquals(CommandLine.USAGE, run("restore", "--list", "--db"));
        assertEquals(CommandLine.USAGE, run("restore", "a.db", "--force"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: b12consult restore"));
    }

    @Test
    void aClinicServerIsNotRestoredFromAWorkstationAndSaysWhereItIs() {
        assertEquals(CommandLine.USAGE, run("restore", "--list", "--db", "postgresql://reception@db.clinic.lan/b12"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("postgresql://db.clinic.lan:5432/b12") && said.contains("on the server"), said);
        assertEquals(CommandLine.USAGE, run("restore", "--list", "--db", "postgresql://reception:pw-9x@db/b12"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("pw-9x"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFolderListsNoBackups() {
        assertEquals(0, run("restore", "--list", "--db", db().toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("No backups in " + dir.resolve("backups")));
        assertFalse(Files.exists(db()), "listing creates nothing");
    }

    @Test
    void helpNamesTheRestoreCommands() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("restore --list") && help.contains("restore BACKUP"), help);
    }
}
