package com.b12consult.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.Sex;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.domain.format.ReportReader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.NewConsultation;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a consultation through the service: only what is new goes to the record, all in one save. */
class ConsultationSaverTest {
    static final com.b12consult.rules.AssessmentEvaluator EVALUATOR = new com.b12consult.rules.AssessmentEvaluator(
            new AssessmentReader(), new com.b12consult.rules.RuleEngine(com.b12consult.rules.RulebookLoader.shipped()));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final LabPanel OLD_PANEL = new LabPanel(LocalDate.of(2026, 10, 1),
            Map.of(Analyte.PLATELETS, new Quantity(120, LabUnit.GIGA_PER_L)));
    static final LabPanel NEW_PANEL = new LabPanel(LocalDate.of(2026, 11, 18),
            Map.of(Analyte.PLATELETS, new Quantity(135, LabUnit.GIGA_PER_L), Analyte.MCV, new Quantity(101, LabUnit.FL)));
    static final Injection OLD_DOSE = new Injection(LocalDateTime.of(2026, 11, 7, 9, 15, 30), Product.HYDROXOCOBALAMIN,
            1000, InjectionSite.LEFT_DELTOID, List.of());
    static final Injection NEW_DOSE = new Injection(LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN,
            1000, InjectionSite.RIGHT_DELTOID, List.of());
    static final HeadacheEntry OLD_HEADACHE = new HeadacheEntry(LocalDateTime.of(2026, 11, 8, 7, 0), 3,
            HeadacheType.TENSION, List.of());
    static final HeadacheEntry NEW_HEADACHE = new HeadacheEntry(LocalDateTime.of(2026, 11, 20, 18, 0), 5,
            HeadacheType.MIGRAINE, List.of(SymptomCode.NAUSEA));

    @TempDir
    Path dir;
    TestDatabase db;
    Patient ann;
    Prescription prescription;
    LabRepository labs;
    InjectionRepository injections;
    HeadacheRepository headaches;
    PrescriptionRepository prescriptions;
    ConsultationRepository consultations;
    CheckRecords records;
    ConsultationSaver saver;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
        AssessmentRepository assessments = new AssessmentRepository(db.database, audit);
        labs = new LabRepository(db.database, audit);
        injections = new InjectionRepository(db.database, audit);
        headaches = new HeadacheRepository(db.database, audit);
        prescriptions = new PrescriptionRepository(db.database, audit);
        consultations = new ConsultationRepository(db.database, audit, assessments, labs, injections, headaches,
                prescriptions);
        records = new CheckRecords(db.patients, prescriptions, injections, headaches, labs, assessments,
                new DoseOutcomeRepository(db.database, audit, injections, assessments), new StandingDecisions(db.database, audit),
                TestDatabase.CLOCK.getZone());
        saver = new ConsultationSaver(consultations, new AssessmentWriter(), TestDatabase.NURSE);
        ann = db.addPatient("Ann Example", "P-1", "1970-01-01", Sex.FEMALE);
        prescription = prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 14), LocalDate.of(2026, 10, 1)), TestDatabase.NURSE);
        labs.record(ann.id(), OLD_PANEL, TestDatabase.NURSE);
        injections.record(ann.id(), OLD_DOSE, TestDatabase.NURSE);
        headaches.record(ann.id(), OLD_HEADACHE, TestDatabase.NURSE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The steps as they start from the record, plus what was typed in the consultation. */
    AssessmentParts partsWithNewData(OnRecord record) {
        AssessmentParts parts = new AssessmentParts(ann.info());
        parts.labs.addAll(List.of(OLD_PANEL, NEW_PANEL));
        // the dose on record as the steps show it: with a reaction reported later against it
        parts.injections.addAll(List.of(new Injection(OLD_DOSE.givenAt(), OLD_DOSE.product(), 1000,
                OLD_DOSE.site(), List.of(SymptomCode.INJECTION_SITE_SORENESS)), NEW_DOSE));
        parts.headaches.addAll(List.of(OLD_HEADACHE, NEW_HEADACHE));
        parts.symptoms.add(new Symptom(SymptomCode.RASH, Optional.of(LocalDateTime.of(2026, 11, 20, 8, 0))));
        parts.prescription = record.prescription();
        return parts;
    }

    @Test
    void savesOnlyWhatIsNotOnRecordAndTheReportAsShown() throws Exception {
        OnRecord opened = records.load(ann, TODAY);
        AssessmentParts parts = partsWithNewData(opened);
        Assessment assessment = parts.build(LocalDateTime.of(2026, 11, 21, 10, 30));
        Report report = EVALUATOR.evaluate(assessment, com.b12consult.domain.LabLimits.defaults());
        ConsultationResponses responses = new ConsultationResponses(Set.of(), "Reviewed.",
                List.of(AlertAnswer.notApplicable("allergy.mild-signs-now", "Heat rash, gone today")));

        NewConsultation plan = saver.whatIsNew(opened, parts, assessment, report, responses);
        assertEquals(List.of(NEW_PANEL), plan.newLabs());
        assertEquals(List.of(NEW_DOSE), plan.newDoses());
        assertEquals(List.of(NEW_HEADACHE), plan.newHeadaches());
        assertTrue(plan.newPrescription().isEmpty(), "the prescription did not change");

        SavedConsultation saved = saver.save(opened, parts, assessment, report, responses);
        assertEquals(2, labs.listForPatient(ann.id()).size());
        assertEquals(2, injections.listForPatient(ann.id()).size());
        assertEquals(2, headaches.listForPatient(ann.id()).size());
        assertEquals(1, prescriptions.listForPatient(ann.id()).size());
        assertEquals(responses, saved.responses());
        // stored exactly as the file format writes it (times to the minute), and readable again
        assertEquals(new AssessmentWriter().toJson(assessment), saved.assessment().assessmentJson());
        assertEquals(assessment.labs(), new AssessmentReader().read(saved.assessment().assessmentJson()).labs());
        assertEquals(com.b12consult.domain.StoredReport.of(report), ReportReader.read(saved.assessment().reportJson()));
        assertEquals(report.rulebook().sha256(), saved.assessment().rulebookSha256());

        // Opened again and saved again unchanged: nothing more for the record.
        OnRecord reopened = records.load(ann, TODAY);
        NewConsultation again = saver.whatIsNew(reopened, partsWithNewData(reopened), assessment, report, responses);
        assertTrue(again.newLabs().isEmpty() && again.newDoses().isEmpty() && again.newHeadaches().isEmpty(),
                again.toString());
    }

    @Test
    void aChangedPrescriptionIsAddedForThePatient() {
        OnRecord opened = records.load(ann, TODAY);
        AssessmentParts parts = partsWithNewData(opened);
        parts.prescription = Optional.of(Prescription.unsaved(0, Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 30), LocalDate.of(2026, 11, 21)));
        Assessment assessment = parts.build(LocalDateTime.of(2026, 11, 21, 10, 30));
        Report report = EVALUATOR.evaluate(assessment, com.b12consult.domain.LabLimits.defaults());

        saver.save(opened, parts, assessment, report, new ConsultationResponses(Set.of(), "",
                List.of(AlertAnswer.actedOn("allergy.mild-signs-now"))));
        List<Prescription> all = prescriptions.listForPatient(ann.id());
        assertEquals(2, all.size());
        assertEquals(30, all.get(0).schedule().maintenanceIntervalDays());
        assertEquals(ann.id(), all.get(0).patientId());
        assertEquals(prescription, all.get(1));
    }

    @Test
    void anUnansweredUrgentOrWarningAlertIsNotSaved() {
        OnRecord opened = records.load(ann, TODAY);
        AssessmentParts parts = partsWithNewData(opened);
        Assessment assessment = parts.build(LocalDateTime.of(2026, 11, 21, 10, 30));
        Report report = EVALUATOR.evaluate(assessment, com.b12consult.domain.LabLimits.defaults());

        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> saver.save(opened, parts, assessment, report, ConsultationResponses.NONE));
        assertTrue(e.getMessage().contains("Allergic-type signs today"), e.getMessage());
        assertEquals(1, labs.listForPatient(ann.id()).size(), "nothing saved");
        assertTrue(consultations.listForPatient(ann.id()).isEmpty());
    }
}
