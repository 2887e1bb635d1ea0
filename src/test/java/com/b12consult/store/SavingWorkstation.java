package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SavingLoop} running in a JVM of its own (the same java binary and class path as the tests),
 * with what it reported as saved; and the checks that a database file holds everything reported and
 * nothing half saved.
 */
final class SavingWorkstation {
    private final Process process;
    private final Path errors;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Object savesSeen = new Object();
    private final Thread reader;

    private SavingWorkstation(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        reader = new Thread(this::readLines, "saving-loop-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** @param saves how many records to save before exiting, or 0 to save until killed */
    static SavingWorkstation start(Path file, long patientId, long firstMarker, long saves, Path errors)
            throws IOException {
        return start(file, patientId, firstMarker, saves, errors, List.of());
    }

    /** @param startSignal empty, or the file whose creation starts the saving */
    static SavingWorkstation start(Path file, long patientId, long firstMarker, long saves, Path errors,
                                   List<Path> startSignal) throws IOException {
        return start(new StoreLocation.SqliteFile(file), patientId, firstMarker, saves, errors, startSignal);
    }

    /** The same on a file or on the clinic server's database. */
    static SavingWorkstation start(StoreLocation location, long patientId, long firstMarker, long saves, Path errors,
                                   List<Path> startSignal) throws IOException {
        List<String> args = new ArrayList<>(List.of(Long.toString(patientId), Long.toString(firstMarker),
                Long.toString(saves)));
        startSignal.forEach(signal -> args.add(signal.toString()));
        return start(SavingLoop.class, location, args, errors);
    }

    /**
     * Runs {@code main} in a JVM of its own with the location as its first argument (a server's password goes in
     * {@code B12_DB_PASSWORD}, never on the command line), then {@code args}.
     */
    static SavingWorkstation start(Class<?> main, StoreLocation location, List<String> args, Path errors)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName(), address(location)));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (location instanceof StoreLocation.ClinicServer server) {
            builder.environment().put(StoreAddress.PASSWORD_VARIABLE, server.password());
        }
        builder.redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
        return new SavingWorkstation(builder.start(), errors);
    }

    /** What the child is given as its database: the file's path, or the server's address without the password. */
    static String address(StoreLocation location) {
        if (location instanceof StoreLocation.ClinicServer server) {
            URI url = URI.create(server.url());
            return "postgresql://" + server.user() + "@" + server.hostAndPort() + url.getPath() + "?sslmode="
                    + server.sslMode();
        }
        return ((StoreLocation.SqliteFile) location).file().toString();
    }

    /** The child's side of {@link #address}. */
    static StoreLocation location(String address) {
        return StoreAddress.forThisMachine(address, note -> System.err.println(note));
    }

    /** Tells the child to go (it waits on its standard input): a latch across JVMs, without polling. */
    void go() throws IOException {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("ready")) {
                    ready.countDown();
                } else {
                    lines.add(line);
                    synchronized (savesSeen) {
                        savesSeen.notifyAll();
                    }
                }
            }
        } catch (IOException closedByKill) {
            // The pipe may break when the child is killed mid-line; what was read so far stands.
        }
    }

    boolean awaitReady(long millis) throws InterruptedException {
        return ready.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Waits until the child has reported at least {@code count} saves, so a kill lands in a stream of saves. */
    boolean awaitSaves(int count, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (savesSeen) {
            while (lines.size() < count) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || !process.isAlive()) {
                    return lines.size() >= count;
                }
                savesSeen.wait(Math.min(left, 100));
            }
        }
        return true;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on POSIX: no shutdown hook, no finally block, no connection close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The saving loop did not finish within " + seconds + " s: " + errorText());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** The lines "saved assessment 12" and so on, for saves that returned before the end. */
    List<String> reportedSaves() {
        return List.copyOf(lines);
    }

    String errorText() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(no error output: " + e.getMessage() + ")";
        }
    }

    // ---- the checks -----------------------------------------------------------------------------------

    static long createPatient(Path file) throws DatabaseOpenException {
        return createPatient(new StoreLocation.SqliteFile(file));
    }

    static long createPatient(StoreLocation location) throws DatabaseOpenException {
        try (Database database = Database.open(location)) {
            PatientRepository patients = new PatientRepository(database, new AuditLog(database, Clock.systemUTC()));
            return patients.create(Patient.unsaved("Ann O'Neill", "P-0001", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED),
                    new Actor("nurse", "AB")).id();
        }
    }

    /** Counts of rows in the three tables that the saving loop writes. */
    record Counts(int assessments, int doses, int headaches) {
        int total() {
            return assessments + doses + headaches;
        }
    }

    /**
     * Reopens the file as the app does and checks it: SQLite finds it intact, every reported save is
     * there, every record has its audit entry and every audit entry its record.
     */
    static Counts checkFile(Path file, List<String> reported, String when) throws DatabaseOpenException {
        return checkFile(new StoreLocation.SqliteFile(file), reported, when);
    }

    /** The same on the server, where the server keeps its own pages whole and checks every foreign key as it writes. */
    static Counts checkFile(StoreLocation location, List<String> reported, String when) throws DatabaseOpenException {
        try (Database database = Database.open(location)) {
            return database.read(c -> {
                if (location instanceof StoreLocation.SqliteFile) {
                    assertEquals(List.of("ok"), column(c, "PRAGMA integrity_check"), when + ": integrity_check");
                    assertEquals(List.of(), column(c, "PRAGMA foreign_key_check"), when + ": foreign_key_check");
                }
                Set<String> assessments = new HashSet<>(column(c, "SELECT id FROM assessments"));
                Set<String> doses = new HashSet<>(column(c, "SELECT id FROM injections"));
                Set<String> headaches = new HashSet<>(column(c, "SELECT id FROM headache_entries"));
                for (String line : reported) {
                    String[] words = line.split(" ");
                    Set<String> table = switch (words[1]) {
                        case "assessment" -> assessments;
                        case "dose" -> doses;
                        case "headache" -> headaches;
                        default -> throw new AssertionError(when + ": unexpected line from the child: " + line);
                    };
                    assertTrue(table.contains(words[2]), when + ": reported as saved but missing: " + line);
                }
                checkAssessmentsWhole(c, when);
                checkAuditPairs(c, when, "injections", "given_at", AuditAction.INJECTION_RECORDED, " at ", ", ");
                checkAuditPairs(c, when, "headache_entries", "onset_at", AuditAction.HEADACHE_RECORDED, ", from ", "");
                return new Counts(assessments.size(), doses.size(), headaches.size());
            });
        }
    }

    private static void checkAssessmentsWhole(java.sql.Connection c, String when) throws SQLException {
        List<String> audited = column(c, "SELECT detail FROM audit_log WHERE action = '"
                + AuditAction.ASSESSMENT_SAVED.code() + "'");
        int rows = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, assessment_json,"
                + " report_json, rulebook_version, rulebook_sha256, saved_at FROM assessments")) {
            while (rs.next()) {
                rows++;
                long id = rs.getLong("id");
                String assessment = rs.getString("assessment_json");
                String report = rs.getString("report_json");
                assertTrue(assessment != null && assessment.endsWith("\"}"), when + ": assessment " + id
                        + " has its JSON cut short");
                assertTrue(report != null && report.endsWith("[]}"), when + ": assessment " + id
                        + " has its report cut short");
                assertEquals("2026.11.1", rs.getString("rulebook_version"), when + ": assessment " + id);
                assertEquals(SavingLoop.SHA, rs.getString("rulebook_sha256"), when + ": assessment " + id);
                assertTrue(rs.getString("saved_at") != null, when + ": assessment " + id + " has no time");
                assertEquals(1, audited.stream().filter(d -> d.startsWith("assessment " + id + " ")).count(),
                        when + ": audit entries for assessment " + id);
            }
        }
        assertEquals(rows, audited.size(), when + ": assessment audit entries without an assessment");
    }

    /** Each record's time, which carries its marker, appears in exactly one audit entry, and no entry lacks its record. */
    private static void checkAuditPairs(java.sql.Connection c, String when, String table, String timeColumn,
                                        AuditAction action, String beforeTime, String afterTime)
            throws SQLException {
        List<String> audited = column(c, "SELECT detail FROM audit_log WHERE action = '" + action.code() + "'");
        List<String> times = column(c, "SELECT " + timeColumn + " FROM " + table);
        for (String stored : times) {
            LocalDateTime moment = StoredValues.localMoment(stored);
            // The time is followed by what comes after it in the entry (or ends it), so 08:01 does not match 08:01:05.
            String mention = beforeTime + moment + afterTime;
            assertEquals(1, audited.stream().filter(d -> afterTime.isEmpty() ? d.endsWith(mention) : d.contains(mention))
                    .count(),
                    when + ": audit entries for the " + table + " row at " + stored);
        }
        assertEquals(times.size(), audited.size(), when + ": " + action.code() + " entries without their record");
    }

    private static List<String> column(java.sql.Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
