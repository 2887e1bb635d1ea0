package com.b12consult;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.domain.Actor;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.DraftRepository;
import com.b12consult.store.HandoutRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientData;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StandingDecisions;
import java.time.Clock;

/**
 * Every repository on one open database, each built once, so every screen reads and writes through the same
 * one (one audit log, one set of records). Built again only when the database is opened again (after a restore).
 */
record Stores(Database database, AuditLog audit, PatientRepository patients, SettingsRepository settings,
              PatientData patientData, PrescriptionRepository prescriptions, HeadacheRepository headaches,
              AssessmentRepository assessments, HandoutRepository handouts, DoseOutcomeRepository outcomes,
              ConsultationRepository consultations, DraftRepository drafts, CheckRecords records) {

    static Stores on(Database db, Clock clock, Actor actor) {
        AuditLog audit = new AuditLog(db, clock);
        PatientRepository patients = new PatientRepository(db, audit);
        PrescriptionRepository prescriptions = new PrescriptionRepository(db, audit);
        InjectionRepository injections = new InjectionRepository(db, audit);
        HeadacheRepository headaches = new HeadacheRepository(db, audit);
        LabRepository labs = new LabRepository(db, audit);
        AssessmentRepository assessments = new AssessmentRepository(db, audit);
        DoseOutcomeRepository outcomes = new DoseOutcomeRepository(db, audit, injections, assessments);
        CheckRecords records = new CheckRecords(patients, prescriptions, injections, headaches, labs, assessments,
                outcomes, new StandingDecisions(db, audit), clock.getZone());
        ConsultationRepository consultations = new ConsultationRepository(db, audit, assessments, labs, injections,
                headaches, prescriptions);
        return new Stores(db, audit, patients, new SettingsRepository(db, audit), new PatientData(db, audit),
                prescriptions, headaches, assessments, new HandoutRepository(db, audit), outcomes, consultations,
                new DraftRepository(db, actor.osUser()), records);
    }
}
