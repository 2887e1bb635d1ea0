package com.b12consult.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * This workstation's choice of where the clinic's data lives, as the window sets it and {@link StoreChoiceFile}
 * keeps it: this computer only (the default file), or the clinic server and how to reach it. The server's
 * details are kept while this computer is chosen, so switching back finds them filled in.
 *
 * @param sslMode {@code prefer} (encrypted when the server offers it), {@code require}, or {@code verify-full}
 *                (encrypted, and the server's certificate checked, against {@code caFile} when given)
 * @param password only when the user asked to remember it on this computer; otherwise it comes from
 *                 {@value StoreAddress#PASSWORD_VARIABLE}, {@code PGPASSWORD} or {@code ~/.pgpass}
 */
public record StoreChoice(Kind kind, String host, int port, String database, String user, String sslMode,
                          Optional<Path> caFile, Optional<String> password) {
    public static final int DEFAULT_PORT = 5432;

    public enum Kind {
        THIS_COMPUTER("this-computer"), CLINIC_SERVER("clinic-server");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Kind> ofCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public StoreChoice {
        Objects.requireNonNull(kind, "kind");
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
        caFile = caFile == null ? Optional.empty() : caFile;
        password = password == null ? Optional.empty() : password.filter(p -> !p.isEmpty());
        if (!StoreLocation.ClinicServer.SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("Unknown sslmode " + sslMode);
        }
        if (kind == Kind.CLINIC_SERVER) {
            if (host.isEmpty() || database.isEmpty() || user.isEmpty()) {
                throw new IllegalArgumentException("A clinic server needs its host, database and user");
            }
            if (database.contains("/") || host.contains("/") || host.contains("@")) {
                throw new IllegalArgumentException("The host and the database are names, without / or @");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The port must be from 1 to 65535, not " + port);
            }
        }
    }

    /** This computer only, keeping {@code server}'s details (when given) for the next switch. */
    public static StoreChoice thisComputer(Optional<StoreChoice> server) {
        return server.map(s -> new StoreChoice(Kind.THIS_COMPUTER, s.host, s.port, s.database, s.user, s.sslMode,
                s.caFile, s.password)).orElse(new StoreChoice(Kind.THIS_COMPUTER, "", DEFAULT_PORT, "", "",
                "prefer", Optional.empty(), Optional.empty()));
    }

    /** {@code postgresql://host:port/database}, the server's address without user or password. */
    public String url() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        try {
            // the database as a path segment: a space in its name is escaped
            String path = new URI(null, null, "/" + database, null).getRawPath();
            return "postgresql" + "://" + h + ":" + port + path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The database name cannot be used in an address: " + e.getReason());
        }
    }

    /** What the window shows: "host:port/database as user". */
    public String describeServer() {
        return host + ":" + port + "/" + database + " as " + user;
    }

    /**
     * Where this choice opens.
     *
     * @param defaultFile the database file of this computer
     * @param typedPassword a password typed for this session only (not remembered); empty for none
     */
    public StoreLocation location(Path defaultFile, String typedPassword, Map<String, String> env, Path home,
                                  Consumer<String> notes) {
        if (kind == Kind.THIS_COMPUTER) {
            return new StoreLocation.SqliteFile(defaultFile);
        }
        String pw = typedPassword != null && !typedPassword.isEmpty() ? typedPassword
                : password.orElseGet(() -> StoreAddress.password(env, home, host, port, database, user, notes));
        return new StoreLocation.ClinicServer(url(), user, pw, sslMode, caFile);
    }

    /** As {@link #location(Path, String, Map, Path, Consumer)} with this machine's environment and home folder. */
    public StoreLocation locationOnThisMachine(Path defaultFile, String typedPassword, Consumer<String> notes) {
        return location(defaultFile, typedPassword, System.getenv(), Path.of(System.getProperty("user.home", "")),
                notes);
    }

    /** Without the password, which must not end up in a log or a message. */
    @Override
    public String toString() {
        return "StoreChoice[" + kind.code + ", " + describeServer() + ", sslmode=" + sslMode
                + caFile.map(f -> ", ca=" + f).orElse("") + (password.isPresent() ? ", password remembered" : "") + "]";
    }
}
