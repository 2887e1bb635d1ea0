package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class PrescriptionRepositoryTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    PrescriptionRepository prescriptions;
    long patientId;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        prescriptions = new PrescriptionRepository(store.database, store.auditLog);
        patientId = new PatientRepository(store.database, store.auditLog)
                .create(Patient.unsaved("Ann Lee", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), DOCTOR).id();
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void prescriptionsRoundTripWithAndWithoutLoadingCourse() throws Exception {
        Prescription loading = prescriptions.add(Prescription.unsaved(patientId, Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.of(LoadingCourse.forDays(2, 14)), 90), LocalDate.of(2026, 1, 5)), DOCTOR);
        Prescription plain = prescriptions.add(Prescription.unsaved(patientId, Product.CYANOCOBALAMIN, 1000.5,
                new DosingSchedule(Optional.empty(), 30), LocalDate.of(2026, 6, 1)), DOCTOR);
        store.close();
        store = new StoreFixture(dir, kind);
        prescriptions = new PrescriptionRepository(store.database, store.auditLog);

        assertEquals(Optional.of(loading), prescriptions.findById(loading.id()));
        assertEquals(7, prescriptions.findById(loading.id()).orElseThrow().schedule().loading().orElseThrow().doses());
        assertEquals(List.of(plain, loading), prescriptions.listForPatient(patientId));
        assertEquals(List.of(), prescriptions.listForPatient(patientId + 1));
        assertEquals(1, store.auditLog.list(AuditFilter.forAction(AuditAction.PRESCRIPTION_ADDED).withPatient(patientId), 10)
                .stream().filter(e -> e.detail().contains("7 loading doses every 2 days")).count());
    }

    @Test
    void theCurrentPrescriptionIsTheLatestStartedByThatDay() {
        Prescription first = prescriptions.add(Prescription.unsaved(patientId, Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 1, 5)), DOCTOR);
        Prescription second = prescriptions.add(Prescription.unsaved(patientId, Product.HYDROXOCOBALAMIN, 500,
                new DosingSchedule(Optional.empty(), 60), LocalDate.of(2026, 6, 1)), DOCTOR);
        assertEquals(Optional.empty(), prescriptions.currentOn(patientId, LocalDate.of(2026, 1, 4)));
        assertEquals(Optional.of(first), prescriptions.currentOn(patientId, LocalDate.of(2026, 1, 5)));
        assertEquals(Optional.of(first), prescriptions.currentOn(patientId, LocalDate.of(2026, 5, 31)));
        assertEquals(Optional.of(second), prescriptions.currentOn(patientId, LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aPrescriptionForAnUnknownPatientIsRefused() {
        assertThrows(RecordNotFoundException.class, () -> prescriptions.add(Prescription.unsaved(999,
                Product.HYDROXOCOBALAMIN, 1000, new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 1, 5)), DOCTOR));
        assertTrue(prescriptions.listForPatient(999).isEmpty());
    }
}
