package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.store.ConsultationDraft;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.StoreException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A consultation: the patient's record read once, the steps filled from it, where the clinician is, and the
 * assessment and its report built again from every step on every change, on the screen's thread (the rule
 * engine takes microseconds), so the findings are never behind what is typed. What is typed is kept as a
 * draft until the consultation is saved.
 */
public final class ConsultationViewModel implements LiveConsultation {
    private final CheckRecords records;
    private final PatientRepository patients;
    private final AssessmentEvaluator evaluator;
    private final Supplier<LabLimits> limits;
    private final ConsultationSteps stepMaker;
    private final Predicate<ConsultationStep> readsPending;
    private final DraftKeeper drafts;
    private final ConsultationSaver saver;
    private final Clock clock;
    private final AssessmentReader reader = new AssessmentReader();

    private final ReadOnlyObjectWrapper<OnRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ObservableList<ConsultationStep> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConsultationStep> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper nextDisabled = new ReadOnlyBooleanWrapper(this, "nextDisabled", true);
    private final ReadOnlyBooleanWrapper backDisabled = new ReadOnlyBooleanWrapper(this, "backDisabled", true);
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper alertCount = new ReadOnlyIntegerWrapper(this, "alertCount", 0);
    private final ObservableList<FieldProblem> assessmentProblems = FXCollections.observableArrayList();
    private final ObservableList<FieldProblem> pendingElsewhere = FXCollections.observableArrayList();
    private final ObservableList<DraftOffer> draftOffers = FXCollections.observableArrayList();
    // One read-only view each, kept: a view made per call listens weakly and is lost with its listeners to GC.
    private final ObservableList<ConsultationStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<FieldProblem> assessmentProblemsView =
            FXCollections.unmodifiableObservableList(assessmentProblems);
    private final ObservableList<FieldProblem> pendingElsewhereView =
            FXCollections.unmodifiableObservableList(pendingElsewhere);
    private final ObservableList<DraftOffer> draftOffersView = FXCollections.unmodifiableObservableList(draftOffers);
    private final InvalidationListener stepChanged = x -> {
        // A step may signal with a property, whose invalidation fires again only once its value is read.
        if (x instanceof ObservableValue<?> value) {
            value.getValue();
        }
        stepChanged();
    };
    private final ListChangeListener<FieldProblem> problemsChanged = c -> problemsChanged();
    private final ReadOnlyObjectWrapper<SavedConsultation> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final ReadOnlyBooleanWrapper onReview = new ReadOnlyBooleanWrapper(this, "onReview", false);
    private AssessmentParts parts;

    /**
     * @param readsPending the step that reads {@code pendingElsewhere} (the review): its own problems are
     *                     left out of that list, which it would otherwise feed on
     */
    public ConsultationViewModel(CheckRecords records, PatientRepository patients, AssessmentEvaluator evaluator,
                                 Supplier<LabLimits> limits, ConsultationSteps steps,
                                 Predicate<ConsultationStep> readsPending, DraftKeeper drafts, ConsultationSaver saver,
                                 Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.stepMaker = Objects.requireNonNull(steps, "steps");
        this.readsPending = Objects.requireNonNull(readsPending, "readsPending");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.clock = Objects.requireNonNull(clock, "clock");
        current.addListener((obs, was, now) -> {
            onReview.set(now instanceof ReviewStepViewModel);
            problemsChanged();
        });
    }

    /**
     * Starts a consultation for the patient: the record read afresh and every step filled from it. A draft
     * of this patient's left unsaved is brought back rather than typed over: nothing typed is lost.
     */
    public void open(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        drafts.flush();
        Optional<ConsultationDraft> own = drafts.of(patient.id());
        if (own.isPresent()) {
            restore(new DraftOffer(patient, own.get(), clock.getZone()));
            return;
        }
        openFresh(patient);
    }

    private void openFresh(Patient patient) {
        drafts.flush();
        for (ConsultationStep s : steps) {
            s.changes().removeListener(stepChanged);
            s.problems().removeListener(problemsChanged);
        }
        OnRecord r = records.load(patient, LocalDate.now(clock));
        saveMessage.set("");
        pendingElsewhere.clear();
        assessmentProblems.clear();
        record.set(r);
        List<ConsultationStep> made = stepMaker.create(r, this, pendingElsewhereView);
        evaluate(made);
        steps.setAll(made);
        for (ConsultationStep s : made) {
            s.changes().addListener(stepChanged);
            s.problems().addListener(problemsChanged);
        }
        current.set(made.isEmpty() ? null : made.get(0));
        problemsChanged();
        // The offers of other patients' drafts stay current.
        refreshDrafts();
    }

    /** Opens the draft's patient with every field as it was typed, valid or not. */
    public boolean restore(DraftOffer offer) {
        Optional<Patient> patient = patients.findById(offer.draft().patientId());
        if (patient.isEmpty()) {
            return false;
        }
        openFresh(patient.get());
        for (ConsultationStep s : steps) {
            Map<String, String> fields = offer.draft().steps().get(stepKey(s));
            if (fields != null) {
                s.restore(fields);
            }
        }
        steps.stream().filter(ReviewStepViewModel.class::isInstance).map(ReviewStepViewModel.class::cast)
                .forEach(ReviewStepViewModel::settleRestored);
        draftOffers.remove(offer);
        drafts.restored(offer.lastTyped());
        return true;
    }

    /** Reads the drafts on file again, for the offer to restore them. */
    public void refreshDrafts() {
        List<DraftOffer> offers = new ArrayList<>();
        for (ConsultationDraft d : drafts.all()) {
            patients.findById(d.patientId()).ifPresent(p -> offers.add(new DraftOffer(p, d, clock.getZone())));
        }
        draftOffers.setAll(offers);
    }

    public void discardDraft(DraftOffer offer) {
        drafts.discard(offer.patient().id());
        draftOffers.remove(offer);
    }

    /** The consultation was saved: its draft is no longer needed. */
    public void saved() {
        OnRecord r = record.get();
        if (r != null) {
            drafts.discard(r.patient().id());
        }
    }

    /**
     * Saves the consultation as the review shows it, in one transaction, and closes it: its draft goes, and
     * {@link #savedProperty()} holds what was saved. Refused, with the reason, while the review blocks saving.
     */
    public Optional<SavedConsultation> save() {
        OnRecord r = record.get();
        Optional<ReviewStepViewModel> review = steps.stream().filter(ReviewStepViewModel.class::isInstance)
                .map(ReviewStepViewModel.class::cast).findFirst();
        if (r == null || review.isEmpty()) {
            return Optional.empty();
        }
        if (!pendingElsewhere.isEmpty()) {
            // Never a record whose report left out, or rested on, a value the clinician has not corrected.
            saveMessage.set("Not saved: correct first " + String.join("; ",
                    pendingElsewhere.stream().map(FieldProblem::field).toList()) + ".");
            return Optional.empty();
        }
        if (!review.get().canSave().get()) {
            saveMessage.set("Not saved: " + String.join("; ", review.get().saveBlockers()));
            return Optional.empty();
        }
        SavedConsultation done;
        try {
            done = saver.save(r, parts, assessment.get(), review.get().report(), review.get().responses());
        } catch (IllegalStateException | IllegalArgumentException | StoreException e) {
            saveMessage.set(e.getMessage().startsWith("Not saved") ? e.getMessage() : "Not saved: " + e.getMessage());
            return Optional.empty();
        }
        drafts.discard(r.patient().id());
        close();
        saveMessage.set("Consultation for " + r.patient().name() + " saved.");
        saved.set(done);
        return Optional.of(done);
    }

    /** Leaves the consultation: no patient, no steps; what was typed stays in its draft. */
    public void close() {
        drafts.flush();
        for (ConsultationStep s : steps) {
            s.changes().removeListener(stepChanged);
            s.problems().removeListener(problemsChanged);
        }
        steps.clear();
        current.set(null);
        pendingElsewhere.clear();
        assessmentProblems.clear();
        record.set(null);
        problemsChanged();
        refreshDrafts();
    }

    /** Writes the draft waiting to be kept now (the app is closing). */
    public void flushDraft() {
        drafts.flush();
    }

    private void stepChanged() {
        evaluate(steps);
        OnRecord r = record.get();
        if (r != null) {
            drafts.typed(r.patient().id(), this::draft);
            draftOffers.removeIf(o -> o.patient().id() == r.patient().id());
        }
    }

    private void evaluate(List<ConsultationStep> from) {
        OnRecord r = record.get();
        if (r == null) {
            return;
        }
        AssessmentParts built = new AssessmentParts(r.patient().info());
        from.forEach(s -> s.writeTo(built));
        Assessment a = built.build(LocalDateTime.now(clock));
        List<FieldProblem> problems = reader.problemsIn(a).stream().map(PlainWords::of).toList();
        if (!problems.equals(assessmentProblems)) {
            assessmentProblems.setAll(problems);
            problemsChanged();
        }
        Report evaluated = evaluator.evaluate(a, limits.get());
        parts = built;
        assessment.set(a);
        alertCount.set((int) evaluated.findings().stream().filter(f -> f.kind() == FindingKind.ALERT).count());
        report.set(evaluated);
    }

    private void problemsChanged() {
        List<FieldProblem> pending = new ArrayList<>();
        for (ConsultationStep s : steps) {
            if (!readsPending.test(s)) {
                pending.addAll(s.problems());
            }
        }
        pending.addAll(assessmentProblems);
        if (!pending.equals(pendingElsewhere)) {
            pendingElsewhere.setAll(pending);
        }
        ConsultationStep now = current.get();
        int at = steps.indexOf(now);
        nextDisabled.set(now == null || at == steps.size() - 1 || !now.problems().isEmpty());
        backDisabled.set(now == null || at <= 0);
    }

    /** Every step's fields as typed, by the step's id: what a draft keeps. */
    public Map<String, Map<String, String>> draft() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        steps.forEach(s -> out.put(stepKey(s), s.draft()));
        return out;
    }

    /** What a step's draft is kept under: its fixed id, not its title. */
    static String stepKey(ConsultationStep step) {
        return step.id();
    }

    public boolean next() {
        if (nextDisabled.get()) {
            return false;
        }
        current.set(steps.get(steps.indexOf(current.get()) + 1));
        return true;
    }

    public boolean back() {
        if (backDisabled.get()) {
            return false;
        }
        current.set(steps.get(steps.indexOf(current.get()) - 1));
        return true;
    }

    /** Goes straight to a step from the step list; problems in the step left stay marked there. */
    public void goTo(ConsultationStep step) {
        if (steps.contains(step)) {
            current.set(step);
        }
    }

    public ReadOnlyObjectProperty<OnRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    public ObservableList<ConsultationStep> steps() {
        return stepsView;
    }

    public ReadOnlyObjectProperty<ConsultationStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the current step has problems (or is the last); never for optional data left empty. */
    public ReadOnlyBooleanProperty nextDisabledProperty() {
        return nextDisabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backDisabledProperty() {
        return backDisabled.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Assessment> assessment() {
        return assessment.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Report> report() {
        return report.getReadOnlyProperty();
    }

    @Override
    public LabLimits limits() {
        return limits.get();
    }

    /** The assessment being built with the prescription beside it, as of the last change; null before open. */
    public AssessmentParts parts() {
        return parts;
    }

    public ReadOnlyIntegerProperty alertCountProperty() {
        return alertCount.getReadOnlyProperty();
    }

    /** What the assessment file format would refuse in the consultation as it stands, in the clinic's words. */
    public ObservableList<FieldProblem> assessmentProblems() {
        return assessmentProblemsView;
    }

    /** Every step's problems (but the review's) and the assessment's: what the findings leave out. */
    public ObservableList<FieldProblem> pendingProblems() {
        return pendingElsewhereView;
    }

    public ObservableList<DraftOffer> draftOffers() {
        return draftOffersView;
    }

    /** The consultation saved last; null until one is. */
    public ReadOnlyObjectProperty<SavedConsultation> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why saving was refused, or that it was saved; empty otherwise. */
    public ReadOnlyStringProperty saveMessage() {
        return saveMessage.getReadOnlyProperty();
    }

    /** True on the review, the step that saves. */
    public ReadOnlyBooleanProperty onReviewProperty() {
        return onReview.getReadOnlyProperty();
    }

    public DraftKeeper drafts() {
        return drafts;
    }
}
