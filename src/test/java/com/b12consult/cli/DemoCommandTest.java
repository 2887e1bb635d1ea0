package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.PatientRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean guiStarted = new AtomicBoolean();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> guiStarted.set(true));
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String complained() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void fillsANewFileAndSaysWhatItWroteThenRefusesToFillItAgain() throws Exception {
        Path file = dir.resolve("sample.db");
        assertEquals(0, run("demo", "--patients", "12", "--db", file.toString(), "--seed", "3"), complained());
        assertTrue(said().contains("12 patients") && said().contains("seconds") && said().contains("seed 3")
                && said().contains("doses given") && said().contains("lab panels")
                && said().contains("consultations"), said());
        assertTrue(said().contains("b12consult --db " + file), said());
        assertFalse(guiStarted.get());
        long entries;
        try (Database db = Database.open(file)) {
            assertEquals(12, new PatientRepository(db, new AuditLog(db, Clock.systemUTC())).listAll().size());
            entries = new AuditLog(db, Clock.systemUTC()).count(AuditFilter.all());
        }

        assertEquals(DemoCommand.FAILED, run("demo", "--patients", "5", "--db", file.toString()));
        assertTrue(complained().contains("already holds patients") && complained().contains(file.toString())
                && complained().contains("No record was added"), complained());
        try (Database db = Database.open(file)) {
            assertEquals(12, new PatientRepository(db, new AuditLog(db, Clock.systemUTC())).listAll().size());
            assertEquals(entries, new AuditLog(db, Clock.systemUTC()).count(AuditFilter.all()));
        }
    }

    @Test
    void theNumberOfPatientsMustBeOneToAHundredThousand() {
        String file = dir.resolve("x.db").toString();
        for (String bad : new String[] {"0", "100001", "-3", "many", "2.5", ""}) {
            assertEquals(CommandLine.USAGE, run("demo", "--patients", bad, "--db", file), bad);
            assertTrue(complained().contains("--patients takes a whole number of patients from 1 to 100,000"),
                    complained());
            assertTrue(complained().contains("Usage: b12consult demo --patients N --db"), complained());
        }
        assertFalse(Files.exists(dir.resolve("x.db")), "nothing is made on a usage error");
    }

    @Test
    void whatIsMissingOrUnknownIsNamed() {
        assertEquals(CommandLine.USAGE, run("demo"));
        assertTrue(complained().contains("--patients N") && complained().contains("--db"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--patients", "10"));
        assertTrue(complained().contains("the database to fill (--db)"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--db", dir.resolve("x.db").toString()));
        assertTrue(complained().contains("the number of patients (--patients N)"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--patients", "10", "--db", "x.db", "--colour", "red"));
        assertTrue(complained().contains("--colour"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--patients", "10", "--db"));
        assertTrue(complained().contains("--db needs a value"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--patients", "10", "--db", "x.db", "--seed", "lucky"));
        assertTrue(complained().contains("--seed takes a whole number"), complained());
        assertEquals(CommandLine.USAGE, run("demo", "--patients", "10", "--db", "postgresql://nurse:secret@db.clinic/b12"));
        assertFalse(complained().contains("secret"), complained());
        assertFalse(Files.exists(dir.resolve("x.db")));
        assertFalse(guiStarted.get());
    }

    @Test
    void theHelpShowsTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(said().contains("b12consult demo --patients N --db") && said().contains("Exit status of demo"), said());
    }
}
