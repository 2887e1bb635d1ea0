package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.Patient;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.Database;
import com.b12consult.store.PatientData;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session with patients of unusual names, everything the app may print captured: java.util.logging (every
 * record any logger lets through, at the levels the app runs with), standard output and error, and any file
 * written beside the database. None of it may hold a name.
 */
class PrivacySessionTest {
    private static final List<String> NAMES = List.of("Zebulon Quixwhistle", "Þórdís Ñandú-Wójcik");

    @TempDir
    Path dir;

    @Test
    void noPatientNameReachesTheLogsTheConsoleOrAnyFileButTheDataAndTheExport() throws Exception {
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord r) {
                logged.append(r.getLoggerName()).append(' ').append(format.format(r)).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(tee(out, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err, console), true, StandardCharsets.UTF_8));
        Path export = dir.resolve("export.json");
        try {
            session(export);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
        }

        String printed = console.toString(StandardCharsets.UTF_8);
        for (String name : NAMES) {
            for (String part : name.split("[ -]")) {
                assertFalse(logged.toString().contains(part), "a log record holds \"" + part + "\":\n" + logged);
                assertFalse(printed.contains(part), "the console shows \"" + part + "\":\n" + printed);
            }
        }
        // The names are in the database, its backups and the export, which are for them; nowhere else.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(export));
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean data = name.matches("clinic\\.db(-wal|-shm|\\.before-restore-.*)?") || name.matches("b12consult-.*\\.db")
                    || f.equals(export) || name.endsWith("-migration-lock");
            assertTrue(data, "an unexpected file was written (a log?): " + f);
        }
    }

    /** What a clinic does in a day: patients, a check saved with its dose, an export, a backup restored, a delete. */
    private void session(Path export) throws Exception {
        LocalDateTime now = LocalDateTime.of(2026, 11, 21, 10, 30);
        Patient first;
        Path backup;
        try (CheckFixture fixture = new CheckFixture(dir, now)) {
            Assessment a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
            first = fixture.store(a, NAMES.get(0));
            fixture.maintenancePatient(NAMES.get(1), "P-ÞÓR", now.minusDays(91));
            PreInjectionCheckViewModel model = fixture.checkModel();
            model.refreshDueList();
            model.open(first);
            PreInjectionCheckViewModelTest.answerAsIn(model, a);
            model.dose().givenAtProperty().set("2026-11-21 10:25");
            model.dose().lotNumberProperty().set("L123");
            model.dose().lotExpiryProperty().set("2027-06-30");
            assertTrue(model.recordGiven(), model.failure().get());
            assertEquals(1, fixture.patients.search("quixwhistle").size());
            PatientData data = new PatientData(fixture.database, fixture.audit);
            data.exportTo(first.id(), export, CheckFixture.NURSE);
            backup = fixture.database.backUpNow(fixture.clock);
        }
        Clock clock = Clock.fixed(now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new BackupRestore(clock).restore(backup, dir.resolve("clinic.db"), CheckFixture.NURSE);
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            AuditLog audit = new AuditLog(db, clock);
            assertFalse(audit.list(AuditFilter.all(), 100).isEmpty());
            new PatientData(db, audit).delete(first.id(), CheckFixture.NURSE);
        }
    }

    private static OutputStream tee(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public void write(int c) throws java.io.IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws java.io.IOException {
                a.write(bytes, off, len);
                b.write(bytes, off, len);
            }
        };
    }
}
