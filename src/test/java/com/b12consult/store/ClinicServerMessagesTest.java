package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.StoreLocation.ClinicServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain words a clinic server gets when it cannot be used: not reached, login refused, a schema newer than
 * this version; and that the password is in none of them, nor in any log line. The first needs no server.
 */
@ExtendWith(TestServer.DropDatabases.class)
class ClinicServerMessagesTest {
    private static final String WRONG = "wrong-pw-Zq81";
    @TempDir
    Path dir;

    @Test
    void aServerThatCannotBeReachedIsNamedWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ClinicServer nobody = (ClinicServer) StoreAddress.parse("postgresql://reception@127.0.0.1:" + port + "/b12",
                Map.of(StoreAddress.PASSWORD_VARIABLE, WRONG), dir, "nurse", n -> { });
        String said = refusalWithOutput(nobody, DatabaseOpenException.Reason.SERVER_UNREACHABLE);
        assertTrue(said.contains("127.0.0.1:" + port + " cannot be reached"), said);
        assertTrue(said.contains("server is running"), said);
        assertTrue(said.contains("network"), said);
    }

    @Test
    void aRefusedLoginNamesTheUserAndServerAndWhereThePasswordComesFrom() throws Exception {
        ClinicServer server = TestServer.database(dir);
        ClinicServer wrong = (ClinicServer) StoreAddress.parse(addressOf(server),
                Map.of(StoreAddress.PASSWORD_VARIABLE, WRONG), dir, "nurse", n -> { });
        String said = refusalWithOutput(wrong, DatabaseOpenException.Reason.SERVER_UNREACHABLE);
        assertTrue(said.contains("refused the login of user " + server.user()), said);
        assertTrue(said.contains(server.hostAndPort()), said);
        assertTrue(said.contains("B12_DB_PASSWORD or ~/.pgpass"), said);
    }

    @Test
    void noPasswordAtAllIsALoginRefusedTooNotAnUnreachableServer() {
        ClinicServer server = TestServer.database(dir);
        ClinicServer none = (ClinicServer) StoreAddress.parse(addressOf(server), Map.of(), dir, "nurse", n -> { });
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(none));
        // The tests' server asks every login for a password (a server that trusts this computer would not).
        assertTrue(e.getMessage().contains("refused the login of user " + server.user()), e.getMessage());
    }

    @Test
    void theAddressOpensTheServerWithThePasswordFromTheEnvironmentOrPgpass() throws Exception {
        ClinicServer server = TestServer.database(dir);
        StoreLocation fromEnv = StoreAddress.parse(addressOf(server),
                Map.of(StoreAddress.PASSWORD_VARIABLE, server.password()), dir, "nurse", n -> { });
        Database.open(fromEnv).close();
        Path pgpass = dir.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:" + server.url().substring(server.url().lastIndexOf('/') + 1) + ":"
                + server.user() + ":" + server.password().replace("\\", "\\\\").replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        List<String> notes = new ArrayList<>();
        Database.open(StoreAddress.parse(addressOf(server), Map.of(), dir, "nurse", notes::add)).close();
        assertEquals(List.of(), notes);
    }

    @Test
    void aSchemaNewerThanThisVersionNamesBothVersionsAndSaysToUpdate() throws Exception {
        ClinicServer server = TestServer.database(dir);
        Database.open(server).close();
        String known;
        try (Connection c = TestServer.connect(server); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT max(CAST(version AS integer)) FROM flyway_schema_history")) {
                rs.next();
                known = rs.getString(1);
            }
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES"
                    + " (999, '999', 'reminders', 'SQL', 'V999__reminders.sql', 1234, 'newer app', 1, true)");
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(server));
        assertEquals(DatabaseOpenException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("version 999"), e.getMessage());
        assertTrue(e.getMessage().contains("up to " + known + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("Update B12 Consult"), e.getMessage());
        assertTrue(e.getMessage().contains(server.url()), e.getMessage());
    }

    private static String addressOf(ClinicServer server) {
        return server.url().replace("postgresql://", "postgresql://" + server.user() + "@") + "?sslmode=disable";
    }

    /**
     * Opens, expecting the refusal, while catching what goes to the console and to java.util.logging; the
     * password is in none of it, nor in the exception's messages down its causes.
     */
    private static String refusalWithOutput(ClinicServer server, DatabaseOpenException.Reason reason) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getMessage() + " " + r.getParameters() + " " + r.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        DatabaseOpenException e;
        try {
            PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            e = assertThrows(DatabaseOpenException.class, () -> Database.open(server));
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        assertEquals(reason, e.reason());
        String password = server.password();
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(password), t.toString());
            assertFalse(t.toString().contains(password), t.toString());
        }
        assertFalse(console.toString(StandardCharsets.UTF_8).contains(password), console.toString(StandardCharsets.UTF_8));
        for (String line : logged) {
            assertFalse(line.contains(password), line);
        }
        assertFalse(server.toString().contains(password), server.toString());
        return e.getMessage();
    }
}
