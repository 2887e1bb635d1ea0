package com.b12consult.store;

import com.b12consult.store.StoreLocation.ClinicServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, started with the repository's {@code .ci/postgres start}, for a test that
 * stops and starts it: the shared test server ({@link TestServer}) other classes use is never touched. Stopping
 * and starting again go through {@code pg_ctl}, as the server's user (the script runs it as {@code postgres}, or
 * {@code nobody}, under root).
 */
final class ThrowAwayServer implements AutoCloseable {
    private static final Path SCRIPT = Path.of(".ci", "postgres");

    private final Map<String, String> exports;
    private final Path dir;
    private final int port;

    private ThrowAwayServer(Map<String, String> exports) {
        this.exports = exports;
        dir = Path.of(exports.get("B12_TEST_PG_DIR"));
        port = URI.create(exports.get("B12_TEST_PG_URL")).getPort();
    }

    static ThrowAwayServer start() throws IOException, InterruptedException {
        Path script = SCRIPT.toAbsolutePath();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No " + script + ": the test runs from the repository's root");
        }
        String out = run(List.of(script.toString(), "start"));
        Map<String, String> exports = new HashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("export ")) {
                String[] pair = line.substring("export ".length()).split("=", 2);
                exports.put(pair[0], pair[1]);
            }
        }
        return new ThrowAwayServer(exports);
    }

    /** Its {@code postgres} database, as the app names a clinic server. */
    ClinicServer location() {
        return new ClinicServer(exports.get("B12_TEST_PG_URL"), exports.get("B12_TEST_PG_USER"),
                exports.get("B12_TEST_PG_PASSWORD"), "disable");
    }

    /** A connection of its own, past the app. */
    Connection connect() throws SQLException {
        ClinicServer server = location();
        return java.sql.DriverManager.getConnection("jdbc:" + server.url(), server.user(), server.password());
    }

    /** Stops it as an administrator would for a restart: every session is ended, its transaction rolled back. */
    void stop() throws IOException, InterruptedException {
        run(asServerUser(List.of(pgCtl(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop")));
    }

    /** Starts it again on the same port. */
    void startAgain() throws IOException, InterruptedException {
        run(asServerUser(List.of(pgCtl(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log")
                .toString(), "-w", "-t", "60", "-o", "-c listen_addresses=127.0.0.1 -p " + port
                + " -c unix_socket_directories=" + dir, "start")));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of(SCRIPT.toAbsolutePath().toString(), "stop", dir.toString()));
    }

    private static String pgCtl() throws IOException {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve("pg_ctl")).filter(Files::isExecutable)
                    .max((a, b) -> Integer.compare(version(a), version(b)))
                    .orElseThrow(() -> new IllegalStateException("no pg_ctl under /usr/lib/postgresql")).toString();
        }
    }

    private static int version(Path pgCtl) {
        try {
            return Integer.parseInt(pgCtl.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** As the script's as_server_user: PostgreSQL refuses to run as root. */
    private static List<String> asServerUser(List<String> command) throws IOException, InterruptedException {
        if (!"0".equals(run(List.of("id", "-u")).strip())) {
            return command;
        }
        String user = new ProcessBuilder("id", "postgres").start().waitFor() == 0 ? "postgres" : "nobody";
        StringBuilder shell = new StringBuilder();
        for (String word : command) {
            shell.append('\'').append(word.replace("'", "'\\''")).append("' ");
        }
        return List.of("su", user, "-s", "/bin/sh", "-c", shell.toString());
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("b12-pg", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectError(errors.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(errors));
            }
            return out;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
