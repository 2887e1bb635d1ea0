package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static com.b12consult.store.StoreFixture.NURSE;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
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
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import com.b12consult.testing.HostileNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinic's database with every kind of record, saved through the repositories as the screens save them: patients
 * with hostile names, prescriptions, doses given, held and entered in error (and given again), later reactions,
 * labs, headaches, consultations with their ticks and answers, a prescriber's review, a handout with its PDF, a
 * draft, settings, and the audit entries all of these make.
 */
final class ClinicRecords {
    static final String NON_BMP = "𝔅𝟙𝟚 Consult 🧪 𠀋";

    private ClinicRecords() {
    }

    /** Fills the database; returns the ids of the patients made. */
    static List<Long> fill(StoreFixture store) {
        Database db = store.database;
        AuditLog log = store.auditLog;
        PatientRepository patients = new PatientRepository(db, log);
        PrescriptionRepository prescriptions = new PrescriptionRepository(db, log);
        InjectionRepository injections = new InjectionRepository(db, log);
        LabRepository labs = new LabRepository(db, log);
        HeadacheRepository headaches = new HeadacheRepository(db, log);
        AssessmentRepository assessments = new AssessmentRepository(db, log);
        DoseOutcomeRepository outcomes = new DoseOutcomeRepository(db, log, injections, assessments);
        ConsultationRepository consultations = new ConsultationRepository(db, log, assessments, labs, injections,
                headaches, prescriptions);
        HandoutRepository handouts = new HandoutRepository(db, log);
        StandingDecisions standing = new StandingDecisions(db, log);
        SettingsRepository settings = new SettingsRepository(db, log);
        DraftRepository drafts = new DraftRepository(db, NURSE.osUser());

        List<String> names = new java.util.ArrayList<>(HostileNames.ALL);
        names.add(NON_BMP);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Patient p = patients.create(Patient.unsaved(name, "P-" + i + " " + name.substring(0, Math.min(20, name.length())),
                    i % 2 == 0 ? Optional.of(LocalDate.of(1950 + i, 1 + i, 1 + i)) : Optional.empty(),
                    Sex.values()[i % Sex.values().length],
                    i % 3 == 0 ? KnownAllergies.listed(name) : KnownAllergies.NONE_KNOWN), NURSE);
            ids.add(p.id());
        }
        // a patient made and deleted: the newest ids of the tables are no longer in them
        long gone = patients.create(Patient.unsaved("Gone", "P-gone", Optional.empty(), Sex.MALE,
                KnownAllergies.NOT_RECORDED), NURSE).id();
        injections.record(gone, new Injection(LocalDateTime.of(2026, 11, 1, 9, 0), Product.CYANOCOBALAMIN, 1000,
                InjectionSite.RIGHT_THIGH, List.of()), NURSE);
        new PatientData(db, log).delete(gone, NURSE);

        long ann = ids.get(0);
        LocalDate due = LocalDate.of(2026, 11, 21);
        Prescription rx = prescriptions.add(Prescription.unsaved(ann, Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.of(new LoadingCourse(2, 6)), 90), LocalDate.of(2026, 11, 1)), NURSE);
        CheckDocument check = new CheckDocument("{\"context\":\"pre_injection\",\"note\":\"" + NON_BMP + "\"}",
                "{\"decision\":{\"status\":\"proceed\"}}", ConsultationRepositoryTest.RULEBOOK);
        DoseOutcome wrong = outcomes.recordGiven(ann, rx.id(), due, new GivenDose(new Injection(
                LocalDateTime.of(2026, 11, 21, 9, 0), Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID,
                List.of(SymptomCode.values()[0])), "L1", LocalDate.of(2027, 1, 31), "AB"), DecisionStatus.PROCEED, "",
                check, NURSE);
        outcomes.markEnteredInError(wrong.id(), "recorded at the wrong time: " + HostileNames.SQL, NURSE);
        // the dose as it truly was: a second Given of one due dose, allowed because the first is entered in error
        DoseOutcome right = outcomes.recordGiven(ann, rx.id(), due, new GivenDose(new Injection(
                LocalDateTime.of(2026, 11, 21, 10, 0), Product.HYDROXOCOBALAMIN, 1000.5, InjectionSite.RIGHT_DELTOID,
                List.of()), "L2 \"quoted\"", LocalDate.of(2027, 2, 28), "AB"), DecisionStatus.PROCEED, "", check, NURSE);
        outcomes.recordLaterReactions(right.injectionId().getAsLong(), List.of(SymptomCode.values()[1]), NURSE);
        outcomes.recordNotGiven(ann, rx.id(), due.plusDays(2), DoseOutcomeKind.HELD, DecisionStatus.HOLD,
                HostileNames.LONG, check, NURSE);
        labs.record(ann, new LabPanel(LocalDate.of(2026, 11, 2), Map.of(Analyte.PLATELETS,
                new Quantity(88.125, LabUnit.GIGA_PER_L), Analyte.MCV, new Quantity(1.0 / 3, LabUnit.FL))), NURSE);
        headaches.record(ann, new HeadacheEntry(LocalDateTime.of(2026, 11, 15, 8, 0), 4, HeadacheType.MIGRAINE,
                List.of()), NURSE);

        long ben = ids.get(1);
        SavedConsultation consultation = consultations.save(new NewConsultation(ben,
                ConsultationRepositoryTest.ASSESSMENT, ConsultationRepositoryTest.REPORT,
                ConsultationRepositoryTest.RULEBOOK, new ConsultationResponses(new LinkedHashSet<>(List.of(
                "clot.record-timeline", "general.report-concerns")), "Note: " + HostileNames.RIGHT_TO_LEFT + "\n"
                + NON_BMP, List.of(AlertAnswer.actedOn("clot.stroke-red-flags"),
                AlertAnswer.notApplicable("allergy.mild-signs-now", HostileNames.QUOTES))),
                List.of(new LabPanel(LocalDate.of(2026, 11, 2), Map.of(Analyte.B12, new Quantity(150, LabUnit.PG_PER_ML)))),
                List.of(new Injection(LocalDateTime.of(2026, 11, 14, 10, 30), Product.HYDROXOCOBALAMIN, 1000,
                        InjectionSite.LEFT_GLUTEAL, List.of())),
                List.of(new HeadacheEntry(LocalDateTime.of(2026, 11, 15, 8, 0), 7, HeadacheType.TENSION, List.of())),
                Optional.of(Prescription.unsaved(ben, Product.CYANOCOBALAMIN, 1000,
                        new DosingSchedule(Optional.empty(), 30), LocalDate.of(2026, 11, 21)))), DOCTOR);
        long assessment = consultation.assessment().id();
        standing.recordReview(ben, assessment, "Dr Lee", ReviewOutcome.NOT_CLEARED, "seen: " + HostileNames.EMOJI,
                DOCTOR);
        handouts.record(assessment, ("%PDF-1.7 handout \u0000\u00ff " + NON_BMP).getBytes(StandardCharsets.UTF_8),
                DOCTOR);
        assessments.save(ben, AssessmentContext.PRE_INJECTION, "{\"a\": \"" + HostileNames.COMBINING + "\"}",
                "{\"decision\":{\"status\":\"proceed\"}}", "2026.11", "b".repeat(64), NURSE);

        Map<String, Map<String, String>> steps = new LinkedHashMap<>();
        steps.put("Injections", Map.of("rx.dose", "1O00", "note", HostileNames.SQL_BARE + "\n" + NON_BMP));
        drafts.save(new ConsultationDraft(ids.get(2), steps, Instant.parse("2026-11-21T10:00:00.123Z")));
        // the same patient's consultation open in another room too: each keeps their own draft
        new DraftRepository(db, DOCTOR.osUser()).save(new ConsultationDraft(ids.get(2), Map.of("Injections",
                Map.of("rx.dose", "500")), Instant.parse("2026-11-21T10:00:01.000Z")));

        settings.put(SettingKey.CLINIC_NAME, HostileNames.LONG + NON_BMP, NURSE);
        settings.put(SettingKey.BACKUPS_KEPT, 30, NURSE);
        return ids;
    }
}
