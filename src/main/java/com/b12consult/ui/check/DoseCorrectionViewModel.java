package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Typed;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * A dose outcome recorded by mistake (the wrong patient, a dose given that was not): marked entered in error
 * with a reason, as an administration record is corrected. The original stays visible with the correction
 * beside it; a dose given in error stops counting, so what truly happened can then be recorded.
 *
 * <p>Saved off the screen's thread, the record read again in the same background work: meanwhile {@link #saving()}
 * is true, and the correction can be neither saved again, nor cancelled, nor turned to another outcome.
 */
public final class DoseCorrectionViewModel {
    static final String REASON_REQUIRED = "Reason: say why this was entered in error, for example \"recorded for"
            + " the wrong patient\" or \"dose was not given: vial dropped\".";

    private final PreInjectionCheckViewModel check;
    private final DoseOutcomeRepository outcomes;
    private final Actor actor;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ObjectProperty<DoseOutcome> correcting = new SimpleObjectProperty<>(this, "correcting");
    /** Save pressed with no reason: the field says so until the reason or the outcome being corrected changes. */
    private final BooleanProperty saveAttempted = new SimpleBooleanProperty(this, "saveAttempted", false);
    private final Field<String> reason = Field.of("reason", "reason", Typed::words)
            .whenBlank(REASON_REQUIRED, saveAttempted);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    /**
     * @param check the check whose open patient's outcomes are corrected, and whose record is read again once saved
     * @param tasks runs the save off the screen's thread and hands its answer back on it
     */
    public DoseCorrectionViewModel(PreInjectionCheckViewModel check, DoseOutcomeRepository outcomes, Actor actor,
                                   TaskRunner tasks) {
        this.check = Objects.requireNonNull(check, "check");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        reason.textProperty().addListener((obs, was, now) -> saveAttempted.set(false));
        correcting.addListener((obs, was, now) -> {
            saveAttempted.set(false);
            failure.set("");
            if (now != null) {
                outcome.set("");
            }
        });
    }

    /** Starts correcting an outcome that still stands; the reason typed so far is kept. */
    public void start(DoseOutcome o) {
        if (o != null && o.stands() && !saving.get()) {
            correcting.set(o);
        }
    }

    /** Leaves the outcome as it is (the Cancel button waits while the correction is saved). */
    public void cancel() {
        correcting.set(null);
    }

    /**
     * Marks the outcome being corrected entered in error, off the screen's thread. Returns true when saved, or (with a
     * background that answers later) when under way; otherwise the message says why, and the reason typed stays.
     */
    public boolean save() {
        DoseOutcome o = correcting.get();
        OnRecord r = check.recordProperty().get();
        if (o == null || r == null || saving.get()) {
            return false;
        }
        saveAttempted.set(true);
        if (!reason.validProperty().get()) {
            return false;
        }
        if (actor.initials().isEmpty()) {
            failure.set("Not saved: a correction names who made it. Sign in with your initials first.");
            return false;
        }
        String why = reason.textProperty().get();
        failure.set("");
        outcome.set("");
        return CheckFormSave.run(check, tasks, saving, r.patient(), () -> {
            outcomes.markEnteredInError(o.id(), why, actor);
            return o;
        }, done -> {
            correcting.set(null);
            reason.textProperty().set("");
            outcome.set("The dose due " + o.dueOn() + " recorded as " + RecordSummary.kind(o)
                    + " is marked entered in error. It stays on record, crossed out, and no longer counts"
                    + (o.injectionId().isPresent() ? " as a dose: record what truly happened." : "."));
        }, failed -> failure.set(SaveFailures.say("Not saved: the correction of the dose due " + o.dueOn()
                + " recorded as " + RecordSummary.kind(o) + ": ", failed)));
    }

    /** True while the correction is being saved: Save and Cancel wait. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    /** The outcome being corrected; null when none is. */
    public ObjectProperty<DoseOutcome> correctingProperty() {
        return correcting;
    }

    public StringProperty reasonProperty() {
        return reason.textProperty();
    }

    public ReadOnlyStringProperty reasonMessage() {
        return reason.messageProperty();
    }

    /** After a correction is saved: what it did. */
    public ReadOnlyStringProperty outcome() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }
}
