package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.DuePage;
import com.b12consult.assessment.DueRow;
import com.b12consult.domain.DoseCalendar;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored next due days (schema 11) agree with the dose calendar over generated histories, written in any order
 * (prescriptions added after doses, prescriptions that start later, two on one day, doses before a start, doses
 * entered in error), on both stores; and a page of the due list read from them is exactly the top of the whole list
 * worked out patient by patient, whatever the page's size and the day.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class NextDosesTest {
    /** Names that sort differently by case, accents and script, and some twice, for the ties of the due list. */
    static final List<String> NAMES = List.of("anna Berg", "Anna Berg", "Åsa Lind", "bob Stone", "Émile Roy",
            "Zoë Hart", "zed Moss", "李 Wei", "Ольга Иванова", "Oğuz Kaya", "Anna Berg", "Ana Bergé");
    static final LocalDate EARLIEST = LocalDate.of(2026, 1, 1);

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    PatientRepository patients;
    PrescriptionRepository prescriptions;
    InjectionRepository injections;
    DoseOutcomeRepository outcomes;
    CheckRecords records;
    /** Every patient made so far. */
    final List<Patient> made = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        Database db = store.database;
        AuditLog audit = store.auditLog;
        patients = new PatientRepository(db, audit);
        prescriptions = new PrescriptionRepository(db, audit);
        injections = new InjectionRepository(db, audit);
        AssessmentRepository assessments = new AssessmentRepository(db, audit);
        outcomes = new DoseOutcomeRepository(db, audit, injections, assessments);
        records = new CheckRecords(patients, prescriptions, injections, new HeadacheRepository(db, audit),
                new LabRepository(db, audit), assessments, outcomes, new StandingDecisions(db, audit), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theStoredDayIsTheDoseCalendarsForTheLatestPrescriptionAfterEveryChange() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            generate(new Random(seed), 30, 400, true);
        }
    }

    @Test
    void aPageOfTheDueListIsTheTopOfTheWholeListOnEveryDay() throws Exception {
        generate(new Random(7), 45, 500, false);
        for (LocalDate today : List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 11, 21),
                LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 1))) {
            List<DueRow> whole = wholeList(today);
            for (int limit : List.of(1, 2, 3, 5, 8, 13, 21, 44, 45, 46, 200)) {
                DuePage page = records.dueList(today, "", limit);
                assertEquals(whole.subList(0, Math.min(limit, whole.size())), page.rows(),
                        "the first " + limit + " on " + today);
                assertEquals(whole.size(), page.total());
                assertEquals(limit < whole.size(), page.isPartial());
            }
        }
    }

    @Test
    void aSearchListsThoseWhoMatchTheMostUrgentFirst() throws Exception {
        generate(new Random(11), 30, 300, false);
        LocalDate today = LocalDate.of(2026, 11, 21);
        List<DueRow> whole = wholeList(today);
        DuePage page = records.dueList(today, "  anna ", 200);
        List<DueRow> expected = whole.stream()
                .filter(r -> r.patient().name().toLowerCase(java.util.Locale.ROOT).contains("anna")).toList();
        assertTrue(expected.size() > 1, "the sample has several Annas: " + expected.size());
        assertEquals(expected, page.rows());
        assertEquals(expected.size(), page.total());
        assertEquals("anna", page.search());
        assertEquals(List.of(), records.dueList(today, "nobody by this name", 200).rows());
    }

    @Test
    void rowsMissingFromAnOlderFileAreFilledInByTheFirstDueList() throws Exception {
        generate(new Random(5), 25, 250, false);
        Map<Long, String> before = stored();
        store.database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM next_doses WHERE patient_id % 3 <> 0");
            }
        });
        assertTrue(stored().size() < before.size());
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertEquals(wholeList(today).subList(0, 10), records.dueList(today, "", 10).rows());
        assertEquals(before, stored());
    }

    /**
     * Makes a clinic of {@code size} patients by {@code steps} random changes, and after each (when {@code
     * checkEach}, else at the end) compares every stored day with the dose calendar's.
     */
    private void generate(Random random, int size, int steps, boolean checkEach) throws Exception {
        int first = made.size();
        for (int i = 0; i < size; i++) {
            made.add(patients.create(Patient.unsaved(NAMES.get(random.nextInt(NAMES.size())),
                    "N-" + random.nextInt(1_000_000) + "-" + i, Optional.empty(), Sex.FEMALE,
                    KnownAllergies.NOT_RECORDED), StoreFixture.NURSE));
        }
        for (int step = 0; step < steps; step++) {
            Patient p = made.get(first + random.nextInt(size));
            int what = random.nextInt(10);
            if (what < 3) {
                Optional<LoadingCourse> loading = random.nextBoolean()
                        ? Optional.of(new LoadingCourse(1 + random.nextInt(3), 1 + random.nextInt(6)))
                        : Optional.empty();
                prescriptions.add(Prescription.unsaved(p.id(), Product.HYDROXOCOBALAMIN, 1000,
                        new DosingSchedule(loading, 14 + random.nextInt(80)), day(random)), StoreFixture.DOCTOR);
            } else if (what < 9) {
                injections.record(p.id(), new Injection(day(random).atTime(8 + random.nextInt(10), 0),
                        Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of()), StoreFixture.NURSE);
            } else {
                List<RecordedInjection> given = injections.listForPatient(p.id());
                if (!given.isEmpty()) {
                    outcomes.markInjectionEnteredInError(given.get(random.nextInt(given.size())).id(),
                            "typed for the wrong patient", StoreFixture.NURSE);
                }
            }
            if (checkEach) {
                assertEquals(expected(), stored(), "after step " + step);
            }
        }
        assertEquals(expected(), stored());
    }

    /** A day in the two years the histories span: before and after the days the due list is read on. */
    private static LocalDate day(Random random) {
        return EARLIEST.plusDays(random.nextInt(730));
    }

    /** Every patient's next due day under their latest prescription, by the dose calendar over their dose list. */
    private Map<Long, String> expected() {
        Map<Long, String> out = new HashMap<>();
        for (Patient p : made) {
            List<Prescription> latestFirst = prescriptions.listForPatient(p.id());
            List<LocalDateTime> given = injections.listForPatient(p.id()).stream()
                    .map(r -> r.injection().givenAt()).toList();
            out.put(p.id(), latestFirst.isEmpty() ? null
                    : DoseCalendar.next(latestFirst.get(0), given, EARLIEST).dueOn().toString());
        }
        return out;
    }

    private Map<Long, String> stored() {
        return store.database.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT patient_id, due_on FROM next_doses");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The whole due list worked out patient by patient, as the list was before it was read a page at a time: every
     * patient by name, each one's prescription in force and dose list through the dose calendar, the most urgent
     * first (ties in name order).
     */
    private List<DueRow> wholeList(LocalDate today) {
        List<DueRow> rows = new ArrayList<>();
        for (Patient p : patients.listAll()) {
            List<LocalDateTime> given = injections.listForPatient(p.id()).stream()
                    .map(r -> r.injection().givenAt()).toList();
            rows.add(new DueRow(p, prescriptions.currentOn(p.id(), today)
                    .map(rx -> DoseCalendar.next(rx, given, today))));
        }
        rows.sort(DueRow.MOST_URGENT_FIRST);
        return rows;
    }
}
