package com.b12consult.ui.consult;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.domain.Actor;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.DraftRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A clinic database and a consultation on it, with background work and the draft pause run by hand. */
final class ConsultFixture implements AutoCloseable {
    static final Actor DOCTOR = new Actor("drsmith", "JS");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled()));

    final Clock clock = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final Database database;
    final AuditLog audit;
    final PatientRepository patients;
    final PrescriptionRepository prescriptions;
    final InjectionRepository injections;
    final HeadacheRepository headaches;
    final LabRepository labs;
    final AssessmentRepository assessments;
    final SettingsRepository settings;
    final DraftRepository drafts;
    final ConsultationRepository consultations;
    final CheckRecords records;
    final ManualTaskRunner tasks = new ManualTaskRunner();
    final ManualTimer timer = new ManualTimer();

    ConsultFixture(Path dir) throws Exception {
        database = Database.open(dir.resolve("clinic.db"));
        audit = new AuditLog(database, clock);
        patients = new PatientRepository(database, audit);
        prescriptions = new PrescriptionRepository(database, audit);
        injections = new InjectionRepository(database, audit);
        headaches = new HeadacheRepository(database, audit);
        labs = new LabRepository(database, audit);
        assessments = new AssessmentRepository(database, audit);
        settings = new SettingsRepository(database, audit);
        drafts = new DraftRepository(database, DOCTOR.osUser());
        consultations = new ConsultationRepository(database, audit, assessments, labs, injections, headaches,
                prescriptions);
        records = new CheckRecords(patients, prescriptions, injections, headaches, labs, assessments,
                new DoseOutcomeRepository(database, audit, injections, assessments), new StandingDecisions(database, audit),
                clock.getZone());
    }

    Patient patient(String name, String identifier, String allergies) {
        return patients.create(Patient.unsaved(name, identifier, Optional.of(LocalDate.of(1950, 1, 20)), Sex.FEMALE,
                allergies.isEmpty() ? KnownAllergies.NOT_RECORDED : KnownAllergies.listed(allergies)), DOCTOR);
    }

    ConsultationViewModel consultation() {
        return new ConsultationViewModel(records, patients, EVALUATOR, settings::labLimits, new StandardSteps(clock),
                new DraftKeeper(drafts, tasks, timer, clock),
                new ConsultationSaver(consultations, new AssessmentWriter(), DOCTOR), clock, tasks);
    }

    /** The patient's past consultations, read on the same background as the consultation. */
    ConsultationHistoryViewModel history() {
        return new ConsultationHistoryViewModel(consultations, EVALUATOR.engine().rulebook().ref(), clock.getZone(),
                tasks);
    }

    /** Runs the background work until none is left (work done may hand over more: a save, then the drafts read). */
    void settle() {
        for (int i = 0; tasks.pendingCount() > 0; i++) {
            if (i > 20) {
                throw new AssertionError("background work keeps handing over more");
            }
            tasks.runAll();
        }
    }

    @Override
    public void close() {
        database.close();
    }

    /** The pause after typing, ended when the test says so. */
    static final class ManualTimer implements DraftTimer {
        private Runnable waiting;
        int restarts;

        @Override
        public void restart(Runnable whenQuiet) {
            waiting = whenQuiet;
            restarts++;
        }

        @Override
        public void cancel() {
            waiting = null;
        }

        boolean running() {
            return waiting != null;
        }

        void elapse() {
            Runnable r = waiting;
            waiting = null;
            if (r != null) {
                r.run();
            }
        }
    }
}
