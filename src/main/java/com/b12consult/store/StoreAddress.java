package com.b12consult.store;

import com.b12consult.store.StoreLocation.ClinicServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code --db} names, as one text: a path is the SQLite file there (as it always was);
 * {@code postgresql://[user@]host[:port]/database[?sslmode=...&sslrootcert=FILE]} is the clinic's server.
 * <p>
 * The password is never part of the text, which would leave it in the shell's history and in the list of
 * running programs: it comes from {@value #PASSWORD_VARIABLE} (or PostgreSQL's own {@code PGPASSWORD}), else
 * from PostgreSQL's password file ({@code PGPASSFILE}, else {@code ~/.pgpass}).
 */
public final class StoreAddress {
    public static final String PASSWORD_VARIABLE = "B12_DB_PASSWORD";
    /** The scheme alone: its "://" stays out of a constant, where the store's SQL check would read a comment. */
    private static final String SCHEME = "postgresql";
    private static final int DEFAULT_PORT = 5432;
    /** libpq's default, which also serves a server that has no certificate. */
    private static final String DEFAULT_SSL_MODE = "prefer";

    private StoreAddress() {
    }

    /** As {@link #parse} with this machine's environment and home folder. */
    public static StoreLocation forThisMachine(String text, Consumer<String> notes) {
        return parse(text, System.getenv(), Path.of(System.getProperty("user.home", "")),
                System.getProperty("user.name", ""), notes);
    }

    /**
     * @param env the environment the password (and a default user) may come from
     * @param home the user's home folder, where {@code .pgpass} is looked for
     * @param osUser the user of this computer: the server's user when the text names none, as in libpq
     * @param notes where a word about the password file goes (for example why it was ignored)
     * @throws IllegalArgumentException naming what is wrong with the text, never repeating a password in it
     */
    public static StoreLocation parse(String text, Map<String, String> env, Path home, String osUser,
                                      Consumer<String> notes) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--db needs the path of the database file or a clinic server's"
                    + " postgresql://host:port/database");
        }
        String prefix = SCHEME + "://";
        if (!text.regionMatches(true, 0, prefix, 0, prefix.length())) {
            if (text.contains("://")) {
                throw new IllegalArgumentException("--db: a clinic server is given as postgresql://host:port/database,"
                        + " not " + withoutPassword(text));
            }
            try {
                return new StoreLocation.SqliteFile(Path.of(text));
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--db: \"" + text + "\" is not a valid path: " + e.getReason());
            }
        }
        URI uri;
        try {
            uri = new URI(prefix + text.substring(prefix.length())); // the scheme in lower case, as URI compares it
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--db: " + withoutPassword(text) + " is not a valid server address ("
                    + e.getReason() + "); give postgresql://host:port/database");
        }
        String userInfo = uri.getRawUserInfo();
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        if (authority.lastIndexOf('@') >= 0 && authority.substring(0, authority.lastIndexOf('@')).contains(":")) {
            throw new IllegalArgumentException("--db: leave the password out of the server's address (it would stay"
                    + " in the shell's history and the list of running programs). Put it in the environment variable "
                    + PASSWORD_VARIABLE + ", or in ~/.pgpass (host:port:database:user:password, chmod 600).");
        }
        String host = uri.getHost();
        String path = uri.getPath();
        if (host == null || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0 || uri.getFragment() != null) {
            throw new IllegalArgumentException("--db: a clinic server is given as postgresql://[user@]host[:port]/database,"
                    + " not " + withoutPassword(text));
        }
        String database = path.substring(1);
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String user = userInfo != null && !userInfo.isEmpty() ? decode(userInfo)
                : nonBlank(env.get("PGUSER")).orElse(osUser);
        String sslMode = DEFAULT_SSL_MODE;
        Optional<Path> rootCert = Optional.empty();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (key) {
                    case "sslmode" -> {
                        if (!ClinicServer.SSL_MODES.contains(value)) {
                            throw new IllegalArgumentException("--db: unknown sslmode \"" + value + "\"; use require"
                                    + " (encrypted) or verify-full (encrypted, and the server's certificate checked)");
                        }
                        sslMode = value;
                    }
                    case "sslrootcert" -> {
                        try {
                            rootCert = Optional.of(Path.of(value));
                        } catch (InvalidPathException e) {
                            throw new IllegalArgumentException("--db: sslrootcert \"" + value + "\" is not a valid path");
                        }
                    }
                    default -> throw new IllegalArgumentException("--db: the server's address takes sslmode and"
                            + " sslrootcert only, not \"" + key + "\"");
                }
            }
        }
        String password = password(env, home, host, port, database, user, notes);
        String url = "postgresql://" + host + ":" + port + "/" + uri.getRawPath().substring(1);
        return new ClinicServer(url, user, password, sslMode, rootCert);
    }

    /**
     * The password when none is typed: {@value #PASSWORD_VARIABLE}, else {@code PGPASSWORD}, else the password
     * file's line for the server; empty when none is found (a server that trusts this computer asks for none).
     */
    static String password(Map<String, String> env, Path home, String host, int port, String database,
                                   String user, Consumer<String> notes) {
        Optional<String> given = nonBlank(env.get(PASSWORD_VARIABLE)).or(() -> nonBlank(env.get("PGPASSWORD")));
        if (given.isPresent()) {
            return given.get();
        }
        Path file = nonBlank(env.get("PGPASSFILE")).map(Path::of).orElse(home.resolve(".pgpass"));
        // An empty password lets the server decide: one that trusts this computer asks for none.
        return PgPass.password(file, host, port, database, user, notes).orElse("");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The text as a message may repeat it: whatever stands between "//" and "@" is cut. */
    private static String withoutPassword(String text) {
        return text.replaceFirst("//[^/@]*@", "//...@");
    }
}
