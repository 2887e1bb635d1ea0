package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.StoreLocation;
import com.b12consult.testing.HostileNames;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command onto the test server and back (B12_TEST_PG_URL, B12_TEST_PG_USER, B12_TEST_PG_PASSWORD, as the
 * store's tests take them; skipped without, failed under B12_TEST_PG_REQUIRED=1).
 */
class MoveCommandServerTest {
    private static final Actor NURSE = new Actor("nurse", "AB");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String url;
    private String database;

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    @BeforeEach
    void makeADatabase() throws Exception {
        url = setting("B12_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if ("1".equals(setting("B12_TEST_PG_REQUIRED"))) {
                fail("B12_TEST_PG_REQUIRED is set but B12_TEST_PG_URL names no server");
            }
            assumeTrue(false, "no server named by B12_TEST_PG_URL");
        }
        database = "b12move_" + ProcessHandle.current().pid();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropIt() throws Exception {
        if (database != null) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private Connection admin() throws Exception {
        return DriverManager.getConnection("jdbc:" + url, setting("B12_TEST_PG_USER"), setting("B12_TEST_PG_PASSWORD"));
    }

    /** The command, with a postgresql:// text read as the test server's database (its password from the setting). */
    private int run(String... args) {
        URI server = URI.create(url);
        MoveCommand command = new MoveCommand(Clock.systemUTC(), text -> text.startsWith("postgresql://")
                ? new StoreLocation.ClinicServer("postgresql://" + server.getHost() + ":" + server.getPort() + "/"
                        + database, setting("B12_TEST_PG_USER"), setting("B12_TEST_PG_PASSWORD"), "disable")
                : new StoreLocation.SqliteFile(Path.of(text)), NURSE);
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<Patient> patients(Database db) {
        return new PatientRepository(db, new AuditLog(db, Clock.systemUTC())).listAll();
    }

    @Test
    void aFileMovesOntoTheServerAndBackHomeWithItsPatients() throws Exception {
        Path clinic = dir.resolve("clinic.db");
        List<Patient> before;
        try (Database db = Database.open(clinic)) {
            PatientRepository repository = new PatientRepository(db, new AuditLog(db, Clock.systemUTC()));
            for (String name : HostileNames.ALL) {
                repository.create(Patient.unsaved(name, "P-" + name.hashCode(), Optional.empty(), Sex.FEMALE,
                        KnownAllergies.listed(name)), NURSE);
            }
            before = patients(db);
        }
        String address = "postgresql://clinic-server/b12";

        assertEquals(0, run("--from", clinic.toString(), "--to", address), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("--from", clinic.toString(), "--to", address), "a second move finds the server full");
        Path home = dir.resolve("home.db");
        assertEquals(0, run("--from", address, "--to", home.toString()), err.toString(StandardCharsets.UTF_8));

        try (Database db = Database.open(home)) {
            assertEquals(before, patients(db));
        }
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("the clinic server postgresql://") && said.contains("not empty"), said);
        String password = setting("B12_TEST_PG_PASSWORD");
        if (password != null && !password.isEmpty()) {
            assertFalse(said.contains(password), "the password was printed");
        }
    }
}
