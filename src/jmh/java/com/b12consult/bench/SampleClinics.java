package com.b12consult.bench;

import com.b12consult.demo.SampleClinic;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.Database;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample clinics the benchmarks run on, made once with {@link SampleClinic} and kept: SQLite files under
 * {@code target/bench-clinics/}, and databases on the clinic server (the test server that {@code .ci/postgres start}
 * names with {@code B12_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}). Both are found again by a key of the number
 * of patients, the seed, the app's schema version (its newest migration) and the clinic's day: the same key makes
 * the same clinic, and a new migration makes a new one rather than measuring an old schema. The clinic's day is
 * fixed, not today, so a kept clinic stays valid (the same patients due and overdue) whatever day it is measured.
 * A clinic is made under a temporary name and renamed once complete, so one cut short is never taken as made.
 */
final class SampleClinics {
    static final long SEED = 17;
    /** The day the benchmarks are "today" in the clinic (its story ends the day before). */
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final ZoneId ZONE = ZoneOffset.UTC;
    /** The clinic's clock: the morning of {@link #DAY}, standing still, so daily backups are taken once. */
    static final Clock CLOCK = Clock.fixed(DAY.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZONE);
    static final String SQLITE = "sqlite";
    static final String SERVER = "server";
    static final String NO_SERVER = "Benchmarks on the clinic server skipped: no PostgreSQL server named by"
            + " B12_TEST_PG_URL (start one with `.ci/postgres start` and export what it prints; see the README)";

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private SampleClinics() {
    }

    /**
     * {@code SampleClinics PATIENTS [sqlite|server]...}: makes the kept clinics ahead of a run (each is otherwise
     * made by the first benchmark that needs it).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].matches("[0-9]+")) {
            System.err.println("Usage: SampleClinics PATIENTS [sqlite|server]...");
            System.exit(64);
        }
        int patients = Integer.parseInt(args[0]);
        for (int i = 1; i < Math.max(2, args.length); i++) {
            String store = i < args.length ? args[i] : SQLITE;
            if (store.equals(SERVER)) {
                Optional<Server> server = server();
                if (server.isEmpty()) {
                    say(NO_SERVER);
                } else {
                    say("On the server: " + onServer(server.get(), patients).url());
                }
            } else if (store.equals(SQLITE)) {
                say("In " + sqlite(patients));
            } else {
                System.err.println("store must be sqlite or server, was \"" + store + "\"");
                System.exit(64);
            }
        }
    }

    static AssessmentEvaluator evaluator() {
        return new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(RulebookLoader.shipped()));
    }

    static Path folder() {
        return Path.of(System.getProperty("b12.bench.clinics", "target/bench-clinics"));
    }

    /** {@code p2000-s17-v10-d20261123}: what a kept clinic is found by. */
    static String key(int patients, long seed, String schemaVersion, LocalDate day) {
        if (patients < 1) {
            throw new IllegalArgumentException("patients must be at least 1, was " + patients);
        }
        if (!schemaVersion.matches("[0-9]+")) {
            throw new IllegalArgumentException("schemaVersion must be a migration number, was \"" + schemaVersion
                    + "\"");
        }
        return "p" + patients + "-s" + (seed < 0 ? "m" + -seed : String.valueOf(seed)) + "-v" + schemaVersion + "-d"
                + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String key(int patients) {
        return key(patients, SEED, newestMigration(), DAY);
    }

    /** The newest of the {@code V<n>__*.sql} names, as a number: the schema version a new database is given. */
    static String newestMigration(Stream<String> fileNames) {
        return fileNames.map(MIGRATION::matcher).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1)))
                .max(Integer::compare).map(String::valueOf)
                .orElseThrow(() -> new IllegalStateException("no migration V<n>__*.sql found"));
    }

    /** The app's schema version: its newest SQLite migration (the server's are numbered alike). */
    static String newestMigration() {
        URL url = SampleClinics.class.getClassLoader().getResource("com/b12consult/db/sqlite");
        if (url == null) {
            throw new IllegalStateException("the app's migrations (com/b12consult/db/sqlite) are not on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return newest(jar.getPath("com/b12consult/db/sqlite"));
                }
            }
            return newest(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newest(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return newestMigration(files.map(p -> p.getFileName().toString()));
        }
    }

    /** The kept SQLite clinic of that size, made first if it is not there yet (20,000 patients take minutes). */
    static Path sqlite(int patients) throws Exception {
        String key = key(patients);
        Path file = folder().resolve(key + ".db");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(folder());
        Path part = folder().resolve(key + ".part.db");
        deleteSqlite(part);
        say("Making the sample clinic " + key + " in " + file + " (kept for later runs)");
        try (Database db = Database.open(part, Database.DEFAULT_BUSY_TIMEOUT, CLOCK)) {
            fill(db, patients);
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        deleteSqlite(part);
        return file;
    }

    /** A copy of the kept SQLite clinic to write to, in place of the one made before. */
    static Path sqliteCopy(int patients, String purpose) throws Exception {
        Path kept = sqlite(patients);
        Path work = folder().resolve("work").resolve(key(patients) + "-" + purpose + ".db");
        Files.createDirectories(work.getParent());
        deleteSqlite(work);
        Files.copy(kept, work, StandardCopyOption.REPLACE_EXISTING);
        return work;
    }

    static Database openSqlite(Path file) throws DatabaseOpenException {
        return Database.open(file, Database.DEFAULT_BUSY_TIMEOUT, CLOCK);
    }

    private static void deleteSqlite(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", "-migration-lock"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    /** The test server named by the environment (or system properties of the same names), if one is. */
    static Optional<Server> server() {
        String url = setting("B12_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Server(url.strip(), setting("B12_TEST_PG_USER"), setting("B12_TEST_PG_PASSWORD")));
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    /** The clinic server: {@code url} is {@code postgresql://host:port/db}, a database to connect to for making others. */
    record Server(String url, String user, String password) {
        StoreLocation.ClinicServer database(String name) {
            URI server = URI.create(url);
            return new StoreLocation.ClinicServer("postgresql://" + server.getHost() + ":" + server.getPort() + "/"
                    + name, user, password, "disable");
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection("jdbc:" + url, user, password);
        }

        boolean exists(String name) throws SQLException {
            try (Connection c = admin();
                 PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        }

        void execute(String sql) throws SQLException {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }

    /** {@code b12bench_p2000_s17_v10_d20261123}: the server database of a key. */
    static String databaseName(String key) {
        return "b12bench_" + key.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /** The kept clinic of that size on the server, made first if the server has none of that key. */
    static StoreLocation.ClinicServer onServer(Server server, int patients) throws Exception {
        String name = databaseName(key(patients));
        if (!server.exists(name)) {
            String part = name + "_part";
            server.execute("DROP DATABASE IF EXISTS " + part + " WITH (FORCE)");
            server.execute("CREATE DATABASE " + part);
            say("Making the sample clinic " + key(patients) + " on the server as " + name + " (kept while the server"
                    + " runs)");
            try (Database db = Database.open(server.database(part))) {
                fill(db, patients);
            }
            server.execute("ALTER DATABASE " + part + " RENAME TO " + name);
        }
        return server.database(name);
    }

    /** A copy of the kept server clinic to write to (made from it as a template), in place of the one made before. */
    static StoreLocation.ClinicServer serverCopy(Server server, int patients, String purpose) throws Exception {
        String kept = onServer(server, patients).url().replaceAll(".*/", "");
        String work = kept + "_" + purpose;
        server.execute("DROP DATABASE IF EXISTS " + work + " WITH (FORCE)");
        server.execute("CREATE DATABASE " + work + " TEMPLATE " + kept);
        return server.database(work);
    }

    private static void fill(Database db, int patients) {
        long started = System.nanoTime();
        SampleClinic.Summary s = new SampleClinic(db, evaluator(), LabLimits.defaults(), "bench", ZONE)
                .fill(patients, SEED, DAY, (on, reached) -> { });
        say(String.format(Locale.ROOT, "Made %,d patients, %,d doses given, in %.0f s", s.patients(), s.dosesGiven(),
                (System.nanoTime() - started) / 1e9));
    }

    private static void say(String line) {
        System.out.println("# " + line);
    }
}
