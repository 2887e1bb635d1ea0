package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
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

/** Saving a consultation: a round trip, one transaction for everything, and the reason an override needs. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class ConsultationRepositoryTest {
    @Parameter
    StoreKind kind;

    static final RulebookRef RULEBOOK = new RulebookRef("2026.11", "a".repeat(64));
    static final String ASSESSMENT = "{\"schemaVersion\": 1, \"context\": \"consultation\"}";
    static final String REPORT = "{\"schemaVersion\": 1, \"decision\": {\"status\": \"urgent\", \"reasons\": []}}";

    @TempDir
    Path dir;
    StoreFixture store;
    ConsultationRepository consultations;
    AssessmentRepository assessments;
    LabRepository labs;
    InjectionRepository injections;
    HeadacheRepository headaches;
    PrescriptionRepository prescriptions;
    long ann;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        assessments = new AssessmentRepository(store.database, store.auditLog);
        labs = new LabRepository(store.database, store.auditLog);
        injections = new InjectionRepository(store.database, store.auditLog);
        headaches = new HeadacheRepository(store.database, store.auditLog);
        prescriptions = new PrescriptionRepository(store.database, store.auditLog);
        consultations = new ConsultationRepository(store.database, store.auditLog, assessments, labs, injections,
                headaches, prescriptions);
        ann = new PatientRepository(store.database, store.auditLog)
                .create(Patient.unsaved("Ann", "P-1", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE).id();
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    ConsultationResponses responses() {
        return new ConsultationResponses(new LinkedHashSet<>(List.of("clot.record-timeline", "general.report-concerns")),
                "Sent to A&E.", List.of(AlertAnswer.actedOn("clot.stroke-red-flags"),
                AlertAnswer.notApplicable("allergy.mild-signs-now", "Known eczema, unchanged for years")));
    }

    NewConsultation everything() {
        LabPanel panel = new LabPanel(LocalDate.of(2026, 11, 2), Map.of(Analyte.PLATELETS,
                new Quantity(88, LabUnit.GIGA_PER_L), Analyte.MCV, new Quantity(108, LabUnit.FL)));
        Injection dose = new Injection(LocalDateTime.of(2026, 11, 14, 10, 30), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.LEFT_DELTOID, List.of());
        HeadacheEntry headache = new HeadacheEntry(LocalDateTime.of(2026, 11, 15, 8, 0), 4, HeadacheType.TENSION,
                List.of());
        Prescription prescription = Prescription.unsaved(ann, Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.of(new LoadingCourse(2, 6)), 90), LocalDate.of(2026, 11, 21));
        return new NewConsultation(ann, ASSESSMENT, REPORT, RULEBOOK, responses(), List.of(panel), List.of(dose),
                List.of(headache), Optional.of(prescription));
    }

    @Test
    void savesEverythingAndReadsItBackNewestFirst() {
        SavedConsultation first = consultations.save(everything(), DOCTOR);
        store.clock.advance(Duration.ofDays(7));
        SavedConsultation second = consultations.save(new NewConsultation(ann, ASSESSMENT, REPORT, RULEBOOK,
                ConsultationResponses.NONE, List.of(), List.of(), List.of(), Optional.empty()), NURSE);

        assertEquals(List.of(second, first), consultations.listForPatient(ann));
        SavedConsultation back = consultations.load(first.id()).orElseThrow();
        assertEquals(responses(), back.responses());
        assertEquals(DOCTOR, back.savedBy());
        assertEquals(AssessmentContext.CONSULTATION, back.assessment().context());
        assertEquals(ASSESSMENT, back.assessment().assessmentJson());
        assertEquals(REPORT, back.assessment().reportJson());
        assertEquals(RULEBOOK.version(), back.assessment().rulebookVersion());
        assertEquals(RULEBOOK.sha256(), back.assessment().rulebookSha256());
        assertEquals(1, labs.listForPatient(ann).size());
        assertEquals(1, injections.listForPatient(ann).size());
        assertEquals(1, headaches.listForPatient(ann).size());
        assertEquals(90, prescriptions.listForPatient(ann).get(0).schedule().maintenanceIntervalDays());
        assertTrue(consultations.load(9999).isEmpty());
    }

    @Test
    void auditsTheConsultationAndEachOverrideWithItsReason() {
        SavedConsultation saved = consultations.save(everything(), DOCTOR);
        List<AuditEntry> log = store.auditLog.list(AuditFilter.forPatient(ann), 50);
        List<AuditAction> actions = log.stream().map(AuditEntry::action).toList();
        for (AuditAction a : List.of(AuditAction.PRESCRIPTION_ADDED, AuditAction.LAB_PANEL_RECORDED,
                AuditAction.INJECTION_RECORDED, AuditAction.HEADACHE_RECORDED, AuditAction.ASSESSMENT_SAVED,
                AuditAction.CONSULTATION_SAVED)) {
            assertTrue(actions.contains(a), a + " in " + actions);
        }
        List<AuditEntry> overrides = log.stream().filter(e -> e.action() == AuditAction.ALERT_OVERRIDDEN).toList();
        assertEquals(1, overrides.size(), "one entry per not-applicable answer");
        assertTrue(overrides.get(0).detail().contains("allergy.mild-signs-now"));
        assertTrue(overrides.get(0).detail().contains("Known eczema, unchanged for years"));
        assertTrue(overrides.get(0).detail().contains("consultation " + saved.id()));
        assertEquals(DOCTOR, overrides.get(0).actor());
    }

    @Test
    void aFailureOnTheLastInsertLeavesNothingSaved() {
        int auditBefore = count("audit_log");
        // The alert answers are written last: make the database refuse them.
        store.database.inTransaction(c -> {
            store.refuse(c, "INSERT", "alert_answers", "refused for the test");
            return null;
        });

        StoreException e = assertThrows(StoreException.class, () -> consultations.save(everything(), DOCTOR));
        assertTrue(e.getMessage().contains("refused for the test"), e.getMessage());

        for (String table : List.of("assessments", "consultations", "consultation_ticks", "alert_answers",
                "lab_panels", "lab_results", "injections", "headache_entries", "prescriptions")) {
            assertEquals(0, count(table), table + " must be empty");
        }
        assertEquals(auditBefore, count("audit_log"), "no audit entry for what was not saved");
        assertTrue(consultations.listForPatient(ann).isEmpty());
    }

    @Test
    void anUnknownPatientSavesNothing() {
        NewConsultation forNobody = new NewConsultation(4242, ASSESSMENT, REPORT, RULEBOOK, responses(),
                everything().newLabs(), List.of(), List.of(), Optional.empty());
        assertThrows(RecordNotFoundException.class, () -> consultations.save(forNobody, DOCTOR));
        assertEquals(0, count("lab_panels"));
    }

    @Test
    void theDatabaseItselfRefusesAnOverrideWithoutAReason() {
        long id = consultations.save(new NewConsultation(ann, ASSESSMENT, REPORT, RULEBOOK,
                ConsultationResponses.NONE, List.of(), List.of(), List.of(), Optional.empty()), DOCTOR).id();
        for (String blank : List.of("", "   ", " \t\n ")) {
            StoreException e = assertThrows(StoreException.class, () -> insertAnswer(id, "x.y", "not_applicable", blank));
            // SQLite says "CHECK constraint failed", PostgreSQL "violates check constraint"
            assertTrue(e.getMessage().toUpperCase(java.util.Locale.ROOT).contains("CHECK"), e.getMessage());
        }
        assertThrows(StoreException.class, () -> insertAnswer(id, "x.y", "ignored", "why"));
        insertAnswer(id, "x.y", "acted_on", "");
        insertAnswer(id, "x.z", "not_applicable", "Known eczema");
        assertEquals(2, count("alert_answers"));
    }

    @Test
    void aRecordRefusesAnOverrideWithoutAReasonBeforeTheDatabaseSeesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertAnswer.notApplicable("clot.stroke-red-flags", "  "));
        assertTrue(e.getMessage().contains("needs a reason"), e.getMessage());
    }

    private void insertAnswer(long id, String finding, String answer, String reason) {
        store.database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO alert_answers (assessment_id, finding_id,"
                    + " position, answer, reason) VALUES (?, ?, 0, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, finding);
                s.setString(3, answer);
                s.setString(4, reason);
                return s.executeUpdate();
            }
        });
    }

    private int count(String table) {
        return store.database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
