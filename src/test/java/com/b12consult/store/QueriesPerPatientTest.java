package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.demo.SampleClinic;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No query per patient: a page of the due list (and of its search), a page's next doses and a search page take as many statements in a clinic
 * of 50 as in one of 5, and opening one patient's check takes at most ten, whatever the size of the clinic (and
 * however many lab panels the patient has). Counted at
 * the connection, so a loop of reads anywhere below CheckRecords shows.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class QueriesPerPatientTest {
    static final LocalDate TODAY = SampleClinicTest.TODAY;

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    /** What each read took, by name, in a sample clinic of {@code size}. */
    private Map<String, Integer> statementsIn(int size) throws Exception {
        StoreFixture store = new StoreFixture(dir.resolve("clinic-" + size), kind);
        opened.add(store);
        new SampleClinic(store.database, SampleClinicTest.EVALUATOR, LabLimits.defaults(), "nurse", ZoneOffset.UTC)
                .fill(size, 17, TODAY, (on, reached) -> { });
        CountedStatements counted = new CountedStatements(store);
        opened.add(counted);
        Database db = counted.database;
        AuditLog audit = new AuditLog(db, store.clock);
        PatientRepository patients = new PatientRepository(db, audit);
        InjectionRepository injections = new InjectionRepository(db, audit);
        AssessmentRepository assessments = new AssessmentRepository(db, audit);
        CheckRecords records = new CheckRecords(patients, new PrescriptionRepository(db, audit), injections,
                new HeadacheRepository(db, audit), new LabRepository(db, audit), assessments,
                new DoseOutcomeRepository(db, audit, injections, assessments), new StandingDecisions(db, audit),
                ZoneOffset.UTC);
        List<Patient> all = patients.listAll();
        assertEquals(size, all.size());
        counted.taken();

        Map<String, Integer> took = new TreeMap<>();
        assertEquals(3, records.dueList(TODAY, "", 3).rows().size());
        took.put("dueList", counted.taken());
        assertTrue(records.dueList(TODAY, "P-", 3).isPartial()); // every sample identifier is P-n
        took.put("dueList search", counted.taken());
        Map<Long, ?> due = records.nextDoses(all, TODAY);
        assertTrue(due.size() > size / 2, "most of the sample clinic is prescribed: " + due.size());
        took.put("nextDoses", counted.taken());
        PatientPage page = patients.search("", 3);
        assertTrue(page.isPartial());
        took.put("search page", counted.taken());
        records.nextDoses(page.patients(), TODAY);
        took.put("page's next doses", counted.taken());
        int most = 0;
        for (Patient p : all) {
            records.load(p, TODAY);
            List<String> sql = counted.prepared();
            int n = counted.taken();
            assertTrue(n <= 10, p.name() + "'s check took " + n + " statements:\n  " + String.join("\n  ", sql));
            most = Math.max(most, n);
        }
        took.put("load, the most for one patient", most);
        return took;
    }

    @Test
    void theReadsOfManyPatientsTakeAsManyStatementsForFiftyAsForFive() throws Exception {
        Map<String, Integer> five = statementsIn(5);
        Map<String, Integer> fifty = statementsIn(50);
        // One check reads each kind of record once (ten with a standing HOLD's review), whatever the clinic's size;
        // which patients the sample holds decides the most, so it is bounded rather than compared.
        String load = "load, the most for one patient";
        assertTrue(five.get(load) <= 10 && fifty.get(load) <= 10, five + " " + fifty);
        five.remove(load);
        fifty.remove(load);
        assertEquals(five, fifty, "statements per read, 5 patients then 50");
        assertEquals(3, fifty.get("dueList"), "the counts, the candidates for the page, and their courses: " + fifty);
        assertEquals(3, fifty.get("dueList search"), "the page, the count of all that match, their courses: " + fifty);
        assertEquals(1, fifty.get("nextDoses"), fifty.toString());
        assertEquals(2, fifty.get("search page"), "the page, and the count of all that match: " + fifty);
    }
}
