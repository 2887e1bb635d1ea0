package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.store.StoreLocation.ClinicServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the clinic server has: its opening and refusals, and the guarantees the schema gives there. The
 * repositories' own tests run on the server too ({@link TestServer#kinds}); without a server this class is
 * the one line that says the server half was skipped.
 */
@ExtendWith(TestServer.DropDatabases.class)
class ClinicServerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsAServer() {
        assumeTrue(TestServer.configured(), TestServer.SKIPPED);
    }

    @Test
    void theServerGetsTheSameNumberedMigrationsAsTheFile() throws Exception {
        ClinicServer server = TestServer.database(dir.resolve("server"));
        Database.open(server).close();
        Database.open(new StoreLocation.SqliteFile(dir.resolve("file.db"))).close();
        List<String> onServer;
        try (Connection c = TestServer.connect(server)) {
            onServer = history(c);
        }
        List<String> inFile;
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("file.db"))) {
            inFile = history(c);
        }
        assertTrue(onServer.contains("1 patients and clinical records"), onServer.toString());
        assertEquals(inFile, onServer);
    }

    @Test
    void theAuditLogIsAppendOnlyOnTheServerToo() throws Exception {
        ClinicServer server = TestServer.database(dir);
        try (StoreFixture store = new StoreFixture(dir, StoreKind.POSTGRESQL)) {
            store.auditLog.append(StoreFixture.NURSE, com.b12consult.domain.AuditAction.PATIENT_CREATED,
                    java.util.OptionalLong.of(1), "created");
        }
        try (Connection c = TestServer.connect(server); Statement s = c.createStatement()) {
            for (String change : List.of("UPDATE audit_log SET detail = 'changed'", "DELETE FROM audit_log",
                    "TRUNCATE audit_log")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_log")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aWrongPasswordIsRefusedNamingTheServerButNotThePassword() {
        ClinicServer server = TestServer.database(dir);
        ClinicServer wrong = new ClinicServer(server.url(), server.user(), "not-the-password-42", server.sslMode());
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(wrong));
        assertEquals(DatabaseOpenException.Reason.SERVER_UNREACHABLE, e.reason());
        assertTrue(e.getMessage().contains(server.url()), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-password-42"), e.getMessage());
        assertFalse(wrong.toString().contains("not-the-password-42"), wrong.toString());
        assertFalse(e.restoringABackupMayHelp());
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftUnchanged() throws Exception {
        ClinicServer server = TestServer.database(dir);
        try (Connection c = TestServer.connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id integer PRIMARY KEY)");
        }
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(server));
        assertEquals(DatabaseOpenException.Reason.NOT_A_B12_CONSULT_DATABASE, e.reason());
        try (Connection c = TestServer.connect(server)) {
            assertEquals(List.of("invoices"), Dialect.POSTGRESQL.tables(c));
            try (ResultSet rs = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                assertFalse(rs.next(), "no schema history was written");
            }
        }
    }

    @Test
    void aServerAddressOtherThanPostgresqlHostPortDatabaseIsRefusedAtOnce() {
        for (String url : List.of("jdbc:postgresql://h/db", "postgresql://h", "postgresql://h/a/b",
                "postgresql://u:p@h/db", "postgresql://h/db?ssl=true")) {
            assertThrows(IllegalArgumentException.class, () -> new ClinicServer(url, "u", "p", "require"), url);
        }
        assertThrows(IllegalArgumentException.class, () -> new ClinicServer("postgresql://h/db", "u", "p", "maybe"));
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, description"
                + " FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
