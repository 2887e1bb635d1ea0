package com.b12consult.assessment;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.CourseSoFar;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseCalendar;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Injection;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PrescriberReview;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientPage;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StandingDecisions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads what the check needs from the store: a patient's record, and who is due. */
public final class CheckRecords {
    private final PatientRepository patients;
    private final PrescriptionRepository prescriptions;
    private final InjectionRepository injections;
    private final HeadacheRepository headaches;
    private final LabRepository labs;
    private final AssessmentRepository assessments;
    private final DoseOutcomeRepository outcomes;
    private final StandingDecisions standing;
    private final ZoneId zone;

    public CheckRecords(PatientRepository patients, PrescriptionRepository prescriptions,
                        InjectionRepository injections, HeadacheRepository headaches, LabRepository labs,
                        AssessmentRepository assessments, DoseOutcomeRepository outcomes, StandingDecisions standing,
                        ZoneId zone) {
        this.patients = Objects.requireNonNull(patients, "patients");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.prescriptions = Objects.requireNonNull(prescriptions, "prescriptions");
        this.injections = Objects.requireNonNull(injections, "injections");
        this.headaches = Objects.requireNonNull(headaches, "headaches");
        this.labs = Objects.requireNonNull(labs, "labs");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.standing = Objects.requireNonNull(standing, "standing");
    }

    /** Records a prescriber's review of the patient's standing HOLD or URGENT (see {@link StandingDecisions}). */
    public PrescriberReview recordReview(long patientId, long assessmentId, String reviewedBy, ReviewOutcome outcome,
                                         String note, Actor actor) {
        return standing.recordReview(patientId, assessmentId, reviewedBy, outcome, note, actor);
    }

    public OnRecord load(Patient patient, LocalDate today) {
        long id = patient.id();
        Optional<Prescription> prescription = prescriptions.currentOn(id, today);
        List<RecordedInjection> doses = withLaterReactions(id);
        Optional<DueDose> due = prescription.map(p -> DoseCalendar.next(p,
                doses.stream().map(d -> d.injection().givenAt()).toList(), today));
        List<SavedAssessment> saved = assessments.listForPatient(id);
        Optional<Assessment> consultation = saved.stream()
                .filter(s -> s.context() == AssessmentContext.CONSULTATION)
                .findFirst()
                .flatMap(SavedAssessment::assessment);
        List<String> alerts = saved.stream().findFirst().map(this::openAlerts).orElse(List.of());
        return new OnRecord(patient, prescription, due, doses, headaches.listForPatient(id),
                labs.listForPatient(id), consultation, alerts, outcomes.listForPatient(id), standing.find(id));
    }

    /**
     * The due list: the {@code limit} most urgent patients and their next doses (the most overdue first, those
     * without a prescription in force last, by name), and how many patients there are in all. Four queries however
     * many patients the clinic has: the candidates for the page from the stored next due days
     * ({@link PatientRepository#dueCandidates}), counted, and their courses in force today.
     * <p>
     * With search text, the first {@code limit} patients whose name or identifier contains it, by name
     * ({@link PatientRepository#search(String, int)}), ordered the same way, and how many match.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public DuePage dueList(LocalDate today, String search, int limit) {
        Objects.requireNonNull(today, "today");
        String text = search == null ? "" : search.strip();
        PatientPage candidates = text.isEmpty() ? patients.dueCandidates(today, limit) : patients.search(text, limit);
        Map<Long, CourseSoFar> courses = prescriptions.coursesOn(
                candidates.patients().stream().map(Patient::id).toList(), today);
        List<DueRow> rows = new ArrayList<>();
        for (Patient p : candidates.patients()) {
            rows.add(new DueRow(p, Optional.ofNullable(courses.get(p.id())).map(course -> course.nextOn(today))));
        }
        // stable: patients due on the same day stay in the store's order by name
        rows.sort(DueRow.MOST_URGENT_FIRST);
        return new DuePage(rows.subList(0, Math.min(limit, rows.size())), candidates.total(), text);
    }

    /**
     * The next doses of these patients on {@code today}, by patient id, read in one query however many they are; a
     * patient with no prescription in force is left out.
     */
    public Map<Long, DueDose> nextDoses(Collection<Patient> patients, LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<Long> ids = patients.stream().map(Patient::id).toList();
        Map<Long, DueDose> out = new HashMap<>();
        prescriptions.coursesOn(ids, today).forEach((id, course) -> out.put(id, course.nextOn(today)));
        return out;
    }

    /** The patient's next dose on {@code today}; empty with no prescription in force. */
    public Optional<DueDose> nextDose(Patient patient, LocalDate today) {
        return Optional.ofNullable(nextDoses(List.of(patient), today).get(patient.id()));
    }

    /** A check saved with its dose outcome, by the id the outcome carries. */
    public Optional<SavedAssessment> savedCheck(long assessmentId) {
        return assessments.load(assessmentId);
    }

    private List<RecordedInjection> withLaterReactions(long patientId) {
        Map<Long, List<SymptomCode>> later = outcomes.laterReactions(patientId);
        return injections.listForPatient(patientId).stream().map(r -> {
            List<SymptomCode> extra = later.get(r.id());
            if (extra == null) {
                return r;
            }
            LinkedHashSet<SymptomCode> all = new LinkedHashSet<>(r.injection().reactions());
            all.addAll(extra);
            Injection i = r.injection();
            return new RecordedInjection(r.id(), r.patientId(), new Injection(i.givenAt(), i.product(),
                    i.doseMicrograms(), i.site(), List.copyOf(all)));
        }).toList();
    }

    /** The alerts a saved HOLD or URGENT left open, each dated as the workstation's clock showed the day it was saved. */
    private List<String> openAlerts(SavedAssessment saved) {
        Optional<StoredReport> read = saved.report();
        if (read.isEmpty() || read.get().decision().status() == DecisionStatus.PROCEED) {
            return List.of();
        }
        StoredReport report = read.get();
        List<String> out = new ArrayList<>(report.findings().stream()
                .filter(f -> f.kind() == FindingKind.ALERT).map(Finding::title).toList());
        if (out.isEmpty()) {
            out.addAll(report.decision().reasons());
        }
        String when = TypedDates.format(saved.savedAt().atZone(zone).toLocalDate());
        return out.stream().map(t -> t + " (" + saved.context().code().replace('_', '-') + ", " + when + ")")
                .toList();
    }
}
