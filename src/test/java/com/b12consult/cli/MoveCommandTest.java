package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.StoreAddress;
import com.b12consult.testing.HostileNames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's arguments, messages and exit status; the copying itself is StoreMoveTest's (on both kinds). */
class MoveCommandTest {
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

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Patient> fill(Path file, String... names) throws Exception {
        try (Database db = Database.open(file)) {
            PatientRepository patients = new PatientRepository(db, new AuditLog(db, Clock.systemUTC()));
            for (int i = 0; i < names.length; i++) {
                patients.create(Patient.unsaved(names[i], "P-" + i, Optional.empty(), Sex.UNKNOWN,
                        KnownAllergies.listed(names[i])), NURSE);
            }
            return patients.listAll();
        }
    }

    @Test
    void aFileMovesIntoANewFileWithATableByTableSummary() throws Exception {
        Path from = dir.resolve("clinic.db");
        Path to = dir.resolve("home.db");
        List<Patient> patients = fill(from, HostileNames.ALL.toArray(String[]::new));

        assertEquals(0, run("move-to-server", "--from", from.toString(), "--to", to.toString()), err());

        assertTrue(out().contains("Moving the data of " + from), out());
        assertTrue(out().matches("(?s).*\\n  patients +" + patients.size() + "  [0-9a-f]{12}\\n.*"), out());
        assertTrue(out().contains("--db " + to), out());
        try (Database db = Database.open(to)) {
            assertEquals(patients, new PatientRepository(db, new AuditLog(db, Clock.systemUTC())).listAll());
            assertEquals(1, new AuditLog(db, Clock.systemUTC()).list(AuditFilter.forAction(AuditAction.DATABASE_MOVED),
                    10).size());
        }
        assertFalse(guiStarted.get());
    }

    @Test
    void aTargetWithRecordsIsRefusedWithTwoAndLeftAsItWas() throws Exception {
        Path from = dir.resolve("clinic.db");
        Path to = dir.resolve("other.db");
        fill(from, "Ann");
        List<Patient> there = fill(to, "Someone else");

        assertEquals(2, run("move-to-server", "--from", from.toString(), "--to", to.toString()));

        assertTrue(err().contains("not empty") && err().contains("patients (1 row)"), err());
        assertEquals(there, fill(to));
    }

    @Test
    void aMoveThatFailsRemovesTheNewFileItMade() throws Exception {
        Path from = dir.resolve("clinic.db");
        Path to = dir.resolve("home.db");
        fill(from, "Ann");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from); Statement s = c.createStatement()) {
            s.execute("INSERT INTO lab_panels (id, patient_id, taken_on) VALUES (5, 999, '2026-11-02')");
        }

        assertEquals(1, run("move-to-server", "--from", from.toString(), "--to", to.toString()));

        assertTrue(err().contains("lab_panels") && err().contains("left as it was"), err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("home.db")).toList());
        }
    }

    @Test
    void oneFileOnBothSidesIsRefused() throws Exception {
        Path from = dir.resolve("clinic.db");
        fill(from, "Ann");
        assertEquals(2, run("move-to-server", "--from", from.toString(), "--to", dir.resolve(".").resolve("clinic.db")
                .toString()));
        assertTrue(err().contains("name one database"), err());
    }

    @Test
    void aMissingSourceFileIsNotMadeEmpty() {
        Path from = dir.resolve("nothing-here.db");
        assertEquals(1, run("move-to-server", "--from", from.toString(), "--to", dir.resolve("b.db").toString()));
        assertTrue(err().contains("no database file " + from), err());
        assertFalse(Files.exists(from));
        assertFalse(Files.exists(dir.resolve("b.db")));
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        Map<List<String>, String> cases = Map.of(
                List.of("--to", "postgresql://clinic-server/b12"), "Give both --from",
                List.of("--from", "clinic.db"), "Give both --from",
                List.of("--from"), "--from needs one database",
                List.of("--from", "a.db", "--to", "b.db", "--to", "c.db"), "--to needs one database",
                List.of("--from", "a.db", "--to", "b.db", "--force"), "Unknown or extra argument: --force",
                List.of("--from", "a.db", "--to", "mysql://clinic-server/b12"), "--to: a clinic server is given as");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            err.reset();
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("move-to-server"),
                    c.getKey().stream()).toArray(String[]::new);
            assertEquals(CommandLine.USAGE, run(args), c.getKey().toString());
            assertTrue(err().contains(c.getValue()) && err().contains("Usage: b12consult move-to-server"),
                    c.getKey() + ": " + err());
        }
        assertFalse(guiStarted.get());
    }

    @Test
    void aPasswordInTheServerAddressIsRefusedAndNotRepeated() {
        assertEquals(CommandLine.USAGE, run("move-to-server", "--from", dir.resolve("a.db").toString(), "--to",
                "postgresql://nurse:Secret-Pa55@clinic-server/b12"));
        assertTrue(err().contains("--to: leave the password out") && err().contains(StoreAddress.PASSWORD_VARIABLE),
                err());
        assertFalse(err().contains("Secret-Pa55"), err());
        assertFalse(Files.exists(dir.resolve("a.db")), "nothing was opened");
    }

    @Test
    void theHelpNamesTheCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("move-to-server --from PATH --to postgresql://") && out().contains(
                "Exit status of move-to-server"), out());
    }
}
