package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.DueState;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Report;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.SiteRotation;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.CheckDocument;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.GivenDose;
import com.b12consult.store.StoreException;
import com.b12consult.ui.DecisionBanner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pre-injection check: who is due, the patient's record at a glance, today's answers, the dose drawn
 * up, and the decision, evaluated again on every change so the banner is never stale. Recording an
 * outcome saves the check with it; a dose is given only when the decision allows it. Once saved, the
 * check's handout can be shown for the patient.
 */
public final class PreInjectionCheckViewModel {
    /** The rule that makes a fever urgent beside a severe headache (and any other headache red flag). */
    static final String HEADACHE_RED_FLAGS = "headache.red-flags";

    private final CheckRecords records;
    private final DoseOutcomeRepository outcomes;
    private final AssessmentEvaluator evaluator;
    private final Supplier<LabLimits> limits;
    private final Actor actor;
    private final Clock clock;
    private final PatientHandout handout;
    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();

    private final ObservableList<DueRow> dueRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OnRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final Map<TodayQuestion, Answer> answers = new EnumMap<>(TodayQuestion.class);
    private final BooleanProperty questionsAsked = new SimpleBooleanProperty(this, "questionsAsked", false);
    private final ReadOnlyObjectWrapper<DecisionBanner> banner =
            new ReadOnlyObjectWrapper<>(this, "banner", DecisionBanner.NO_PATIENT);
    /** Today's exercise plan as the nurse asked it; null until asked, when the consultation's plan stands. */
    private final ObjectProperty<PlannedExercise> exercise = new SimpleObjectProperty<>(this, "exercise");
    private final DoseDrawnUp dose;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<InjectionSite> suggestedSite = new ReadOnlyObjectWrapper<>(this, "suggested");
    private final ReadOnlyStringWrapper assessmentProblems = new ReadOnlyStringWrapper(this, "problems", "");
    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ReadOnlyStringWrapper overrideMessage = new ReadOnlyStringWrapper(this, "overrideMessage", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper reasonMessage = new ReadOnlyStringWrapper(this, "reasonMessage", "");
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper(this, "outcomeMessage", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final StringProperty reviewer = new SimpleStringProperty(this, "reviewer", "");
    private final ObjectProperty<ReviewOutcome> reviewOutcome = new SimpleObjectProperty<>(this, "reviewOutcome");
    private final StringProperty reviewNote = new SimpleStringProperty(this, "reviewNote", "");
    private final ReadOnlyStringWrapper reviewMessage = new ReadOnlyStringWrapper(this, "reviewMessage", "");
    private final ReadOnlyObjectWrapper<SavedAssessment> savedCheck = new ReadOnlyObjectWrapper<>(this, "savedCheck");
    private final BooleanBinding handoutReady = savedCheck.isNotNull();
    private final BooleanBinding standing = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> record.get() != null && record.get().standing().isPresent(), record);
    private final BooleanBinding feverCountedAlone;
    private final SuddenOnsetAsk suddenOnset;
    private Assessment assessment;

    public PreInjectionCheckViewModel(CheckRecords records, DoseOutcomeRepository outcomes,
                                      AssessmentEvaluator evaluator, Supplier<LabLimits> limits, Actor actor,
                                      Clock clock, PatientHandout handout) {
        this.records = Objects.requireNonNull(records, "records");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.handout = Objects.requireNonNull(handout, "handout");
        this.dose = new DoseDrawnUp(clock);
        for (TodayQuestion q : TodayQuestion.values()) {
            Answer a = new Answer(q);
            answers.put(q, a);
            a.observables().forEach(o -> o.addListener(x -> evaluate()));
        }
        feverCountedAlone = feverCountedAlone(answers.get(TodayQuestion.FEVER_NECK));
        suddenOnset = new SuddenOnsetAsk(answers.get(TodayQuestion.HEADACHE));
        exercise.addListener(x -> evaluate());
        questionsAsked.addListener(x -> evaluate());
        for (Observable o : dose.observables()) {
            o.addListener(x -> evaluate());
        }
        overrideReason.addListener(x -> overrideMessage.set(""));
        reason.addListener(x -> reasonMessage.set(""));
        refreshDueList();
    }

    /** Reads the due list again: everyone, the most overdue first. */
    public void refreshDueList() {
        dueRows.setAll(records.dueList(today()));
    }

    /** Opens the check for a patient: the record read afresh, today's answers all "no", nothing drawn up. */
    public void open(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        OnRecord r = records.load(patient, today());
        answers.values().forEach(Answer::clear);
        questionsAsked.set(false);
        suddenOnset.reset();
        exercise.set(null);
        overrideReason.set("");
        reason.set("");
        outcomeMessage.set("");
        failure.set("");
        savedCheck.set(null);
        reviewMessage.set("");
        suggestedSite.set(SiteRotation.suggestAfter(r.lastDose().map(d -> d.injection().site())));
        record.set(r);
        dose.reset(r.prescription(), suggestedSite.get(), actor.initials());
        evaluate();
    }

    /** Reads the open patient's record again (after a prescription or a follow-up was added). */
    public void reload() {
        OnRecord r = record.get();
        if (r != null) {
            open(r.patient());
        }
        refreshDueList();
    }

    private void evaluate() {
        OnRecord r = record.get();
        if (r == null) {
            return;
        }
        Set<SymptomCode> now = new LinkedHashSet<>();
        Set<SymptomCode> sinceLastDose = new LinkedHashSet<>();
        answers.values().forEach(a -> (a.question().aboutLastDose() ? sinceLastDose : now).addAll(a.codes()));
        if (r.lastDose().isEmpty()) {
            // With no dose on record there is no "since": a reaction stands as a sign now.
            now.addAll(sinceLastDose);
            sinceLastDose.clear();
        }
        assessment = CheckAssessment.build(r, now, sinceLastDose, Optional.ofNullable(exercise.get()), dose.planned(),
                LocalDateTime.now(clock), clock.getZone());
        List<ValidationProblem> problems = reader.problemsIn(assessment);
        assessmentProblems.set(String.join("\n", problems.stream().map(ValidationProblem::toString).toList()));
        // a HOLD or URGENT found earlier stands until a prescriber clears it: never a quieter banner than that
        Report evaluated = StandingCheck.apply(evaluator.evaluate(assessment, limits.get()), r.standing(), clock.getZone());
        // Before the report is shown, so the question is on offer by the time the screen redraws.
        suddenOnset.follow(evaluated);
        report.set(evaluated);
        banner.set(DecisionBanner.of(r, evaluated, new DecisionBanner.Missing(questionsAsked.get(), dose.planned().isPresent())));
    }

    /**
     * The question asks about a fever "with a bad headache", but the check can weigh a headache only from the
     * diary: a fever ticked alone, with no severe headache there, is no red flag, and the screen must say so
     * rather than let a "yes" to a bad headache pass unweighed. Read from the report (the rule that makes a
     * fever with a severe headache urgent did not fire), so the screen keeps no threshold of its own.
     */
    private BooleanBinding feverCountedAlone(Answer fever) {
        List<Observable> on = new java.util.ArrayList<>(fever.observables());
        on.add(report);
        return Bindings.createBooleanBinding(() -> fever.codes().contains(SymptomCode.FEVER)
                && !fever.codes().contains(SymptomCode.FEVER_NECK_STIFFNESS) && report.get() != null
                && report.get().findings().stream().noneMatch(f -> f.id().equals(HEADACHE_RED_FLAGS)),
                on.toArray(Observable[]::new));
    }

    /**
     * What the banner says: the decision once the check is done, "not checked yet" while today's questions are not
     * confirmed asked or no dose is drawn up (unless the decision is HOLD or URGENT, which shows at once).
     */
    public ReadOnlyObjectProperty<DecisionBanner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /**
     * Ticked by the nurse once every one of today's questions was asked: until then an unticked question is not yet
     * a "no", and the dose is not shown as one that may be given.
     */
    public BooleanProperty questionsAskedProperty() {
        return questionsAsked;
    }

    public DecisionStatus decision() {
        return report.get() == null ? null : report.get().decision().status();
    }

    /**
     * Records the dose as given. Refused on URGENT; on HOLD only with a written override reason; and only
     * when the dose in hand is the one prescribed and every administration detail is filled in.
     */
    public boolean recordGiven() {
        OnRecord r = record.get();
        if (r == null || r.prescription().isEmpty() || report.get() == null) {
            return false;
        }
        DecisionStatus status = decision();
        if (status == DecisionStatus.URGENT) {
            outcomeMessage.set("");
            failure.set("URGENT: this dose must not be given. Record it as held.");
            return false;
        }
        if (r.standing().isPresent()) {
            // a standing decision is the prescriber's to lift, not an override for the check to write
            outcomeMessage.set("");
            failure.set(StandingCheck.describe(r.standing().get(), clock.getZone())
                    + ". Record the prescriber's review before giving this dose.");
            return false;
        }
        if (!questionsAsked.get()) {
            outcomeMessage.set("");
            failure.set("Not recorded: the check is not done. " + DecisionBanner.ASK_QUESTIONS);
            return false;
        }
        dose.timeToRecord(); // an untouched time becomes the time of recording, before the fields are checked
        boolean ready = dose.readyToGive();
        if (status == DecisionStatus.HOLD && overrideReason.get().isBlank()) {
            overrideMessage.set("The decision is HOLD. To give the dose anyway, write why the prescriber's"
                    + " review is not needed; it goes to the audit log.");
            ready = false;
        }
        if (!ready) {
            outcomeMessage.set("");
            failure.set("Not recorded: see the fields marked above.");
            return false;
        }
        Prescription p = r.prescription().get();
        LocalDateTime at = dose.givenAtTime().orElseThrow();

        Injection injection = new Injection(at, dose.productProperty().get(), dose.doseMicrograms().orElseThrow(),
                dose.siteProperty().get(), List.of());
        GivenDose given = new GivenDose(injection, dose.lotNumberProperty().get(), dose.expiryDate().orElseThrow(),
                dose.givenByProperty().get());
        return save(() -> outcomes.recordGiven(r.patient().id(), p.id(), dueOn(r), given, status,
                status == DecisionStatus.HOLD ? overrideReason.get() : "", document(), actor), "Given");
    }

    /**
     * Records a prescriber's review of the standing HOLD or URGENT (who, what was decided, why) and reads the record
     * again: cleared, the check goes back to what today's answers say; not cleared, it stands with the review shown.
     */
    public boolean recordReview() {
        OnRecord r = record.get();
        if (r == null || r.standing().isEmpty()) {
            return false;
        }
        if (reviewer.get().isBlank() || reviewNote.get().isBlank() || reviewOutcome.get() == null) {
            reviewMessage.set("Name the prescriber, choose what was decided, and write a note of the review.");
            return false;
        }
        try {
            records.recordReview(r.patient().id(), r.standing().get().assessmentId(), reviewer.get(), reviewOutcome.get(),
                    reviewNote.get(), actor);
        } catch (StoreException | IllegalArgumentException e) {
            reviewMessage.set("Not recorded: " + e.getMessage());
            return false;
        }
        String done = "Review by " + reviewer.get().strip() + " recorded: " + reviewOutcome.get().label() + ".";
        reviewer.set("");
        reviewNote.set("");
        reviewOutcome.set(null);
        open(r.patient());
        reviewMessage.set(done);
        return true;
    }

    /** True while a HOLD or URGENT found earlier stands over the open patient. */
    public BooleanBinding standing() {
        return standing;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public ObjectProperty<ReviewOutcome> reviewOutcomeProperty() {
        return reviewOutcome;
    }

    public StringProperty reviewNoteProperty() {
        return reviewNote;
    }

    public ReadOnlyStringProperty reviewMessage() {
        return reviewMessage.getReadOnlyProperty();
    }

    /** Records the dose as held; without a reason typed, the decision's reasons on HOLD or URGENT. */
    public boolean recordHeld() {
        return recordNotGiven(DoseOutcomeKind.HELD);
    }

    public boolean recordRefused() {
        return recordNotGiven(DoseOutcomeKind.REFUSED);
    }

    public boolean recordNotGiven() {
        return recordNotGiven(DoseOutcomeKind.NOT_GIVEN);
    }

    private boolean recordNotGiven(DoseOutcomeKind kind) {
        OnRecord r = record.get();
        if (r == null || r.prescription().isEmpty() || report.get() == null) {
            return false;
        }
        String why = reason.get().strip();
        DecisionStatus status = decision();
        if (why.isEmpty() && kind == DoseOutcomeKind.HELD
                && (status == DecisionStatus.HOLD || status == DecisionStatus.URGENT)) {
            why = status.label() + ": " + String.join("; ", report.get().decision().reasons());
        }
        if (why.isEmpty() && kind != DoseOutcomeKind.REFUSED) {
            reasonMessage.set("Write why the dose is " + (kind == DoseOutcomeKind.HELD ? "held." : "not given."));
            outcomeMessage.set("");
            failure.set("Not recorded: a reason is needed.");
            return false;
        }
        String finalWhy = why;
        String word = switch (kind) {
            case HELD -> "Held";
            case REFUSED -> "Refused by the patient";
            default -> "Not given";
        };
        return save(() -> outcomes.recordNotGiven(r.patient().id(), r.prescription().get().id(), dueOn(r), kind,
                status, finalWhy, document(), actor), word);
    }

    private boolean save(Supplier<DoseOutcome> work, String word) {
        Patient patient = record.get().patient();
        DoseOutcome saved;
        try {
            saved = work.get();
        } catch (StoreException | IllegalArgumentException e) {
            outcomeMessage.set("");
            failure.set("Not recorded: " + e.getMessage());
            return false;
        }
        refreshDueList();
        open(patient);
        savedCheck.set(records.savedCheck(saved.assessmentId()).orElse(null));
        String next = record.get().due().map(DueDose::describe).orElse("");
        outcomeMessage.set(word + " recorded for the dose due " + saved.dueOn() + ". " + next + ".");
        return true;
    }

    /**
     * Shows the handout for the check just recorded, with the next dose's day when it is a later one (a dose
     * held stays due, and the handout then says to ask for the date). False until an outcome is recorded.
     */
    public boolean openHandout() {
        OnRecord r = record.get();
        SavedAssessment check = savedCheck.get();
        if (r == null || check == null) {
            return false;
        }
        handout.show(r.patient(), check, r.due().filter(d -> d.state() == DueState.NOT_YET).map(DueDose::dueOn));
        return true;
    }

    private CheckDocument document() {
        return new CheckDocument(writer.toJson(assessment), ReportJson.write(report.get()), report.get().rulebook());
    }

    private LocalDate dueOn(OnRecord r) {
        return r.due().map(DueDose::dueOn).orElse(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableList<DueRow> dueRows() {
        return FXCollections.unmodifiableObservableList(dueRows);
    }

    public ReadOnlyObjectProperty<OnRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public Answer answer(TodayQuestion question) {
        return answers.get(question);
    }

    /** Today's plan as asked, null while not asked (then the latest known plan is used: see {@link #knownExercise}). */
    public ObjectProperty<PlannedExercise> exerciseProperty() {
        return exercise;
    }

    /**
     * The plan the check goes by while the nurse has not asked: the last consultation's, in words with its day,
     * or empty when no plan is on record (then no exercise advice is given, rather than advice for "no exercise").
     */
    public Optional<String> knownExercise() {
        OnRecord r = record.get();
        if (r == null) {
            return Optional.empty();
        }
        return r.consultation().flatMap(c -> c.exercise().map(e -> CodeLabels.of(e.planned()) + " (consultation, "
                + TypedDates.format(c.assessedAt().toLocalDate()) + ")"));
    }

    public DoseDrawnUp dose() {
        return dose;
    }

    /** The report for the check as it stands; null until a patient is open. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InjectionSite> suggestedSiteProperty() {
        return suggestedSite.getReadOnlyProperty();
    }

    /** What the assessment file format would refuse in the check as it stands (empty when all is well). */
    public ReadOnlyStringProperty assessmentProblems() {
        return assessmentProblems.getReadOnlyProperty();
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public ReadOnlyStringProperty overrideMessage() {
        return overrideMessage.getReadOnlyProperty();
    }

    /** Why a dose is held or not given (a refusal may say why too). */
    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty reasonMessage() {
        return reasonMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeMessage() {
        return outcomeMessage.getReadOnlyProperty();
    }

    /** The check saved with the outcome just recorded; null until one is recorded for the patient open. */
    public ReadOnlyObjectProperty<SavedAssessment> savedCheckProperty() {
        return savedCheck.getReadOnlyProperty();
    }

    /** Whether a severe headache on record came on suddenly, offered while the rule module asks it. */
    public SuddenOnsetAsk suddenOnset() {
        return suddenOnset;
    }

    /** True while a fever is ticked without a stiff neck and no severe headache on record makes it urgent. */
    public BooleanBinding feverCountedAlone() {
        return feverCountedAlone;
    }

    /** True once an outcome is recorded for the check: its handout can be shown. */
    public BooleanBinding handoutReady() {
        return handoutReady;
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    public Actor actor() {
        return actor;
    }

    Clock clock() {
        return clock;
    }
}
