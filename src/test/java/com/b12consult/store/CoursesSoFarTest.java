package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.CourseSoFar;
import com.b12consult.domain.DoseCalendar;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.DueDose;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
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
 * The courses read for the whole clinic in one query give every patient the next dose the per-patient reads give
 * (the prescription in force, its whole list of doses, the dose calendar), over generated histories: several
 * prescriptions, some started the same day or not yet started, doses before a start, on its first and last second,
 * doses entered in error, patients with nothing at all.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class CoursesSoFarTest {
    static final LocalDate BASE = LocalDate.of(2026, 6, 1);
    static final List<LocalDate> TODAYS = List.of(BASE.minusDays(200), BASE.minusDays(1), BASE, BASE.plusDays(45),
            BASE.plusDays(400));

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    PatientRepository patients;
    PrescriptionRepository prescriptions;
    InjectionRepository injections;
    DoseOutcomeRepository outcomes;
    final List<Patient> clinic = new ArrayList<>();
    int enteredInError;
    int withNoPrescription;

    @BeforeEach
    void setUp() throws Exception {
        store = new StoreFixture(dir, kind);
        patients = new PatientRepository(store.database, store.auditLog);
        prescriptions = new PrescriptionRepository(store.database, store.auditLog);
        injections = new InjectionRepository(store.database, store.auditLog);
        outcomes = new DoseOutcomeRepository(store.database, store.auditLog, injections,
                new AssessmentRepository(store.database, store.auditLog));
        Random random = new Random(17);
        store.database.inOneTransaction(() -> {
            for (int n = 0; n < 60; n++) {
                clinic.add(history(random, n));
            }
        });
        assertTrue(enteredInError > 5 && withNoPrescription > 5, "the generated clinic has the awkward cases: "
                + enteredInError + " doses entered in error, " + withNoPrescription + " patients never prescribed");
    }

    @AfterEach
    void tearDown() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    private Patient history(Random random, int n) {
        Patient p = patients.create(Patient.unsaved("Patient " + n, "P-" + n, Optional.empty(), Sex.FEMALE,
                KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
        int prescribed = random.nextInt(4);
        withNoPrescription += prescribed == 0 ? 1 : 0;
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < prescribed; i++) {
            // a start the same day as the one before now and then: the one added later is in force
            LocalDate start = !starts.isEmpty() && random.nextInt(4) == 0 ? starts.get(starts.size() - 1)
                    : BASE.plusDays(random.nextInt(500) - 300);
            starts.add(start);
            Optional<LoadingCourse> loading = random.nextBoolean() ? Optional.empty()
                    : Optional.of(new LoadingCourse(1 + random.nextInt(3), 1 + random.nextInt(6)));
            prescriptions.add(Prescription.unsaved(p.id(), Product.HYDROXOCOBALAMIN, 1000,
                    new DosingSchedule(loading, 30 + random.nextInt(90)), start), StoreFixture.NURSE);
        }
        int doses = prescribed == 0 && random.nextBoolean() ? 0 : random.nextInt(12);
        for (int i = 0; i < doses; i++) {
            LocalDate day = !starts.isEmpty() && random.nextInt(3) == 0
                    ? starts.get(random.nextInt(starts.size())).plusDays(random.nextInt(3) - 1)
                    : BASE.plusDays(random.nextInt(700) - 400);
            LocalTime time = switch (random.nextInt(4)) {
                case 0 -> LocalTime.MIDNIGHT;
                case 1 -> LocalTime.of(23, 59, 59);
                default -> LocalTime.of(8 + random.nextInt(10), random.nextInt(60));
            };
            RecordedInjection given = injections.record(p.id(), new Injection(LocalDateTime.of(day, time),
                    Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of()), StoreFixture.NURSE);
            if (random.nextInt(6) == 0) {
                outcomes.markInjectionEnteredInError(given.id(), "wrong patient", StoreFixture.NURSE);
                enteredInError++;
            }
        }
        return p;
    }

    /** The next dose as the check reads it for one patient: the prescription in force and all their doses. */
    private Optional<DueDose> perPatient(Patient p, LocalDate today) {
        return prescriptions.currentOn(p.id(), today).map(rx -> DoseCalendar.next(rx,
                injections.listForPatient(p.id()).stream().map(d -> d.injection().givenAt()).toList(), today));
    }

    @Test
    void theWholeClinicsCoursesGiveEachPatientTheNextDoseOfTheirOwnRecords() {
        int compared = 0;
        for (LocalDate today : TODAYS) {
            Map<Long, CourseSoFar> courses = prescriptions.coursesOn(today);
            for (Patient p : clinic) {
                CourseSoFar course = courses.get(p.id());
                assertEquals(prescriptions.currentOn(p.id(), today), Optional.ofNullable(course).map(CourseSoFar::prescription),
                        p.name() + " on " + today + ": the prescription in force");
                assertEquals(perPatient(p, today), Optional.ofNullable(course).map(c -> c.nextOn(today)),
                        p.name() + " on " + today);
                compared += course == null ? 0 : 1;
            }
            assertTrue(courses.keySet().stream().allMatch(id -> clinic.stream().anyMatch(p -> p.id() == id)));
        }
        assertTrue(compared > 100, "most patients have a course on most days: " + compared);
    }

    @Test
    void someOfThePatientsAreReadAsTheWholeClinicReadsThem() {
        List<Long> some = new ArrayList<>();
        for (int i = 0; i < clinic.size(); i += 3) {
            some.add(clinic.get(i).id());
        }
        some.add(999_999L); // no such patient: left out, as one with no prescription is
        for (LocalDate today : TODAYS) {
            Map<Long, CourseSoFar> all = prescriptions.coursesOn(today);
            Map<Long, CourseSoFar> read = prescriptions.coursesOn(some, today);
            for (long id : some) {
                assertEquals(all.get(id), read.get(id), "patient " + id + " on " + today);
            }
            assertTrue(some.containsAll(read.keySet()), "only the patients asked for: " + read.keySet());
        }
        assertEquals(Map.of(), prescriptions.coursesOn(List.of(), BASE));
    }
}
