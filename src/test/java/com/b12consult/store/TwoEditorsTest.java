package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two workstations, each a JVM of its own ({@link PatientEditor}), load the same patient and save an edit at the
 * same moment, on the clinic server (and on one shared file): exactly one edit is saved, the other is refused
 * naming the first editor, and nothing of the refused edit is stored or logged.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class TwoEditorsTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    /** One editor's JVM, with its output read line by line. */
    private record Editor(String initials, String name, Process process, BufferedReader out, Path errors) {
        String next() throws IOException {
            String line = out.readLine();
            if (line == null) {
                throw new AssertionError(initials + "'s editor ended without a word: " + Files.readString(errors));
            }
            return line;
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void twoSavesAtOnceAreOneSavedAndOneRefusedNamingTheFirst() throws Exception {
        Patient ann;
        try (StoreFixture store = new StoreFixture(dir, kind)) {
            ann = new PatientRepository(store.database, store.auditLog).create(Patient.unsaved("Ann Lee", "P-0042",
                    Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE);
        }
        Instant before = Instant.now();

        List<Editor> editors = List.of(start("CD", "Ann Lee-Smith", ann.id()), start("EF", "Ann Leigh", ann.id()));
        try {
            for (Editor e : editors) {
                assertEquals("loaded " + ann.version(), e.next(), e.initials() + " loads the patient");
            }
            // Both have the patient open: now both press Save. Each is told in the same instant, neither waits.
            for (Editor e : editors) {
                Writer w = new java.io.OutputStreamWriter(e.process().getOutputStream(), StandardCharsets.UTF_8);
                w.write("save\n");
                w.flush();
            }
            List<String> answers = new ArrayList<>();
            for (Editor e : editors) {
                answers.add(e.next());
                assertTrue(e.process().waitFor(60, TimeUnit.SECONDS), e.initials() + "'s editor did not end");
                assertEquals(0, e.process().exitValue(), Files.readString(e.errors()));
            }

            List<Editor> saved = editors.stream().filter(e -> answers.get(editors.indexOf(e)).startsWith("saved "))
                    .toList();
            assertEquals(1, saved.size(), "exactly one saved: " + answers);
            Editor winner = saved.get(0);
            Editor loser = editors.get(1 - editors.indexOf(winner));
            assertEquals("saved " + (ann.version() + 1), answers.get(editors.indexOf(winner)));
            String refusal = answers.get(editors.indexOf(loser));
            assertTrue(refusal.startsWith("refused " + winner.initials() + " "), "the refusal names the winner: "
                    + answers);
            Instant when = Instant.parse(refusal.substring(refusal.lastIndexOf(' ') + 1));
            assertTrue(!when.isBefore(before.minusSeconds(1)) && !when.isAfter(Instant.now()), "when: " + when);

            try (StoreFixture store = new StoreFixture(dir, kind)) {
                Patient stored = new PatientRepository(store.database, store.auditLog).findById(ann.id()).orElseThrow();
                assertEquals(winner.name(), stored.name(), "the stored row is the winner's");
                assertEquals(ann.version() + 1, stored.version());
                List<AuditEntry> updates = store.auditLog.list(AuditFilter.forPatient(ann.id()), 10).stream()
                        .filter(e -> e.action() == AuditAction.PATIENT_UPDATED).toList();
                assertEquals(1, updates.size(), "one edit logged: " + updates);
                assertEquals(winner.initials(), updates.get(0).actor().initials());
                assertEquals(when, updates.get(0).at(), "the refusal's time is the logged save's");
            }
        } finally {
            for (Editor e : editors) {
                e.process().destroyForcibly();
            }
        }
    }

    private Editor start(String initials, String name, long patientId) throws IOException {
        StoreLocation location = TestServer.location(kind, dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String where;
        String user = "-";
        ProcessBuilder builder;
        if (location instanceof StoreLocation.ClinicServer server) {
            where = server.url();
            user = server.user();
        } else {
            where = ((StoreLocation.SqliteFile) location).file().toString();
        }
        builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), PatientEditor.class.getName(), where, user,
                Long.toString(patientId), initials, name);
        if (location instanceof StoreLocation.ClinicServer server) {
            builder.environment().put("B12_DB_PASSWORD", server.password());
        }
        Path errors = dir.resolve(initials + ".err");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        return new Editor(initials, name, process,
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), errors);
    }
}
