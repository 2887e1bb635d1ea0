package com.b12consult.ui.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerFormViewModelTest {
    private static final String SECRET = "pw-0f-the-day";
    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private final List<StoreLocation.ClinicServer> tried = new ArrayList<>();
    private Exception refusal;
    private final ServerFormViewModel form = new ServerFormViewModel(tasks, server -> {
        tried.add(server);
        if (refusal != null) {
            throw refusal;
        }
    }, (choice, typed) -> (StoreLocation.ClinicServer) choice.location(Path.of("unused.db"), typed, Map.of(),
            Path.of("no-home"), note -> { }));

    @TempDir
    Path dir;

    private void fillIn() {
        form.hostProperty().set("clinic-server");
        form.databaseProperty().set("b12consult");
        form.userProperty().set("reception");
        form.passwordProperty().set(SECRET);
    }

    @Test
    void eachWrongFieldIsNamedAtTheFieldAndNothingIsTried() {
        form.portProperty().set("99999");
        form.reach(r -> { throw new AssertionError("nothing may be used"); });
        assertTrue(form.hostProblem().get().startsWith("Host:"), form.hostProblem().get());
        assertTrue(form.portProblem().get().contains("1 to 65535"), form.portProblem().get());
        assertTrue(form.portProblem().get().contains("\"99999\""), form.portProblem().get());
        assertTrue(form.databaseProblem().get().startsWith("Database:"));
        assertTrue(form.userProblem().get().startsWith("User:"));
        assertEquals("Correct the marked fields first.", form.failureProperty().get());
        assertEquals(0, tasks.pendingCount());
        assertEquals("99999", form.portProperty().get(), "what was typed stays");

        form.portProperty().set("54x");
        assertEquals("", form.portProblem().get(), "typing again clears the field's message");
        fillIn();
        form.portProperty().set("0");
        form.testConnection();
        assertTrue(form.portProblem().get().contains("\"0\""));
        assertEquals("", form.hostProblem().get());
    }

    @Test
    void aHostWithAnAddressOrUserIsRefusedNamingTheField() {
        fillIn();
        form.hostProperty().set("postgresql://clinic-server");
        form.testConnection();
        assertTrue(form.hostProblem().get().contains("without postgresql://"), form.hostProblem().get());
        form.hostProperty().set("reception@clinic-server");
        form.testConnection();
        assertTrue(form.hostProblem().get().startsWith("Host:"));
    }

    @Test
    void aCertificateFileThatIsNotThereIsNamedOnlyWhenTheCertificateIsChecked() throws Exception {
        fillIn();
        form.caFileProperty().set(dir.resolve("missing.pem").toString());
        form.tlsProperty().set(ServerFormViewModel.Tls.REQUIRE);
        assertTrue(form.choice().isPresent(), "the file plays no part unless verify-full");
        form.tlsProperty().set(ServerFormViewModel.Tls.VERIFY_FULL);
        assertTrue(form.choice().isEmpty());
        assertTrue(form.caFileProblem().get().contains("no file"), form.caFileProblem().get());
        Path ca = Files.writeString(dir.resolve("root.crt"), "-----BEGIN CERTIFICATE-----");
        form.caFileProperty().set(ca.toString());
        StoreChoice choice = form.choice().orElseThrow();
        assertEquals("verify-full", choice.sslMode());
        assertEquals(Optional.of(ca), choice.caFile());
    }

    @Test
    void theServerIsTriedInTheBackgroundWithTheTypedPasswordRememberedOnlyWhenTicked() {
        fillIn();
        form.portProperty().set(" 5433 ");
        List<ServerFormViewModel.Reached> reached = new ArrayList<>();
        form.reach(reached::add);
        assertTrue(form.busyProperty().get(), "busy while the server is tried");
        assertTrue(form.outcomeProperty().get().contains("Connecting to clinic-server:5433"));
        assertTrue(tried.isEmpty(), "not tried on the screen's thread");
        tasks.runAll();
        assertFalse(form.busyProperty().get());
        assertEquals(1, reached.size());
        assertEquals(SECRET, reached.get(0).location().password(), "the session uses the typed password");
        assertEquals("postgresql://clinic-server:5433/b12consult", reached.get(0).location().url());
        assertEquals(Optional.empty(), reached.get(0).choice().password(), "not remembered unless ticked");

        form.rememberPasswordProperty().set(true);
        form.reach(reached::add);
        tasks.runAll();
        assertEquals(Optional.of(SECRET), reached.get(1).choice().password());
    }

    @Test
    void aRefusedLoginIsShownAsTheStoreSaysItAtThePasswordAndWhatWasTypedStays() {
        fillIn();
        StoreLocation.ClinicServer server = new StoreLocation.ClinicServer("postgresql://clinic-server:5432/b12consult",
                "reception", SECRET, "prefer");
        refusal = new DatabaseOpenException(server, DatabaseOpenException.Reason.SERVER_UNREACHABLE,
                "Cannot open the clinic server: the server clinic-server:5432 refused the login of user reception.",
                new RuntimeException(new SQLException("password authentication failed", "28P01")));
        form.testConnection();
        tasks.runAll();
        assertTrue(form.failureProperty().get().contains("refused the login"), form.failureProperty().get());
        assertTrue(form.passwordProblem().get().startsWith("Password:"), form.passwordProblem().get());
        assertFalse(form.passwordProblem().get().contains(SECRET));
        assertEquals("clinic-server", form.hostProperty().get());
        assertEquals(SECRET, form.passwordProperty().get(), "nothing typed is lost");
        assertEquals("", form.outcomeProperty().get());
        assertFalse(form.busyProperty().get());
    }

    @Test
    void aServerNotReachedMarksHostAndPortAndANewerSchemaMarksNoField() {
        fillIn();
        StoreLocation.ClinicServer server = new StoreLocation.ClinicServer("postgresql://clinic-server:5432/b12consult",
                "reception", "", "prefer");
        refusal = new DatabaseOpenException(server, DatabaseOpenException.Reason.SERVER_UNREACHABLE,
                "Cannot open it: the server clinic-server:5432 cannot be reached (Connection refused).",
                new RuntimeException(new SQLException("Connection refused", "08001")));
        form.testConnection();
        tasks.runAll();
        assertTrue(form.hostProblem().get().startsWith("Host and port:"), form.hostProblem().get());

        refusal = new DatabaseOpenException(server, DatabaseOpenException.Reason.NEWER_SCHEMA,
                "Cannot open it: its schema is at version 9, newer than this version of B12 Consult knows.", null);
        form.hostProperty().set("clinic-server");
        form.testConnection();
        tasks.runAll();
        assertTrue(form.failureProperty().get().contains("newer than this version"));
        for (var p : List.of(form.hostProblem(), form.portProblem(), form.databaseProblem(), form.userProblem(),
                form.passwordProblem())) {
            assertEquals("", p.get());
        }
    }

    @Test
    void aServerThatAnswersIsSaidSo() {
        fillIn();
        form.testConnection();
        tasks.runAll();
        assertTrue(form.outcomeProperty().get().startsWith("Connected to clinic-server:5432/b12consult as reception"),
                form.outcomeProperty().get());
        assertEquals("", form.failureProperty().get());
    }

    @Test
    void aKeptChoiceFillsTheForm() {
        form.fill(new StoreChoice(StoreChoice.Kind.CLINIC_SERVER, "db", 6543, "clinic", "nurse", "require",
                Optional.empty(), Optional.of(SECRET)));
        assertEquals("6543", form.portProperty().get());
        assertEquals(ServerFormViewModel.Tls.REQUIRE, form.tlsProperty().get());
        assertTrue(form.rememberPasswordProperty().get());
        assertEquals(SECRET, form.passwordProperty().get());
        StoreChoice back = form.keptWithThisComputer();
        assertEquals(StoreChoice.Kind.THIS_COMPUTER, back.kind());
        assertEquals("db", back.host());
    }
}
