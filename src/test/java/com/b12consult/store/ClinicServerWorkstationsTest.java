package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.store.StoreLocation.ClinicServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workstations (two JVMs) on one clinic server at the same moment: the same due dose recorded as Given by
 * both is stored once, the other nurse told who recorded it and when; and two streams of saves interleaved lose
 * nothing and double nothing. Runs only against a server (skipped without one, like the server half of the store
 * tests; failed under B12_TEST_PG_REQUIRED=1).
 */
@Tag("slow")
@ExtendWith(TestServer.DropDatabases.class)
class ClinicServerWorkstationsTest {
    private static final int SAVES_EACH = 200;
    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    ClinicServer server;

    @BeforeEach
    void server() {
        server = TestServer.database(dir);
    }

    @Test
    void theSameDueDoseGivenAtOnceByTwoWorkstationsIsStoredOnceAndTheOtherIsToldWhoAndWhen() throws Exception {
        long patient;
        long prescription;
        LocalDate firstDue = LocalDate.of(2026, 11, 21);
        try (Database database = Database.open(server)) {
            AuditLog auditLog = new AuditLog(database, java.time.Clock.systemUTC());
            patient = new PatientRepository(database, auditLog).create(Patient.unsaved("Ada", "P-1", Optional.empty(),
                    Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE).id();
            prescription = new PrescriptionRepository(database, auditLog).add(Prescription.unsaved(patient,
                    Product.HYDROXOCOBALAMIN, 1000, new DosingSchedule(Optional.empty(), 90), firstDue),
                    StoreFixture.NURSE).id();
        }
        for (int round = 0; round < ROUNDS; round++) {
            // a due day of its own each round: each round is a fresh race for one dose
            LocalDate due = firstDue.plusDays(round);
            String when = "round " + round;
            SavingWorkstation ab = SavingWorkstation.start(GivingDose.class, server, List.of(Long.toString(patient),
                    Long.toString(prescription), due.toString(), "AB"), dir.resolve("ab-" + round + ".err"));
            SavingWorkstation cd = SavingWorkstation.start(GivingDose.class, server, List.of(Long.toString(patient),
                    Long.toString(prescription), due.toString(), "CD"), dir.resolve("cd-" + round + ".err"));
            assertTrue(ab.awaitReady(60_000), when + ": AB's workstation did not open: " + ab.errorText());
            assertTrue(cd.awaitReady(60_000), when + ": CD's workstation did not open: " + cd.errorText());
            ab.go();
            cd.go();
            assertEquals(0, ab.awaitExit(60), when + ": AB's workstation failed: " + ab.errorText());
            assertEquals(0, cd.awaitExit(60), when + ": CD's workstation failed: " + cd.errorText());
            String abSaid = single(ab.reportedSaves(), when);
            String cdSaid = single(cd.reportedSaves(), when);
            assertTrue(abSaid.startsWith("given ") != cdSaid.startsWith("given "),
                    when + ": exactly one Given, the other refused: AB " + abSaid + ", CD " + cdSaid);
            String first = abSaid.startsWith("given ") ? "AB" : "CD";
            String refusal = abSaid.startsWith("given ") ? cdSaid : abSaid;

            try (Connection c = TestServer.connect(server)) {
                List<String> givens = rows(c, "SELECT given_by, recorded_at FROM dose_outcomes WHERE outcome = 'given'"
                        + " AND due_on = ?", due.toString());
                assertEquals(1, givens.size(), when + ": Givens stored for the dose due " + due + ": " + givens);
                String[] stored = givens.get(0).split("\t");
                assertEquals(first, stored[0], when);
                assertEquals("refused " + first + " " + StoredValues.instant(stored[1]), refusal,
                        when + ": the refused nurse is told who recorded the dose, and when");
                assertEquals(round + 1, rows(c, "SELECT id FROM injections", null).size(), when + ": injections");
                // the refused save's check was rolled back with it
                assertEquals(round + 1, rows(c, "SELECT id FROM assessments", null).size(), when + ": checks");
                assertEquals(round + 1, rows(c, "SELECT id FROM audit_log WHERE action = ?",
                        AuditAction.DOSE_GIVEN.code()).size(), when + ": dose_given audit entries");
            }
        }
    }

    @Test
    void twoWorkstationsSavingTwoHundredEachInterleavedLoseNothingAndDoubleNothing() throws Exception {
        long patient = SavingWorkstation.createPatient(server);
        List<Path> go = List.of(Path.of(SavingLoop.GO_ON_INPUT));
        SavingWorkstation first = SavingWorkstation.start(server, patient, 0, SAVES_EACH, dir.resolve("first.err"), go);
        SavingWorkstation second = SavingWorkstation.start(server, patient, 10_000_000L, SAVES_EACH,
                dir.resolve("second.err"), go);
        assertTrue(first.awaitReady(60_000), "first workstation did not open: " + first.errorText());
        assertTrue(second.awaitReady(60_000), "second workstation did not open: " + second.errorText());
        first.go();
        second.go();
        assertEquals(0, first.awaitExit(120), "first workstation failed: " + first.errorText());
        assertEquals(0, second.awaitExit(120), "second workstation failed: " + second.errorText());

        assertEquals(SAVES_EACH, first.reportedSaves().size(), "saves reported by the first workstation");
        assertEquals(SAVES_EACH, second.reportedSaves().size(), "saves reported by the second workstation");
        List<String> reported = new ArrayList<>(first.reportedSaves());
        reported.addAll(second.reportedSaves());
        assertEquals(reported.size(), new HashSet<>(reported).size(), "two workstations told they saved one record");
        assertInterleaved(first.reportedSaves(), second.reportedSaves());

        SavingWorkstation.Counts counts = SavingWorkstation.checkFile(server, reported, "after two workstations");
        assertEquals(2 * SAVES_EACH, counts.total(), "records on the server: " + counts);
        assertEquals(new SavingWorkstation.Counts(kind(reported, "assessment"), kind(reported, "dose"),
                kind(reported, "headache")), counts, "records on the server");
    }

    /** Ids are handed out in commit order: the two ranges of ids crossing shows the saves really interleaved. */
    private static void assertInterleaved(List<String> a, List<String> b) {
        long[] x = ids(a);
        long[] y = ids(b);
        assertTrue(x[0] < y[y.length - 1] && y[0] < x[x.length - 1], "the two workstations did not save in turn: "
                + x[0] + "-" + x[x.length - 1] + " and " + y[0] + "-" + y[y.length - 1]);
    }

    private static long[] ids(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("saved assessment "))
                .mapToLong(l -> Long.parseLong(l.substring("saved assessment ".length()))).sorted().toArray();
    }

    private static int kind(List<String> reported, String what) {
        return (int) reported.stream().filter(l -> l.startsWith("saved " + what + " ")).count();
    }

    private static String single(List<String> lines, String when) {
        assertEquals(1, lines.size(), when + ": one line from the workstation: " + lines);
        return lines.get(0);
    }

    private static List<String> rows(Connection c, String sql, String param) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(String.join("\t", row));
                }
            }
        }
        return out;
    }
}
