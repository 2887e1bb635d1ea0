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
import com.b12consult.store.PatientRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * A consultation: the patient's record read once, the wizard's pages filled from it (its steps, then the
 * review), where the clinician is among them ({@link ConsultationWizard}), and the assessment and its report
 * built again from every page on every change ({@link LiveAssessment}). What is typed is kept as a draft until
 * the consultation is saved.
 *
 * <p>The store is never called on the screen's thread: the record (with the lab limits in Settings and the drafts
 * on file) is read, and the consultation saved, in the background; meanwhile {@link #openingProperty()} or
 * {@link #savingProperty()} says so, and only the newest open is shown (an older one coming back late is dropped).
 */
public final class ConsultationViewModel implements LiveConsultation {
    private final CheckRecords records;
    private final PatientRepository patients;
    /** The lab limits in Settings, read from the store: called off the screen's thread only. */
    private final Supplier<LabLimits> storedLimits;
    private final TaskRunner tasks;
    /** The lab limits as read with the open record, so evaluating a keystroke never reads the store. */
    private LabLimits limits = LabLimits.defaults();
    /** Opens asked for; a read coming back is shown only while it is the newest. */
    private long opens;
    /** Reads of the drafts on file asked for (an open reads them too); only the newest is offered. */
    private long offerReads;
    private final ReadOnlyObjectWrapper<Patient> opening = new ReadOnlyObjectWrapper<>(this, "opening");
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
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

    /**
     * @param limits the lab limits in Settings, read from the store: called off the screen's thread only
     * @param tasks  where the record is read and the consultation saved, away from the screen's thread
     */
    public ConsultationViewModel(CheckRecords records, PatientRepository patients, AssessmentEvaluator evaluator,
                                 Supplier<LabLimits> limits, ConsultationSteps steps, DraftKeeper drafts,
                                 ConsultationSaver saver, Clock clock, TaskRunner tasks) {
        this.records = Objects.requireNonNull(records, "records");
        this.patients = Objects.requireNonNull(patients, "patients");
        this.storedLimits = Objects.requireNonNull(limits, "limits");
        this.stepMaker = Objects.requireNonNull(steps, "steps");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.live = new LiveAssessment(evaluator, () -> this.limits, clock);
        this.wizard = new ConsultationWizard(live.problems());
        this.draftOffers = new DraftOffers(this.drafts, this.patients, clock.getZone());
        this.saving = new ConsultationSaving(saver, tasks);
    }

    /**
     * What an open read in the background: the patient's record, the lab limits it is weighed by, the draft to bring
     * back (if any), and the drafts on file to offer.
     */
    private record Opened(OnRecord record, LabLimits limits, Optional<DraftOffer> draft, List<DraftOffer> offers) {
    }

    /**
     * Starts a consultation for the patient: the record read afresh, in the background, and every step filled from
     * it. A draft of this patient's left unsaved is brought back rather than typed over: nothing typed is lost.
     * Until the record is read the screen shows what it showed, and {@link #openingProperty()} whose record it opens.
     */
    public void open(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        // what is waiting of the consultation open now is written first: the background keeps the order
        drafts.flush();
        LocalDate today = LocalDate.now(clock);
        read(patient, () -> {
            Optional<DraftOffer> own = drafts.of(patient.id())
                    .map(d -> new DraftOffer(patient, d, clock.getZone()));
            return Optional.of(new Opened(records.load(patient, today), storedLimits.get(), own, draftOffers.read()));
        });
    }

    /**
     * Opens the draft's patient with every field as it was typed, valid or not, once the record is read in the
     * background. False when no consultation is to be opened (a save is under way).
     */
    public boolean restore(DraftOffer offer) {
        Objects.requireNonNull(offer, "offer");
        drafts.flush();
        LocalDate today = LocalDate.now(clock);
        return read(offer.patient(), () -> patients.findById(offer.draft().patientId()).map(p ->
                new Opened(records.load(p, today), storedLimits.get(), Optional.of(offer), draftOffers.read())));
    }

    /** Reads in the background what {@code work} reads, and shows it if no newer open was asked for meanwhile. */
    private boolean read(Patient patient, Callable<Optional<Opened>> work) {
        if (saving.savingProperty().get()) {
            // the consultation being saved closes once saved; another opened over it now would be closed with it
            readProblem.set("The consultation open is being saved: open " + patient.name() + " again once it is.");
            return false;
        }
        long read = ++opens;
        long offersRead = ++offerReads;
        opening.set(patient);
        tasks.run(work, found -> {
            if (read != opens) {
                return;
            }
            opening.set(null);
            if (found.isEmpty()) {
                readProblem.set("The patient of this draft, " + patient.name() + " (" + patient.identifier()
                        + "), is no longer on file, so the draft cannot be restored.");
                return;
            }
            readProblem.set("");
            show(found.get(), offersRead == offerReads);
        }, failed -> {
            if (read == opens) {
                opening.set(null);
                readProblem.set(SaveFailures.say("The record of " + patient.name() + " could not be read: ", failed));
            }
        });
        return true;
    }

    /** Fills every step from the record read, and brings back the draft read with it. */
    private void show(Opened opened, boolean offersCurrent) {
        // anything typed in the consultation open meanwhile is kept before its steps go
        drafts.flush();
        unfollowPages();
        wizard.clear();
        OnRecord r = opened.record();
        limits = opened.limits();
        saving.clearMessage();
        live.clearProblems();
        record.set(r);
        ConsultationPages made = stepMaker.create(r, live, wizard.pendingProblems());
        live.evaluate(r, made.inOrder());
        wizard.show(made);
        made.inOrder().forEach(s -> s.changes().addListener(stepChanged));
        // The offers of other patients' drafts stay current.
        if (offersCurrent) {
            draftOffers.show(opened.offers(), r.patient().id());
        }
        opened.draft().ifPresent(this::restoreFields);
    }

    private void restoreFields(DraftOffer offer) {
        for (ConsultationStep s : wizard.pages()) {
            Map<String, String> fields = offer.draft().steps().get(stepKey(s));
            if (fields != null) {
                s.restore(fields);
            }
        }
        wizard.reviewProperty().get().settleRestored();
        draftOffers.taken(offer);
        drafts.restored(offer.lastTyped());
    }

    private void unfollowPages() {
        wizard.pages().forEach(s -> s.changes().removeListener(stepChanged));
    }

    /** Reads the drafts on file again, in the background, for the offer to restore them. */
    public void refreshDrafts() {
        refreshDrafts(() -> { });
    }

    /** Reads the drafts on file again, in the background; {@code then} runs once they are offered. */
    public void refreshDrafts(Runnable then) {
        long read = ++offerReads;
        tasks.run(draftOffers::read, found -> {
            if (read == offerReads) {
                OnRecord open = record.get();
                draftOffers.show(found, open == null ? -1 : open.patient().id());
                then.run();
            }
        }, failed -> {
            if (read == offerReads) {
                readProblem.set(SaveFailures.say("The drafts on file could not be read: ", failed));
            }
        });
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
     * Saves the consultation as the review shows it, in one transaction, in the background, and closes it once
     * saved: its draft goes, and {@link #savedProperty()} holds what was saved. Refused at once, with the reason,
     * unless {@link #canSaveProperty()} (false then). While the save runs {@link #savingProperty()} holds; a save
     * that fails leaves the consultation open as typed, with the reason in {@link #saveMessage()}.
     */
    public boolean save() {
        OnRecord r = record.get();
        if (r == null || opening.get() != null) {
            return false;
        }
        long open = opens;
        return saving.attempt(r, live, wizard, done -> {
            drafts.discard(r.patient().id());
            if (open == opens && record.get() == r) {
                close();
            }
            saving.announce(r, done);
        });
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

    /** The patient whose record is being read to open their consultation; null while none is. */
    public ReadOnlyObjectProperty<Patient> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** True while the consultation is being saved in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    /** Why a record or the drafts on file could not be read; empty otherwise. */
    public ReadOnlyStringProperty readProblem() {
        return readProblem.getReadOnlyProperty();
    }

    /** Why saving was refused, that it is under way, or that it was saved; empty otherwise. */
    public ReadOnlyStringProperty saveMessage() {
        return saving.message();
    }

    public DraftKeeper drafts() {
        return drafts;
    }
}
