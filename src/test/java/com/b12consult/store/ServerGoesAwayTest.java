package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.Sex;
import com.b12consult.store.StoreLocation.ClinicServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The clinic server stopped while a save is under way (as for a restart or an update): the save fails as
 * {@link ServerUnreachableException}, saying plainly which server and that nothing was saved; nothing of it is
 * on the server once it is back; a save while it is down fails within the pool's timeout rather than hanging;
 * and the same save tried again after the restart succeeds on the same {@link Database}, whose pool replaced
 * its dead connections by itself. The server is one of the test's own ({@link ThrowAwayServer}): the shared
 * test server stays up for the other classes.
 */
@Tag("slow")
class ServerGoesAwayTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aSaveInFlightWhenTheServerStopsFailsCleanlyAndTheSameSaveSucceedsOnceItIsBack() throws Exception {
        // Like the store's other server tests: skipped without a server, required (and so run) on CI.
        assumeTrue(TestServer.configured(), TestServer.SKIPPED);
        try (ThrowAwayServer pg = ThrowAwayServer.start()) {
            ClinicServer server = pg.location();
            try (Database database = ClinicServerOpening.open(server, TIMEOUT)) {
                AuditLog auditLog = new AuditLog(database, Clock.systemUTC());
                long patient = new PatientRepository(database, auditLog).create(Patient.unsaved("Ada", "P-1",
                        Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE).id();
                InjectionRepository injections = new InjectionRepository(database, auditLog);
                Injection dose = new Injection(LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                        InjectionSite.LEFT_DELTOID, List.of());

                CompletableFuture<RecordedInjection> inFlight;
                try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                    // The save writes its injection, then stalls writing its audit entry until the server stops
                    // (a lock held by another session would not do: the stop frees it as it ends that session,
                    // and the save may then get as far as its commit).
                    s.execute("CREATE FUNCTION stall() RETURNS trigger LANGUAGE plpgsql AS"
                            + " $$ BEGIN PERFORM pg_sleep(600); RETURN NEW; END; $$");
                    s.execute("CREATE TRIGGER stall BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION stall()");
                    inFlight = CompletableFuture.supplyAsync(() -> injections.record(patient, dose, StoreFixture.NURSE));
                    awaitStalledWritingItsAuditEntry(c, inFlight);
                    pg.stop();
                }
                ExecutionException failed = assertThrows(ExecutionException.class,
                        () -> inFlight.get(60, TimeUnit.SECONDS));
                ServerUnreachableException lost = assertInstanceOf(ServerUnreachableException.class, failed.getCause());
                assertSaysPlainly(lost, server);

                ServerUnreachableException down = assertTimeoutPreemptively(TIMEOUT.multipliedBy(10),
                        () -> assertThrows(ServerUnreachableException.class,
                                () -> injections.record(patient, dose, StoreFixture.NURSE)),
                        "a save while the server is down is refused within the pool's timeout, not left hanging");
                assertSaysPlainly(down, server);

                pg.startAgain();
                try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                    s.execute("DROP TRIGGER stall ON audit_log");
                    assertEquals(List.of(), column(c, "SELECT id FROM injections"), "half a save on the server");
                    assertEquals(List.of(), column(c, "SELECT id FROM audit_log WHERE action = '"
                            + AuditAction.INJECTION_RECORDED.code() + "'"));
                }
                RecordedInjection retried = injections.record(patient, dose, StoreFixture.NURSE);
                assertEquals(List.of(retried), injections.listForPatient(patient));
                try (Connection c = pg.connect()) {
                    assertEquals(List.of(Long.toString(retried.id())), column(c, "SELECT id FROM injections"));
                    assertEquals(1, column(c, "SELECT id FROM audit_log WHERE action = '"
                            + AuditAction.INJECTION_RECORDED.code() + "'").size(), "the retried save's audit entry");
                }
            }
        }
    }

    private static void assertSaysPlainly(ServerUnreachableException e, ClinicServer server) {
        String message = e.getMessage();
        assertTrue(message.startsWith("Nothing was saved: the clinic server " + server.hostAndPort() + "/postgres"
                + " cannot be reached. What you typed is kept; try again in a moment."), message);
        assertTrue(message.contains("ask whoever looks after the clinic server"), message);
        assertEquals(server.hostAndPort() + "/postgres", e.server());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(server.password()), "the password in " + t);
        }
    }

    /** Until the save's connection stalls in the audit log's insert, having written its injection before it. */
    private static void awaitStalledWritingItsAuditEntry(Connection c, CompletableFuture<?> save) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (column(c, "SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                + " AND query LIKE 'INSERT INTO audit_log%'").isEmpty()) {
            assertFalse(save.isDone(), "the save ended before it reached the audit log");
            assertTrue(System.nanoTime() < deadline, "the save never came to the audit log");
            Thread.onSpinWait();
        }
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
