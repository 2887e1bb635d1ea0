package com.b12consult.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the clinic's data lives: "This computer only", one SQLite file (the default, no set-up), or "Clinic
 * server", one PostgreSQL database (13 or newer) that every room's workstation opens. Both are opened by
 * {@link Database#open(StoreLocation)} and served by the same repositories.
 */
public sealed interface StoreLocation permits StoreLocation.SqliteFile, StoreLocation.ClinicServer {

    /** What a message shows: the file's path, or the server and database (never the password). */
    String describe();

    /** The SQLite file on this computer. */
    record SqliteFile(Path file) implements StoreLocation {
        public SqliteFile {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /**
     * A database on the clinic's PostgreSQL server.
     *
     * @param url {@code postgresql://host[:port]/database}
     * @param sslMode PostgreSQL's sslmode ({@code disable}, {@code prefer}, {@code require}, {@code verify-ca},
     *                {@code verify-full}); {@code verify-full} is the safe choice off the clinic's own network
     * @param sslRootCert the certificate of the authority that signed the server's, when not the system's
     */
    record ClinicServer(String url, String user, String password, String sslMode, Optional<Path> sslRootCert)
            implements StoreLocation {
        static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

        public ClinicServer {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(sslMode, "sslMode");
            sslRootCert = sslRootCert == null ? Optional.empty() : sslRootCert;
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("The clinic server " + url + " is not a valid address: "
                        + e.getMessage(), e);
            }
            if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null
                    || uri.getPath().length() < 2 || uri.getPath().indexOf('/', 1) >= 0
                    || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("The clinic server must be given as postgresql://host:port/database"
                        + " (user and password apart), not " + url);
            }
            if (!SSL_MODES.contains(sslMode)) {
                throw new IllegalArgumentException("Unknown sslmode " + sslMode + "; one of " + SSL_MODES);
            }
        }

        public ClinicServer(String url, String user, String password, String sslMode) {
            this(url, user, password, sslMode, Optional.empty());
        }

        /** The driver's URL: the same server and database, with the sslmode (and the authority's certificate). */
        String jdbcUrl() {
            return "jdbc:" + url + "?sslmode=" + sslMode
                    + sslRootCert.map(f -> "&sslrootcert=" + URLEncoder.encode(f.toString(), StandardCharsets.UTF_8))
                    .orElse("")
                    + "&ApplicationName=B12%20Consult";
        }

        /** {@code host:port} of the server, as a message names it. */
        public String hostAndPort() {
            URI uri = URI.create(url);
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        }

        @Override
        public String describe() {
            return "the clinic server " + url + " (user " + user + ")";
        }

        /** Without the password, which must not end up in a log or a message. */
        @Override
        public String toString() {
            return "ClinicServer[url=" + url + ", user=" + user + ", sslMode=" + sslMode
                    + sslRootCert.map(f -> ", sslRootCert=" + f).orElse("") + "]";
        }
    }
}
