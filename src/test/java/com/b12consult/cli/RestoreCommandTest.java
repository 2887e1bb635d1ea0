package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.b12consult.domain.Actor;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.SettingKey;
import com.b12consult.store.SettingsRepository;
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

    @Test
    void wrongUsageExitsWith64() {
        assertEquals(CommandLine.USAGE, run("restore"));
        assertEquals(CommandLine.USAGE, run("restore", "--list", "some.db"));
        assertEquals(CommandLine.USAGE, run("restore", "--list", "--db"));
        assertEquals(CommandLine.USAGE, run("restore", "a.db", "--force"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: b12consult restore"));
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
