package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.store.ConsultationDraft;
import com.b12consult.store.PatientRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * A consultation: the patient's record read once, the wizard's pages filled from it (its steps, then the
 * review), where the clinician is among them ({@link ConsultationWizard}), and the assessment and its report
 * built again from every page on every change ({@link LiveAssessment}). What is typed is kept as a draft until
 * the consultation is saved.
 */
public final class ConsultationViewModel implements LiveConsultation {
    private final CheckRecords records;
    private final PatientRepository patients;
    private final ConsultationSteps stepMaker;
    private final DraftKeeper drafts;
    private final Clock clock;
    private final LiveAssessment live;
    private final ConsultationWizard wizard;
    private final DraftOffers draftOffers;
    private final ConsultationSaving saving;

    private final ReadOnlyObjectWrapper<OnRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final InvalidationListener stepChanged = x -> {
        // A step may signal with a property, whose invalidation fires again only once its value is read.
        if (x instanceof ObservableValue<?> value) {
            value.getValue();
        }
        stepChanged();
    };

    public ConsultationViewModel(CheckRecords records, PatientRepository patients, AssessmentEvaluator evaluator,
                                 Supplier<LabLimits> limits, ConsultationSteps steps, DraftKeeper drafts,
                                 ConsultationSaver saver, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.stepMaker = Objects.requireNonNull(steps, "steps");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.live = new LiveAssessment(evaluator, limits, clock);
        this.wizard = new ConsultationWizard(live.problems());
        this.draftOffers = new DraftOffers(this.drafts, this.patients, clock.getZone());
        this.saving = new ConsultationSaving(saver);
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
        unfollowPages();
        wizard.clear();
        OnRecord r = records.load(patient, LocalDate.now(clock));
        saving.clearMessage();
        live.clearProblems();
        record.set(r);
        ConsultationPages made = stepMaker.create(r, live, wizard.pendingProblems());
        live.evaluate(r, made.inOrder());
        wizard.show(made);
        made.inOrder().forEach(s -> s.changes().addListener(stepChanged));
        // The offers of other patients' drafts stay current.
        refreshDrafts();
    }

    private void unfollowPages() {
        wizard.pages().forEach(s -> s.changes().removeListener(stepChanged));
    }

    /** Opens the draft's patient with every field as it was typed, valid or not. */
    public boolean restore(DraftOffer offer) {
        Optional<Patient> patient = patients.findById(offer.draft().patientId());
        if (patient.isEmpty()) {
            return false;
        }
        openFresh(patient.get());
        for (ConsultationStep s : wizard.pages()) {
            Map<String, String> fields = offer.draft().steps().get(stepKey(s));
            if (fields != null) {
                s.restore(fields);
            }
        }
        wizard.reviewProperty().get().settleRestored();
        draftOffers.taken(offer);
        drafts.restored(offer.lastTyped());
        return true;
    }

    /** Reads the drafts on file again, for the offer to restore them. */
    public void refreshDrafts() {
        draftOffers.refresh();
    }

    public void discardDraft(DraftOffer offer) {
        draftOffers.discard(offer);
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
     * {@link #savedProperty()} holds what was saved. Refused, with the reason, unless {@link #canSaveProperty()}.
     */
    public Optional<SavedConsultation> save() {
        OnRecord r = record.get();
        Optional<SavedConsultation> done = r == null ? Optional.empty() : saving.attempt(r, live, wizard);
        done.ifPresent(d -> {
            drafts.discard(r.patient().id());
            close();
            saving.announce(r, d);
        });
        return done;
    }

    /** Leaves the consultation: no patient, no steps; what was typed stays in its draft. */
    public void close() {
        drafts.flush();
        unfollowPages();
        wizard.clear();
        live.clearProblems();
        record.set(null);
        refreshDrafts();
    }

    /** Writes the draft waiting to be kept now (the app is closing). */
    public void flushDraft() {
        drafts.flush();
    }

    private void stepChanged() {
        OnRecord r = record.get();
        if (r == null) {
            return;
        }
        live.evaluate(r, wizard.pages());
        drafts.typed(r.patient().id(), this::draft);
        draftOffers.typedFor(r.patient().id());
    }

    /** Every step's fields as typed, by the step's id: what a draft keeps. */
    public Map<String, Map<String, String>> draft() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        wizard.pages().forEach(s -> out.put(stepKey(s), s.draft()));
        return out;
    }

    /** What a step's draft is kept under: its fixed id, not its title. */
    static String stepKey(ConsultationStep step) {
        return step.id();
    }

    public boolean next() {
        return wizard.next();
    }

    public boolean back() {
        return wizard.back();
    }

    /** Goes straight to a step from the step list; problems in the step left stay marked there. */
    public void goTo(ConsultationStep step) {
        wizard.goTo(step);
    }

    public ReadOnlyObjectProperty<OnRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** The wizard's pages in order: the steps, and last the review. */
    public ObservableList<ConsultationStep> steps() {
        return wizard.pages();
    }

    public ReadOnlyObjectProperty<ConsultationStep> currentProperty() {
        return wizard.currentProperty();
    }

    /** True while the page shown has nothing to correct (or none is shown). */
    public ReadOnlyBooleanProperty currentValidProperty() {
        return wizard.pageValidProperty();
    }

    /** True while the current page is valid and not the last; never held back by optional data left empty. */
    public ReadOnlyBooleanProperty canGoNextProperty() {
        return wizard.canGoNextProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return wizard.canGoBackProperty();
    }

    /** True while every page is valid, the assessment is sound and every alert is answered. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return wizard.canSaveProperty();
    }

    /** True on the last page, the review, which saves. */
    public ReadOnlyBooleanProperty onReviewProperty() {
        return wizard.onLastPageProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Assessment> assessment() {
        return live.assessment();
    }

    @Override
    public ReadOnlyObjectProperty<Report> report() {
        return live.report();
    }

    @Override
    public LabLimits limits() {
        return live.limits();
    }

    /** The assessment being built with the prescription beside it, as of the last change; null before open. */
    public AssessmentParts parts() {
        return live.parts();
    }

    public ReadOnlyIntegerProperty alertCountProperty() {
        return live.alertCountProperty();
    }

    /** What the assessment file format would refuse in the consultation as it stands, in the clinic's words. */
    public ObservableList<FieldProblem> assessmentProblems() {
        return live.problems();
    }

    /** Every step's problems (but the review's) and the assessment's: what the findings leave out. */
    public ObservableList<FieldProblem> pendingProblems() {
        return wizard.pendingProblems();
    }

    public ObservableList<DraftOffer> draftOffers() {
        return draftOffers.list();
    }

    /** The consultation saved last; null until one is. */
    public ReadOnlyObjectProperty<SavedConsultation> savedProperty() {
        return saving.savedProperty();
    }

    /** Why saving was refused, or that it was saved; empty otherwise. */
    public ReadOnlyStringProperty saveMessage() {
        return saving.message();
    }

    public DraftKeeper drafts() {
        return drafts;
    }
}
