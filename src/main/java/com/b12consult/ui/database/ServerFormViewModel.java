package com.b12consult.ui.database;

import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreException;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.TaskRunner;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The clinic server's connection form: host, port, database, user, password, and how the connection is
 * encrypted. A field that is wrong is named at the field; the server is tried in the background, never on the
 * screen's thread, and what it says (not reached, login refused, a newer schema) is shown as the store words it,
 * with the field it points at marked. Nothing typed is cleared by a failure.
 */
public final class ServerFormViewModel {
    /** How the connection is encrypted, in the words the form offers; each one of PostgreSQL's sslmodes. */
    public enum Tls {
        PREFER("prefer", "When the server offers it (the clinic's own network)"),
        REQUIRE("require", "Always encrypted"),
        VERIFY_FULL("verify-full", "Always encrypted, and the server's certificate checked");

        private final String sslMode;
        private final String label;

        Tls(String sslMode, String label) {
            this.sslMode = sslMode;
            this.label = label;
        }

        public String sslMode() {
            return sslMode;
        }

        public String label() {
            return label;
        }

        static Tls of(String sslMode) {
            for (Tls t : values()) {
                if (t.sslMode.equals(sslMode)) {
                    return t;
                }
            }
            // verify-ca and the weaker modes are not offered; the nearest offered one that is no weaker
            return "verify-ca".equals(sslMode) ? VERIFY_FULL : PREFER;
        }
    }

    /** Tries a server: returns when it can be opened, throws the store's refusal when not. */
    @FunctionalInterface
    public interface ServerCheck {
        void check(StoreLocation.ClinicServer server) throws Exception;
    }

    /** Where a choice opens on this machine (the password from the form, else the environment or ~/.pgpass). */
    @FunctionalInterface
    public interface Locator {
        StoreLocation.ClinicServer locate(StoreChoice choice, String typedPassword);
    }

    /** A server that answered: the choice to keep, and where it opens (with the password for this session). */
    public record Reached(StoreChoice choice, StoreLocation.ClinicServer location) {
    }

    private final TaskRunner tasks;
    private final ServerCheck check;
    private final Locator locator;
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", Integer.toString(StoreChoice.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(this, "rememberPassword", false);
    private final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(this, "tls", Tls.PREFER);
    private final StringProperty caFile = new SimpleStringProperty(this, "caFile", "");
    private final ReadOnlyStringWrapper hostProblem = new ReadOnlyStringWrapper(this, "hostProblem", "");
    private final ReadOnlyStringWrapper portProblem = new ReadOnlyStringWrapper(this, "portProblem", "");
    private final ReadOnlyStringWrapper databaseProblem = new ReadOnlyStringWrapper(this, "databaseProblem", "");
    private final ReadOnlyStringWrapper userProblem = new ReadOnlyStringWrapper(this, "userProblem", "");
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper(this, "passwordProblem", "");
    private final ReadOnlyStringWrapper caFileProblem = new ReadOnlyStringWrapper(this, "caFileProblem", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ServerFormViewModel(TaskRunner tasks, ServerCheck check, Locator locator) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.check = Objects.requireNonNull(check, "check");
        this.locator = Objects.requireNonNull(locator, "locator");
        // a message is for what was typed when it was given: typing again clears it
        clearOnChange(host, hostProblem);
        clearOnChange(port, portProblem);
        clearOnChange(database, databaseProblem);
        clearOnChange(user, userProblem);
        clearOnChange(password, passwordProblem);
        clearOnChange(caFile, caFileProblem);
        tls.addListener(x -> {
            caFileProblem.set("");
            clearResult();
        });
        rememberPassword.addListener(x -> clearResult());
    }

    private void clearOnChange(StringProperty field, ReadOnlyStringWrapper problem) {
        field.addListener(x -> {
            problem.set("");
            clearResult();
        });
    }

    private void clearResult() {
        failure.set("");
        outcome.set("");
    }

    /** Fills the form from a kept choice (the server's details are kept while this computer is used). */
    public void fill(StoreChoice choice) {
        host.set(choice.host());
        port.set(Integer.toString(choice.port()));
        database.set(choice.database());
        user.set(choice.user());
        password.set(choice.password().orElse(""));
        rememberPassword.set(choice.password().isPresent());
        tls.set(Tls.of(choice.sslMode()));
        caFile.set(choice.caFile().map(Path::toString).orElse(""));
    }

    /**
     * The form's choice, when every field is as it must be; otherwise empty, with the reason at each wrong field.
     * The password is part of it only when it is to be remembered on this computer.
     */
    public Optional<StoreChoice> choice() {
        clearResult();
        // each check says again what is wrong now, the server's last word included
        for (ReadOnlyStringWrapper p : List.of(hostProblem, portProblem, databaseProblem, userProblem, passwordProblem,
                caFileProblem)) {
            p.set("");
        }
        String h = text(host);
        String d = text(database);
        String u = text(user);
        boolean ok = true;
        if (h.isEmpty()) {
            ok = problem(hostProblem, "Host: give the server's name or address, e.g. clinic-server or 192.168.1.20.");
        } else if (h.contains("/") || h.contains("@") || h.contains(" ") || h.contains("://")) {
            ok = problem(hostProblem, "Host: the server's name or address alone, without postgresql://, a user or a"
                    + " path (\"" + h + "\" is not).");
        }
        int p = -1;
        String typedPort = text(port);
        try {
            p = Integer.parseInt(typedPort);
        } catch (NumberFormatException e) {
            // said below
        }
        if (p < 1 || p > 65535) {
            ok = problem(portProblem, "Port: a whole number from 1 to 65535 (PostgreSQL's usual port is 5432)"
                    + (typedPort.isEmpty() ? "." : "; \"" + typedPort + "\" is not."));
        }
        if (d.isEmpty()) {
            ok = problem(databaseProblem, "Database: give the name of the clinic's database on the server, e.g."
                    + " b12consult.");
        } else if (d.contains("/")) {
            ok = problem(databaseProblem, "Database: a name without /.");
        }
        if (u.isEmpty()) {
            ok = problem(userProblem, "User: give the user this computer signs in to the server as.");
        }
        Optional<Path> ca = Optional.empty();
        String typedCa = text(caFile);
        if (tls.get() == Tls.VERIFY_FULL && !typedCa.isEmpty()) {
            try {
                ca = Optional.of(Path.of(typedCa));
            } catch (InvalidPathException e) {
                ok = problem(caFileProblem, "Certificate authority file: \"" + typedCa + "\" is not a valid path.");
            }
            if (ca.isPresent() && !java.nio.file.Files.isRegularFile(ca.get())) {
                ok = problem(caFileProblem, "Certificate authority file: there is no file " + typedCa
                        + ". Choose the file the server's administrator gave you (often root.crt or ca.pem).");
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        String pw = password.get() == null ? "" : password.get();
        return Optional.of(new StoreChoice(StoreChoice.Kind.CLINIC_SERVER, h, p, d, u, tls.get().sslMode(), ca,
                rememberPassword.get() && !pw.isEmpty() ? Optional.of(pw) : Optional.empty()));
    }

    /**
     * This computer only, keeping the server's details as typed (nothing checked, nothing marked) so a switch back
     * finds them filled in; a password only when it is to be remembered.
     */
    public StoreChoice keptWithThisComputer() {
        int p;
        try {
            p = Integer.parseInt(text(port));
        } catch (NumberFormatException e) {
            p = StoreChoice.DEFAULT_PORT;
        }
        Optional<Path> ca;
        try {
            ca = text(caFile).isEmpty() ? Optional.empty() : Optional.of(Path.of(text(caFile)));
        } catch (InvalidPathException e) {
            ca = Optional.empty();
        }
        String pw = password.get() == null ? "" : password.get();
        return new StoreChoice(StoreChoice.Kind.THIS_COMPUTER, text(host), p, text(database), text(user),
                tls.get().sslMode(), ca, rememberPassword.get() ? Optional.of(pw) : Optional.empty());
    }

    private static boolean problem(ReadOnlyStringWrapper field, String message) {
        field.set(message);
        return false;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().strip();
    }

    /** Tries the server as the form names it, in the background, and says what it found. */
    public void testConnection() {
        reach(reached -> outcome.set("Connected to " + reached.choice().describeServer() + ". The server can be"
                + " used: its database is empty or one this version of B12 Consult opens."));
    }

    /**
     * Tries the server, in the background; when it answers, runs {@code then} on the screen's thread with what to
     * keep and where it opens. A form that is wrong, or a server that refuses, says why and runs nothing.
     */
    public void reach(Consumer<Reached> then) {
        if (busy.get()) {
            return;
        }
        Optional<StoreChoice> choice = choice();
        if (choice.isEmpty()) {
            failure.set("Correct the marked fields first.");
            return;
        }
        StoreLocation.ClinicServer location;
        try {
            location = locator.locate(choice.get(), password.get() == null ? "" : password.get());
        } catch (IllegalArgumentException | StoreException e) {
            failure.set(e.getMessage());
            return;
        }
        busy.set(true);
        outcome.set("Connecting to " + choice.get().host() + ":" + choice.get().port() + " \u2026");
        tasks.run(() -> {
            check.check(location);
            return location;
        }, reached -> {
            busy.set(false);
            outcome.set("");
            try {
                then.accept(new Reached(choice.get(), reached));
            } catch (StoreException e) {
                failure.set(e.getMessage());
            }
        }, problem -> {
            busy.set(false);
            outcome.set("");
            refused(problem);
        });
    }

    private void refused(Throwable problem) {
        String said = problem.getMessage() == null || problem.getMessage().isBlank()
                ? "The server could not be used (" + problem.getClass().getSimpleName() + ")." : problem.getMessage();
        failure.set(said);
        if (problem instanceof DatabaseOpenException e) {
            switch (e.serverFault()) {
                case LOGIN_REFUSED -> passwordProblem.set("Password: the server refused user " + text(user)
                        + (text(password).isEmpty() ? " without a password. Type the password here, or give it in"
                        + " B12_DB_PASSWORD or ~/.pgpass." : " with this password. Check the user and the password."));
                case NO_SUCH_DATABASE -> databaseProblem.set("Database: the server has no database \""
                        + text(database) + "\". Check its name with whoever set up the server.");
                case NOT_REACHED -> hostProblem.set("Host and port: nothing answered at " + text(host) + ":"
                        + text(port) + ".");
                case NONE -> {
                    // a refusal of the database itself (a newer schema, another program's): no field is wrong
                }
            }
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }

    public ObjectProperty<Tls> tlsProperty() {
        return tls;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public ReadOnlyStringProperty hostProblem() {
        return hostProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portProblem() {
        return portProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProblem() {
        return databaseProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProblem() {
        return userProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordProblem() {
        return passwordProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caFileProblem() {
        return caFileProblem.getReadOnlyProperty();
    }

    /** What went wrong with the last test or connection, as the server or the form says it; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** What the last test found, or that one is under way; empty otherwise. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while the server is being tried: the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
