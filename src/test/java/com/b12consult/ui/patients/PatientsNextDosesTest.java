package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list asks for its patients' next doses all at once (one store read), never patient by patient. */
class PatientsNextDosesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;
    private TestDatabase db;
    private Patient ada;
    private Patient grace;
    private final List<Integer> batches = new ArrayList<>();
    private DueDose adasDose = new DueDose(TODAY, 1, true, TODAY);

    /** Answers only in batches: a lookup of one patient fails the test. */
    private final DueDoseLookup lookup = new DueDoseLookup() {
        @Override
        public Optional<DueDose> nextFor(Patient patient) {
            throw new AssertionError("next dose looked up for " + patient.name() + " alone");
        }

        @Override
        public Map<Long, DueDose> nextFor(Collection<Patient> patients) {
            batches.add(patients.size());
            return patients.stream().anyMatch(p -> p.id() == ada.id()) ? Map.of(ada.id(), adasDose) : Map.of();
        }
    };

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theListedPatientsNextDosesAreOneBatchEachTimeTheyAreRead() {
        PatientsViewModel model = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), lookup,
                InlineTaskRunner.INSTANCE);
        assertEquals(List.of(2), batches, "the first list's doses, both patients at once");
        assertEquals(new NextDose(Optional.of(adasDose)), model.nextDose(ada));
        assertEquals(NextDose.NO_PRESCRIPTION, model.nextDose(grace), "left out of the batch: no prescription");

        adasDose = new DueDose(TODAY.plusDays(2), 2, true, TODAY);
        model.refreshNextDoses();
        assertEquals(List.of(2, 2), batches);
        assertEquals(new NextDose(Optional.of(adasDose)), model.nextDose(ada));

        ManualTaskRunner background = new ManualTaskRunner();
        model.followStore(background);
        background.runAll();
        assertEquals(List.of(2, 2, 2), batches, "a change elsewhere reads the doses in one batch too");
        assertEquals(NextDose.NO_PRESCRIPTION, model.nextDose(grace));
    }
}
