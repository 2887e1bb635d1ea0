package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.DuePage;
import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Report;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.SiteRotation;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The pre-injection check: who is due, the patient's record at a glance, today's answers, the dose drawn
 * up, and the decision, evaluated again on every change so the banner is never stale. Recording an
 * outcome saves the check with it; a dose is given only when the decision allows it. Once saved, the
 * check's handout can be shown for the patient. The work is shared out: {@link CheckEvaluation} weighs today's
 * answers, {@link CheckOutcome} records what became of the dose, {@link StandingReview} the prescriber's review.
 *
 * <p>Every read and save of the store runs off the screen's thread, through the {@link TaskRunner}: the due list,
 * a patient's record (with the lab limits the check weighs it by) and an outcome. Meanwhile the screen says what
 * is being read, the newest read wins, and a store that fails or cannot be reached is said in plain words; what the
 * nurse typed stays.
 */
public final class PreInjectionCheckViewModel {
    private final CheckRecords records;
    private final Supplier<LabLimits> storedLimits;
    private final TaskRunner tasks;
    private final Actor actor;
    private final Clock clock;
    /** The lab limits in Settings as read with the open record, so weighing a tick never reads the store. */
    private LabLimits limits;

    private final DueList dueList;
    private final ReadOnlyObjectWrapper<OnRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final DoseDrawnUp dose;
    private final ReadOnlyObjectWrapper<InjectionSite> suggestedSite = new ReadOnlyObjectWrapper<>(this, "suggested");
    private final BooleanBinding standing = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> record.get() != null && record.get().standing().isPresent(), record);
    private final CheckEvaluation check;
    private final CheckOutcome outcome;
    private final StandingReview review;
    /** Counts the reads for another window's saves: only the newest one's result is shown. */
    private long storeReads;
    /** Counts the opening of a patient's record: the newest is shown. */
    private long opens;
    private boolean followingStore;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** The patient whose record is being read, to open it; null when none is. */
    private final ReadOnlyObjectWrapper<Patient> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
    private final StringBinding readingNote;
    private final ReadOnlyStringWrapper followed = new ReadOnlyStringWrapper(this, "followed", "");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param limits the lab limits in Settings, read from the store: called off the screen's thread only
     * @param tasks  runs the store's reads and saves off the screen's thread and hands them back on it
     */
    public PreInjectionCheckViewModel(CheckRecords records, DoseOutcomeRepository outcomes,
                                      AssessmentEvaluator evaluator, Supplier<LabLimits> limits, Actor actor,
                                      Clock clock, PatientHandout handout, TaskRunner tasks) {
        this.records = Objects.requireNonNull(records, "records");
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(evaluator, "evaluator");
        this.storedLimits = Objects.requireNonNull(limits, "limits");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(handout, "handout");
        this.dose = new DoseDrawnUp(clock);
        this.check = new CheckEvaluation(evaluator, () -> this.limits, clock, dose, record);
        this.outcome = new CheckOutcome(records, outcomes, actor, clock, handout, record, check, dose, tasks, saving,
                this::readAgainAfterSave);
        this.review = new StandingReview(records, actor, record, tasks, saving, this::readAgainAfterSave);
        this.dueList = new DueList(records, tasks, this::today, readProblem::set);
        this.readingNote = Bindings.createStringBinding(() -> opening.get() != null
                ? "Opening the record of " + opening.get().name() + "..."
                : dueList.reading().get() ? "Reading the due list..." : "", opening, dueList.reading());
        refreshDueList();
    }

    /** Reads the due list again, off the screen's thread: the most overdue first, or those matching its search. */
    public void refreshDueList() {
        dueList.refresh();
    }

    /** A patient's record as read for the check, with the lab limits in Settings it is weighed by. */
    private record Opened(OnRecord record, LabLimits limits) {
    }

    private Opened read(Patient patient, LocalDate today) {
        return new Opened(records.load(patient, today), storedLimits.get());
    }

    /**
     * After a save (an outcome, a review): reads the due list and the patient's record again, off the screen's
     * thread. Called on the screen's thread as the save starts; what it reads is shown only when no newer read of
     * the list or the record began meanwhile (the background runs its work in order, so a later read is newer).
     * A read that fails leaves the screen as it was and says why; it never undoes the save.
     */
    Callable<Reread> readAgainAfterSave(Patient patient) {
        DueList.Read due = dueList.along();
        long open = opens;
        LocalDate today = today();
        return () -> {
            try {
                DuePage rows = due.page();
                Opened fresh = read(patient, today);
                return new Reread(() -> {
                    due.show(rows);
                    if (open == opens) {
                        readProblem.set("");
                        show(fresh);
                    }
                }, fresh.record().due());
            } catch (RuntimeException e) {
                return new Reread(() -> {
                    if (open == opens) {
                        readProblem.set(SaveFailures.say("Saved, but the record could not be read again: ", e));
                    }
                }, Optional.empty());
            }
        };
    }

    /** The list and the record read again after a save: {@code show} on the screen's thread; the next dose read. */
    record Reread(Runnable show, Optional<DueDose> due) {
    }

    /**
     * True while the due list is being filled again: a row the list selects meanwhile is not the nurse's choice,
     * and must not open another patient over the one in the check.
     */
    public boolean refreshingDueList() {
        return dueList.refreshing();
    }

    /**
     * Another window saved something: reads the due list and the open patient's record again on {@code background},
     * and shows them (the newest read wins). What the nurse ticked, typed or drew up stays as it is: the record,
     * its alerts, a standing decision and the banner follow the store; today's answers and the dose do not reset.
     */
    public void followStore(TaskRunner background) {
        long read = ++storeReads;
        DueList.Read due = dueList.begin();
        LocalDate today = today();
        Patient open = record.get() == null ? null : record.get().patient();
        background.run(() -> new StoreRead(due.page(), open == null ? null : read(open, today)),
                fresh -> {
                    due.show(fresh.dueRows());
                    if (read != storeReads) {
                        return;
                    }
                    OnRecord now = record.get();
                    if (fresh.opened() != null && now != null
                            && now.patient().id() == fresh.opened().record().patient().id()) {
                        follow(fresh.opened());
                    }
                },
                // the store out of reach for a moment: the screen keeps what it shows, the next change reads again
                failed -> due.failed());
    }

    private record StoreRead(DuePage dueRows, Opened opened) {
    }

    private void follow(Opened opened) {
        OnRecord fresh = opened.record();
        limits = opened.limits();
        followingStore = true;
        try {
            if (!fresh.equals(record.get())) {
                // the banner may change under the nurse's hand: say why, so it is not taken for her own doing
                followed.set("Record updated at " + LocalTime.now(clock).format(HOURS_MINUTES)
                        + " with a save from another room or window.");
            }
            record.set(fresh);
            // a prescription changed elsewhere: what is drawn up is checked against the one now in force
            dose.follow(fresh.prescription());
            check.evaluate();
        } finally {
            followingStore = false;
        }
    }

    /**
     * True while the open patient's record is read again after another window's save (not opened afresh): a form
     * the nurse has open stays as it is.
     */
    public boolean followingStore() {
        return followingStore;
    }

    /** Says when the open record was last updated with another window's save; empty for a record opened afresh. */
    public ReadOnlyStringProperty followedNote() {
        return followed.getReadOnlyProperty();
    }

    /**
     * Opens the check for a patient: the record read afresh, off the screen's thread, then today's answers all "no",
     * nothing drawn up. Until the record is read the screen shows what it showed, and says which record it opens.
     */
    public void open(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        long read = ++opens;
        LocalDate today = today();
        opening.set(patient);
        tasks.run(() -> read(patient, today), fresh -> {
            if (read == opens) {
                opening.set(null);
                readProblem.set("");
                show(fresh);
            }
        }, failed -> {
            if (read == opens) {
                opening.set(null);
                readProblem.set(SaveFailures.say("The record of " + patient.name() + " could not be read: ", failed));
            }
        });
    }

    private void show(Opened opened) {
        OnRecord r = opened.record();
        limits = opened.limits();
        followed.set("");
        check.reset();
        outcome.reset();
        review.reset();
        suggestedSite.set(SiteRotation.suggestAfter(r.lastDose().map(d -> d.injection().site())));
        record.set(r);
        dose.reset(r.prescription(), suggestedSite.get(), actor.initials());
        check.evaluate();
    }

    /** Reads the open patient's record again (after a prescription or a follow-up was added), in the background. */
    public void reload() {
        OnRecord r = record.get();
        if (r != null) {
            open(r.patient());
        }
        refreshDueList();
    }

    /**
     * What the banner says: the decision once the check is done, "not checked yet" while today's questions are not
     * confirmed asked or no dose is drawn up (unless the decision is HOLD or URGENT, which shows at once).
     */
    public ReadOnlyObjectProperty<DecisionBanner> bannerProperty() {
        return check.bannerProperty();
    }

    /**
     * Ticked by the nurse once every one of today's questions was asked: until then an unticked question is not yet
     * a "no", and the dose is not shown as one that may be given.
     */
    public BooleanProperty questionsAskedProperty() {
        return check.questionsAskedProperty();
    }

    public DecisionStatus decision() {
        return check.decision();
    }

    /**
     * Records the dose as given. Refused on URGENT; on HOLD only with a written override reason; and only
     * when the dose in hand is the one prescribed and every administration detail is filled in.
     */
    public boolean recordGiven() {
        return outcome.recordGiven();
    }

    /**
     * Records a prescriber's review of the standing HOLD or URGENT (who, what was decided, why) and reads the record
     * again: cleared, the check goes back to what today's answers say; not cleared, it stands with the review shown.
     */
    public boolean recordReview() {
        return review.recordReview();
    }

    /** True while a HOLD or URGENT found earlier stands over the open patient. */
    public BooleanBinding standing() {
        return standing;
    }

    public StringProperty reviewerProperty() {
        return review.reviewerProperty();
    }

    public ObjectProperty<ReviewOutcome> reviewOutcomeProperty() {
        return review.reviewOutcomeProperty();
    }

    public StringProperty reviewNoteProperty() {
        return review.reviewNoteProperty();
    }

    public ReadOnlyStringProperty reviewMessage() {
        return review.reviewMessage();
    }

    /** Records the dose as held; without a reason typed, the decision's reasons on HOLD or URGENT. */
    public boolean recordHeld() {
        return outcome.recordNotGiven(DoseOutcomeKind.HELD);
    }

    public boolean recordRefused() {
        return outcome.recordNotGiven(DoseOutcomeKind.REFUSED);
    }

    public boolean recordNotGiven() {
        return outcome.recordNotGiven(DoseOutcomeKind.NOT_GIVEN);
    }

    /**
     * Shows the handout for the check just recorded, with the next dose's day when it is a later one (a dose
     * held stays due, and the handout then says to ask for the date). False until an outcome is recorded.
     */
    public boolean openHandout() {
        return outcome.openHandout();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableList<DueRow> dueRows() {
        return dueList.rows();
    }

    /** The due list: its rows, its search and its summary. */
    public DueList dueList() {
        return dueList;
    }

    public ReadOnlyObjectProperty<OnRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public Answer answer(TodayQuestion question) {
        return check.answer(question);
    }

    /** Today's plan as asked, null while not asked (then the latest known plan is used: see {@link #knownExercise}). */
    public ObjectProperty<PlannedExercise> exerciseProperty() {
        return check.exerciseProperty();
    }

    /**
     * The plan the check goes by while the nurse has not asked: the last consultation's, in words with its day,
     * or empty when no plan is on record (then no exercise advice is given, rather than advice for "no exercise").
     */
    public Optional<String> knownExercise() {
        return check.knownExercise();
    }

    public DoseDrawnUp dose() {
        return dose;
    }

    /** The report for the check as it stands; null until a patient is open. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return check.reportProperty();
    }

    public ReadOnlyObjectProperty<InjectionSite> suggestedSiteProperty() {
        return suggestedSite.getReadOnlyProperty();
    }

    /** What the assessment file format would refuse in the check as it stands (empty when all is well). */
    public ReadOnlyStringProperty assessmentProblems() {
        return check.assessmentProblems();
    }

    public StringProperty overrideReasonProperty() {
        return outcome.overrideReasonProperty();
    }

    public ReadOnlyStringProperty overrideMessage() {
        return outcome.overrideMessage();
    }

    /** Why a dose is held or not given (a refusal may say why too). */
    public StringProperty reasonProperty() {
        return outcome.reasonProperty();
    }

    public ReadOnlyStringProperty reasonMessage() {
        return outcome.reasonMessage();
    }

    public ReadOnlyStringProperty outcomeMessage() {
        return outcome.outcomeMessage();
    }

    /** Whether a severe headache on record came on suddenly, offered while the rule module asks it. */
    public SuddenOnsetAsk suddenOnset() {
        return check.suddenOnset();
    }

    /** True while a fever is ticked without a stiff neck and no severe headache on record makes it urgent. */
    public BooleanBinding feverCountedAlone() {
        return check.feverCountedAlone();
    }

    /** True once an outcome is recorded for the check: its handout can be shown. */
    public BooleanBinding handoutReady() {
        return outcome.handoutReady();
    }

    public ReadOnlyStringProperty failure() {
        return outcome.failure();
    }

    /** True while an outcome or a review is being saved: the buttons wait, so nothing is saved twice. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    /** True while the due list is read. */
    public ReadOnlyBooleanProperty readingDueList() {
        return dueList.reading();
    }

    /** The patient whose record is being read to open the check; null when none is. */
    public ReadOnlyObjectProperty<Patient> opening() {
        return opening.getReadOnlyProperty();
    }

    /** What is being read ("Opening the record of ..."), or empty. */
    public StringBinding readingNote() {
        return readingNote;
    }

    /** Why the due list or the record could not be read, in plain words; empty when the last read worked. */
    public ReadOnlyStringProperty readProblem() {
        return readProblem.getReadOnlyProperty();
    }

    public Actor actor() {
        return actor;
    }

    Clock clock() {
        return clock;
    }
}
