package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.ReportJson;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A clinic database holding one vignette's patient as the store would: the patient, a prescription
 * matching the planned dose, the doses, labs and headaches, and a consultation carrying the risk factors,
 * conditions and medications. Today's symptoms and the dose drawn up are left for the check to be told.
 */
final class CheckFixture implements AutoCloseable {
    static final Actor NURSE = new Actor("nurse", "AB");
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled()));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Clock clock;
    final Database database;
    final PatientRepository patients;
    final PrescriptionRepository prescriptions;
    final InjectionRepository injections;
    final HeadacheRepository headaches;
    final LabRepository labs;
    final AssessmentRepository assessments;
    final DoseOutcomeRepository outcomes;
    final SettingsRepository settings;
    final AuditLog audit;
    final CheckRecords records;

    CheckFixture(Path dir, LocalDateTime now) throws Exception {
        this(Database.open(dir.resolve("clinic.db")), now, ZoneOffset.UTC);
    }

    /** On a database opened elsewhere (a stand-in for a clinic server, say), the workstation's clock in {@code zone}. */
    CheckFixture(Database database, LocalDateTime now, java.time.ZoneId zone) {
        clock = Clock.fixed(now.atZone(zone).toInstant(), zone);
        this.database = database;
        audit = new AuditLog(database, clock);
        patients = new PatientRepository(database, audit);
        prescriptions = new PrescriptionRepository(database, audit);
        injections = new InjectionRepository(database, audit);
        headaches = new HeadacheRepository(database, audit);
        labs = new LabRepository(database, audit);
        assessments = new AssessmentRepository(database, audit);
        outcomes = new DoseOutcomeRepository(database, audit, injections, assessments);
        settings = new SettingsRepository(database, audit);
        records = new CheckRecords(patients, prescriptions, injections, headaches, labs, assessments, outcomes,
                new StandingDecisions(database, audit), clock.getZone());
    }

    PreInjectionCheckViewModel checkModel() {
        return checkModel((patient, check, next) -> {
            throw new AssertionError("no handout is asked for in this test");
        });
    }

    PreInjectionCheckViewModel checkModel(PatientHandout handout) {
        return checkModel(handout, com.b12consult.ui.InlineTaskRunner.INSTANCE);
    }

    /** A check whose reads and saves run when {@code tasks} runs them. */
    PreInjectionCheckViewModel checkModel(PatientHandout handout, com.b12consult.ui.TaskRunner tasks) {
        return new PreInjectionCheckViewModel(records, outcomes, EVALUATOR, settings::labLimits, NURSE, clock, handout,
                tasks);
    }

    /** A vignette's assessment, from the project's own copy under test resources. */
    static Assessment ownVignette(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Vignettes.file(file))) {
            return vignette(MAPPER.readTree(in));
        }
    }

    /** A vignette's assessment, from the shared folder. */
    static Assessment sharedVignette(Path file) throws Exception {
        return vignette(MAPPER.readTree(file.toFile()));
    }

    private static Assessment vignette(JsonNode tree) throws Exception {
        return new AssessmentReader().read(tree.get("assessment"));
    }

    /**
     * Stores what the vignette has on record. The prescription is the planned dose's product at the
     * prescribed dose from the first dose on record (from today with none): a patient whose first dose was
     * within four weeks is still in a loading course of alternate days for two weeks; then every 90 days.
     */
    Patient store(Assessment a, String name) {
        Patient patient = patients.create(Patient.unsaved(name, a.patient().id(), a.patient().birthDate(),
                a.patient().sex(), KnownAllergies.NOT_RECORDED), NURSE);
        PlannedInjection planned = a.plannedInjection().orElseThrow();
        LocalDate start = a.injections().stream().map(i -> i.givenAt().toLocalDate()).min(LocalDate::compareTo)
                .orElse(a.assessedAt().toLocalDate());
        Optional<LoadingCourse> loading = start.isAfter(a.assessedAt().toLocalDate().minusWeeks(4))
                ? Optional.of(LoadingCourse.forDays(2, 14)) : Optional.empty();
        prescriptions.add(Prescription.unsaved(patient.id(), planned.product(), planned.prescribedDoseMicrograms(),
                new DosingSchedule(loading, 90), start), NURSE);
        for (Injection i : a.injections()) {
            injections.record(patient.id(), i, NURSE);
        }
        a.labs().forEach(panel -> labs.record(patient.id(), panel, NURSE));
        a.headaches().forEach(h -> headaches.record(patient.id(), h, NURSE));
        if (!a.clotRiskFactors().isEmpty() || !a.conditions().isEmpty() || !a.medications().isEmpty()
                || !a.headacheTriggers().isEmpty() || a.allergyHistory().isPresent()) {
            Assessment consultation = new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                    a.assessedAt().minusDays(30), a.patient(), a.clotRiskFactors(), a.conditions(), a.medications(),
                    List.of(), Optional.of(a.allergyHistory().orElse(AllergyHistory.NONE_KNOWN)), List.of(),
                    List.of(), List.of(), a.headacheTriggers(), Optional.empty(), Optional.empty());
            var report = EVALUATOR.evaluate(consultation, LabLimits.defaults());
            assessments.save(patient.id(), AssessmentContext.CONSULTATION, new AssessmentWriter().toJson(consultation),
                    ReportJson.write(report), report.rulebook().version(), report.rulebook().sha256(), NURSE);
        }
        return patient;
    }

    /** Saves a consultation on {@code at} whose only news is the patient's exercise plan for injection days. */
    void consultationPlanning(Patient patient, com.b12consult.domain.PlannedExercise plan, LocalDateTime at) {
        Assessment consultation = new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION, at,
                patient.info(), List.of(), List.of(), List.of(), List.of(), Optional.of(AllergyHistory.NONE_KNOWN),
                List.of(), List.of(), List.of(), List.of(), Optional.of(new com.b12consult.domain.ExercisePlan(plan,
                com.b12consult.domain.SiteSoreness.NONE)), Optional.empty());
        var report = EVALUATOR.evaluate(consultation, LabLimits.defaults());
        assessments.save(patient.id(), AssessmentContext.CONSULTATION, new AssessmentWriter().toJson(consultation),
                ReportJson.write(report), report.rulebook().version(), report.rulebook().sha256(), NURSE);
    }

    /** A patient on hydroxocobalamin 1000 micrograms every 90 days with one dose on record, given then. */
    Patient maintenancePatient(String name, String identifier, LocalDateTime lastDose) {
        Patient patient = patients.create(Patient.unsaved(name, identifier, Optional.of(LocalDate.of(1970, 1, 1)),
                com.b12consult.domain.Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE);
        prescriptions.add(Prescription.unsaved(patient.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), lastDose.toLocalDate()), NURSE);
        injections.record(patient.id(), new Injection(lastDose, Product.HYDROXOCOBALAMIN, 1000,
                com.b12consult.domain.InjectionSite.LEFT_DELTOID, List.of()), NURSE);
        return patient;
    }

    @Override
    public void close() {
        database.close();
    }

}
