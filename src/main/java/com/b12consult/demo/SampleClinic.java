package com.b12consult.demo;

import com.b12consult.demo.PatientStory.Consulted;
import com.b12consult.demo.PatientStory.Event;
import com.b12consult.demo.PatientStory.HeadacheNoted;
import com.b12consult.demo.PatientStory.LabEntered;
import com.b12consult.demo.PatientStory.Prescribed;
import com.b12consult.demo.PatientStory.ReactionReported;
import com.b12consult.demo.PatientStory.Registered;
import com.b12consult.demo.PatientStory.Visit;
import com.b12consult.domain.Actor;
import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Report;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.CheckDocument;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.GivenDose;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.NewConsultation;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A sample clinic for trying the app, for tests and for benchmarks: patients with names in many scripts, their
 * prescriptions (some in a loading course, most in maintenance), doses on their calendar with what became of each,
 * a few reactions, lab panels with trends, headache diaries and consultations, some patients due today or overdue.
 * The same seed and day make the same clinic. Everything is written through the repositories, checked, reported on
 * by the rulebook and audited as the screens write it, in the order it happened (the audit log's clock follows the
 * story), many patients to a transaction so that thousands take seconds.
 */
public final class SampleClinic {
    /** The most patients a sample clinic is made with. */
    public static final int MOST_PATIENTS = 100_000;
    /** Events written per transaction. */
    private static final int BATCH = 5_000;
    private static final List<String> NURSES = List.of("AB", "KM", "SO", "TR");
    private static final String PRESCRIBER = "JD";
    private static final String OVERRIDE = "Prescriber reviewed the alert and asked for the dose to be given";
    private static final DateTimeFormatter LOT_MONTH = DateTimeFormatter.ofPattern("yyMM");

    /** What was written. */
    public record Summary(int patients, int prescriptions, int dosesGiven, int dosesNotGiven, int laterReactions,
                          int labPanels, int headaches, int consultations) {
    }

    /** Told after each transaction: how many patients are on record so far, and the day the story has reached. */
    @FunctionalInterface
    public interface Progress {
        void written(int patients, LocalDate reached);
    }

    /** The database already holds patients: a sample clinic is only made in an empty one. */
    public static final class NotEmptyException extends RuntimeException {
        NotEmptyException(String message) {
            super(message);
        }
    }

    private final Database database;
    private final AssessmentEvaluator evaluator;
    private final LabLimits limits;
    private final String osUser;
    private final EventClock clock;
    private final AssessmentWriter writer = new AssessmentWriter();
    private final PatientRepository patients;
    private final PrescriptionRepository prescriptions;
    private final LabRepository labs;
    private final HeadacheRepository headaches;
    private final DoseOutcomeRepository outcomes;
    private final ConsultationRepository consultations;
    private int[] counts;

    /** {@code osUser} is who made the clinic (the audit log's user); the zone turns the story's times into instants. */
    public SampleClinic(Database database, AssessmentEvaluator evaluator, LabLimits limits, String osUser, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
        clock = new EventClock(zone, java.time.Instant.EPOCH);
        AuditLog audit = new AuditLog(database, clock);
        patients = new PatientRepository(database, audit);
        prescriptions = new PrescriptionRepository(database, audit);
        labs = new LabRepository(database, audit);
        headaches = new HeadacheRepository(database, audit);
        InjectionRepository injections = new InjectionRepository(database, audit);
        AssessmentRepository assessments = new AssessmentRepository(database, audit);
        outcomes = new DoseOutcomeRepository(database, audit, injections, assessments);
        consultations = new ConsultationRepository(database, audit, assessments, labs, injections, headaches,
                prescriptions);
    }

    /**
     * Fills the database with {@code count} patients, their story ending the day before {@code today}.
     *
     * @throws IllegalArgumentException if {@code count} is not 1 to {@link #MOST_PATIENTS}
     * @throws NotEmptyException        if the database already holds a patient (nothing is written)
     */
    public Summary fill(int count, long seed, LocalDate today, Progress progress) {
        if (count < 1 || count > MOST_PATIENTS) {
            throw new IllegalArgumentException("A sample clinic has 1 to " + MOST_PATIENTS + " patients, not " + count);
        }
        List<PatientStory> stories = stories(count, seed, today);
        record Step(int patient, Event event) {
        }
        List<Step> steps = new ArrayList<>();
        for (int p = 0; p < stories.size(); p++) {
            for (Event e : stories.get(p).events) {
                steps.add(new Step(p, e));
            }
        }
        // stable: one patient's events keep their order, and a moment shared by two patients goes by patient
        steps.sort(Comparator.comparing((Step s) -> s.event().at()));
        PatientRecord[] records = new PatientRecord[stories.size()];
        counts = new int[8];
        for (int from = 0; from < steps.size(); from += BATCH) {
            List<Step> batch = steps.subList(from, Math.min(steps.size(), from + BATCH));
            boolean first = from == 0;
            database.inOneTransaction(() -> {
                if (first && !patients.listAll().isEmpty()) {
                    throw new NotEmptyException("already holds patients");
                }
                for (Step s : batch) {
                    if (records[s.patient()] == null) {
                        records[s.patient()] = new PatientRecord();
                    }
                    write(stories.get(s.patient()), records[s.patient()], s.event());
                }
            });
            progress.written(counts[0], batch.get(batch.size() - 1).event().at().toLocalDate());
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
    }

    /** The stories, in the order the patients came to the clinic, numbered in that order. */
    private static List<PatientStory> stories(int count, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PatientStory> planned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            planned.add(PatientStory.plan(random.split(), i, today));
        }
        planned.sort(Comparator.comparing(PatientStory::registeredAt));
        int width = Math.max(5, String.valueOf(count).length());
        List<PatientStory> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(planned.get(i).withIdentifier("P-" + "0".repeat(width - String.valueOf(i + 1).length()) + (i + 1)));
        }
        return out;
    }

    private void write(PatientStory story, PatientRecord record, Event event) {
        clock.set(event.at());
        Actor nurse = new Actor(osUser, NURSES.get(Math.floorMod(story.patient.identifier().hashCode(), NURSES.size())));
        if (event instanceof Registered) {
            record.patient = patients.create(story.patient, nurse);
            counts[0]++;
        } else if (event instanceof Prescribed) {
            record.prescription = Optional.of(prescriptions.add(forPatient(story, record), prescriber()));
            counts[1]++;
        } else if (event instanceof LabEntered l) {
            labs.record(record.patient.id(), l.panel(), nurse);
            record.lab(l.panel());
            counts[5]++;
        } else if (event instanceof HeadacheNoted h) {
            headaches.record(record.patient.id(), h.entry(), nurse);
            record.headache(h.entry());
            counts[6]++;
        } else if (event instanceof Visit v) {
            visit(record, v, new Actor(osUser, NURSES.get(v.number() % NURSES.size())));
        } else if (event instanceof ReactionReported r) {
            record.injectionOfVisit(r.visit()).ifPresent(id -> {
                outcomes.recordLaterReactions(id, r.reactions(), nurse);
                record.laterReactions(id, r.reactions());
                counts[4]++;
            });
        } else if (event instanceof Consulted c) {
            consult(story, record, c);
        }
    }

    private Prescription forPatient(PatientStory story, PatientRecord record) {
        Prescription p = story.prescription.orElseThrow();
        return Prescription.unsaved(record.patient.id(), p.product(), p.doseMicrograms(), p.schedule(), p.startDate());
    }

    private Actor prescriber() {
        return new Actor(osUser, PRESCRIBER);
    }

    /** A pre-injection check and what became of the dose, as the check screen saves them. */
    private void visit(PatientRecord record, Visit v, Actor nurse) {
        Prescription rx = record.prescription.orElseThrow();
        PlannedInjection planned = new PlannedInjection(rx.product(), rx.doseMicrograms(), rx.doseMicrograms(),
                v.site(), Optional.of(rx.product()), Optional.of(v.dueOn()));
        Assessment check = record.check(v.at(), planned, v.signsNow());
        Report report = evaluator.evaluate(check, limits);
        CheckDocument document = new CheckDocument(writer.toJson(check), ReportJson.write(report), report.rulebook());
        DecisionStatus decision = report.decision().status();
        long patientId = record.patient.id();
        if (v.kind() == DoseOutcomeKind.GIVEN && decision != DecisionStatus.URGENT) {
            Injection injection = new Injection(v.at(), rx.product(), rx.doseMicrograms(), v.site(), v.reactionsNoted());
            LocalDate month = v.at().toLocalDate().withDayOfMonth(1);
            GivenDose dose = new GivenDose(injection, (rx.product().code().substring(0, 2).toUpperCase()
                    + month.format(LOT_MONTH) + "-" + (char) ('A' + month.getMonthValue() % 3)),
                    month.plusMonths(18).minusDays(1), nurse.initials());
            DoseOutcome given = outcomes.recordGiven(patientId, rx.id(), v.dueOn(), dose, decision,
                    decision == DecisionStatus.HOLD ? OVERRIDE : "", document, nurse);
            record.given(v.number(), given.injectionId().getAsLong(), injection);
            counts[2]++;
        } else {
            DoseOutcomeKind kind = v.kind() == DoseOutcomeKind.GIVEN ? DoseOutcomeKind.HELD : v.kind();
            String reason = v.kind() == DoseOutcomeKind.GIVEN ? "Urgent alert at the check: referred to the prescriber"
                    : v.reason();
            outcomes.recordNotGiven(patientId, rx.id(), v.dueOn(), kind, decision, reason, document, nurse);
            counts[3]++;
        }
    }

    /** A consultation as the consultation screen saves it: every alert answered, the checklist ticked. */
    private void consult(PatientStory story, PatientRecord record, Consulted c) {
        long patientId = record.patient.id();
        Optional<Prescription> newPrescription = c.kind() == Consulted.Kind.FIRST
                ? story.prescription.map(p -> forPatient(story, record)) : Optional.empty();
        List<Symptom> symptoms = switch (c.kind()) {
            case FIRST -> List.of(new Symptom(SymptomCode.FATIGUE, Optional.empty()),
                    new Symptom(SymptomCode.TINGLING_NUMBNESS, Optional.empty()));
            case REVIEW -> List.of();
            case RED_FLAG -> List.of(
                    new Symptom(SymptomCode.LEG_SWELLING_ONE_SIDED, Optional.of(c.at().minusDays(2).withMinute(0))),
                    new Symptom(SymptomCode.LEG_PAIN_TENDERNESS, Optional.of(c.at().minusDays(2).withMinute(0))));
        };
        Optional<PlannedInjection> planned = newPrescription.map(p -> new PlannedInjection(p.product(),
                p.doseMicrograms(), p.doseMicrograms(), com.b12consult.domain.InjectionSite.LEFT_DELTOID,
                Optional.of(p.product()), Optional.of(p.startDate())));
        Assessment assessment = record.consultation(c.at(), symptoms, c.newLab(), planned);
        Report report = evaluator.evaluate(assessment, limits);
        String note = switch (c.kind()) {
            case FIRST -> newPrescription.isEmpty() ? "Referred for B12 injections: waiting for the prescription."
                    : newPrescription.get().schedule().loading().isPresent()
                    ? "Explained the loading course and booked the doses." : "Booked the doses on the maintenance schedule.";
            case REVIEW -> "Went through the latest blood count with the patient.";
            case RED_FLAG -> "Sent for same-day assessment; no dose until a prescriber has reviewed.";
        };
        List<AlertAnswer> answers = report.findings().stream().filter(Finding::needsAnswer)
                .map(f -> new AlertAnswer(f.id(), com.b12consult.domain.AlertResponse.ACTED_ON,
                        c.kind() == Consulted.Kind.RED_FLAG ? "Referred the same day for assessment of the leg" : ""))
                .toList();
        LinkedHashSet<String> ticked = new LinkedHashSet<>(report.findings().stream()
                .filter(f -> f.kind() == FindingKind.CHECKLIST).map(Finding::id).toList());
        ConsultationResponses responses = new ConsultationResponses(ticked, note, answers);
        Actor doctor = prescriber();
        consultations.save(new NewConsultation(patientId, writer.toJson(assessment), ReportJson.write(report),
                report.rulebook(), responses, c.newLab().stream().toList(), List.of(), List.of(), newPrescription), doctor);
        c.newLab().ifPresent(record::lab);
        record.consulted(assessment);
        if (newPrescription.isPresent()) {
            record.prescription = prescriptions.currentOn(patientId, newPrescription.get().startDate());
            counts[1]++;
        }
        counts[5] += c.newLab().isPresent() ? 1 : 0;
        counts[7]++;
    }
}
