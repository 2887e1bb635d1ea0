package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Injections, lab panels and headache diary entries: round trips, order, and what is refused. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class ClinicalRecordsTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    InjectionRepository injections;
    LabRepository labs;
    HeadacheRepository headaches;
    long ann;
    long bob;

    @BeforeEach
    void open() throws Exception {
        reopen();
        PatientRepository patients = new PatientRepository(store.database, store.auditLog);
        ann = patients.create(Patient.unsaved("Ann", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE).id();
        bob = patients.create(Patient.unsaved("Bob", "P-2", Optional.empty(), Sex.MALE, KnownAllergies.NOT_RECORDED), NURSE).id();
    }

    private void reopen() throws Exception {
        if (store != null) {
            store.close();
        }
        store = new StoreFixture(dir, kind);
        injections = new InjectionRepository(store.database, store.auditLog);
        labs = new LabRepository(store.database, store.auditLog);
        headaches = new HeadacheRepository(store.database, store.auditLog);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void injectionsRoundTripNewestFirst() throws Exception {
        RecordedInjection older = injections.record(ann, new Injection(LocalDateTime.of(2026, 11, 14, 9, 10),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID,
                List.of(SymptomCode.RASH, SymptomCode.ITCHING)), NURSE);
        RecordedInjection newer = injections.record(ann, new Injection(LocalDateTime.of(2026, 11, 21, 9, 0),
                Product.CYANOCOBALAMIN, 500, InjectionSite.RIGHT_GLUTEAL, List.of()), NURSE);
        injections.record(bob, new Injection(LocalDateTime.of(2026, 11, 22, 9, 0),
                Product.CYANOCOBALAMIN, 500, InjectionSite.RIGHT_GLUTEAL, List.of()), NURSE);
        reopen();
        assertEquals(List.of(newer, older), injections.listForPatient(ann));
        assertEquals(Optional.of(older), injections.findById(older.id()));
        assertEquals(List.of(SymptomCode.RASH, SymptomCode.ITCHING), older.injection().reactions());
        assertEquals(1, store.auditLog.list(AuditFilter.forPatient(bob).withAction(AuditAction.INJECTION_RECORDED), 10).size());
    }

    @Test
    void everyProductSiteAndSymptomCodeIsAccepted() {
        List<SymptomCode> allSymptoms = Arrays.asList(SymptomCode.values());
        for (InjectionSite site : InjectionSite.values()) {
            for (Product product : Product.values()) {
                injections.record(ann, new Injection(LocalDateTime.of(2026, 1, 1, 8, 0), product, 1000, site,
                        allSymptoms), NURSE);
            }
        }
        List<RecordedInjection> all = injections.listForPatient(ann);
        assertEquals(InjectionSite.values().length * Product.values().length, all.size());
        assertTrue(all.stream().allMatch(r -> r.injection().reactions().equals(allSymptoms)));
    }

    @Test
    void injectionTimesAreKeptToTheSecond() {
        RecordedInjection saved = injections.record(ann, new Injection(LocalDateTime.of(2026, 11, 14, 9, 10, 5, 123_456_789),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of()), NURSE);
        assertEquals(LocalDateTime.of(2026, 11, 14, 9, 10, 5), saved.injection().givenAt());
        assertEquals(saved, injections.findById(saved.id()).orElseThrow());
    }

    @Test
    void anInjectionWithoutAPositiveDoseOrPatientIsRefused() {
        for (double dose : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> injections.record(ann,
                    new Injection(LocalDateTime.of(2026, 1, 1, 8, 0), Product.HYDROXOCOBALAMIN, dose,
                            InjectionSite.LEFT_DELTOID, List.of()), NURSE));
            assertTrue(e.getMessage().contains("dose"), e.getMessage());
        }
        assertThrows(RecordNotFoundException.class, () -> injections.record(999, new Injection(
                LocalDateTime.of(2026, 1, 1, 8, 0), Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID,
                List.of()), NURSE));
        assertEquals(List.of(), injections.listForPatient(ann));
    }

    @Test
    void labPanelsRoundTripNewestFirstInTheUnitsEntered() throws Exception {
        RecordedLabPanel november = labs.record(ann, new LabPanel(LocalDate.of(2026, 11, 1), Map.of(
                Analyte.PLATELETS, new Quantity(95, LabUnit.GIGA_PER_L),
                Analyte.HEMOGLOBIN, new Quantity(98, LabUnit.G_PER_L),
                Analyte.B12, new Quantity(88.5, LabUnit.PMOL_PER_L))), NURSE);
        RecordedLabPanel october = labs.record(ann, new LabPanel(LocalDate.of(2026, 10, 1), Map.of(
                Analyte.MCV, new Quantity(108, LabUnit.FL))), NURSE);
        reopen();
        assertEquals(List.of(november, october), labs.listForPatient(ann));
        assertEquals(Optional.of(october), labs.findById(october.id()));
        assertEquals(List.of(), labs.listForPatient(bob));
    }

    @Test
    void everyAnalyteInEveryAcceptedUnitIsAccepted() {
        for (LabUnit unit : LabUnit.values()) {
            java.util.Map<Analyte, Quantity> results = new java.util.EnumMap<>(Analyte.class);
            for (Analyte a : Analyte.values()) {
                if (a.accepts(unit)) {
                    results.put(a, new Quantity(1.25, unit));
                }
            }
            assertTrue(!results.isEmpty(), unit + " belongs to some analyte");
            RecordedLabPanel saved = labs.record(ann, new LabPanel(LocalDate.of(2026, 1, 1), results), NURSE);
            assertEquals(saved, labs.findById(saved.id()).orElseThrow());
        }
    }

    @Test
    void aPanelWithAUnitItsAnalyteDoesNotAcceptSavesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> labs.record(ann,
                new LabPanel(LocalDate.of(2026, 11, 1), Map.of(
                        Analyte.PLATELETS, new Quantity(95, LabUnit.GIGA_PER_L),
                        Analyte.B12, new Quantity(120, LabUnit.FL))), NURSE));
        assertTrue(e.getMessage().contains("Vitamin B12") && e.getMessage().contains("pg/mL"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> labs.record(ann, new LabPanel(LocalDate.of(2026, 11, 1), Map.of()), NURSE));
        assertEquals(List.of(), labs.listForPatient(ann));
        assertEquals(List.of(), store.auditLog.list(AuditFilter.forAction(AuditAction.LAB_PANEL_RECORDED), 10));
    }

    @Test
    void headacheEntriesRoundTripNewestFirst() throws Exception {
        List<RecordedHeadache> saved = new ArrayList<>();
        for (HeadacheType type : HeadacheType.values()) {
            saved.add(0, headaches.record(ann, new HeadacheEntry(LocalDateTime.of(2026, 11, 14, 20, 0).plusDays(saved.size()),
                    saved.size() * 3, type, List.of(SymptomCode.NAUSEA, SymptomCode.LIGHT_SENSITIVITY)), NURSE));
        }
        reopen();
        assertEquals(saved, headaches.listForPatient(ann));
        assertEquals(Optional.of(saved.get(1)), headaches.findById(saved.get(1).id()));
        assertEquals(List.of(), headaches.listForPatient(bob));
        assertThrows(RecordNotFoundException.class, () -> headaches.record(999,
                new HeadacheEntry(LocalDateTime.of(2026, 11, 14, 20, 0), 3, HeadacheType.TENSION, List.of()), NURSE));
    }
}
