package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The prescriber's review of a standing HOLD or URGENT: who reviewed it, what was decided, and why. Saved off the
 * screen's thread, the buttons waiting meanwhile; what was typed is cleared only once it is recorded.
 */
final class StandingReview {
    private final CheckRecords records;
    private final Actor actor;
    private final ObservableObjectValue<OnRecord> record;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper saving;
    /** Reads the patient's record again once the review is recorded (called as the save starts). */
    private final Function<Patient, Callable<PreInjectionCheckViewModel.Reread>> readAgain;

    private final StringProperty reviewer = new SimpleStringProperty(this, "reviewer", "");
    private final ObjectProperty<ReviewOutcome> reviewOutcome = new SimpleObjectProperty<>(this, "reviewOutcome");
    private final StringProperty reviewNote = new SimpleStringProperty(this, "reviewNote", "");
    private final ReadOnlyStringWrapper reviewMessage = new ReadOnlyStringWrapper(this, "reviewMessage", "");

    StandingReview(CheckRecords records, Actor actor, ObservableObjectValue<OnRecord> record, TaskRunner tasks,
                   ReadOnlyBooleanWrapper saving,
                   Function<Patient, Callable<PreInjectionCheckViewModel.Reread>> readAgain) {
        this.records = records;
        this.actor = actor;
        this.record = record;
        this.tasks = tasks;
        this.saving = saving;
        this.readAgain = readAgain;
    }

    /** No message from a review of another patient. */
    void reset() {
        reviewMessage.set("");
    }

    boolean recordReview() {
        OnRecord r = record.get();
        if (saving.get() || r == null || r.standing().isEmpty()) {
            return false;
        }
        if (reviewer.get().isBlank() || reviewNote.get().isBlank() || reviewOutcome.get() == null) {
            reviewMessage.set("Name the prescriber, choose what was decided, and write a note of the review.");
            return false;
        }
        String who = reviewer.get();
        ReviewOutcome decided = reviewOutcome.get();
        String note = reviewNote.get();
        long assessment = r.standing().get().assessmentId();
        Callable<PreInjectionCheckViewModel.Reread> again = readAgain.apply(r.patient());
        saving.set(true);
        reviewMessage.set("Recording the review...");
        // {done, recorded}: known at once when the background ran the save on this thread
        boolean[] result = {false, true};
        tasks.run(() -> {
            records.recordReview(r.patient().id(), assessment, who, decided, note, actor);
            return again.call();
        }, reread -> {
            saving.set(false);
            reviewer.set("");
            reviewNote.set("");
            reviewOutcome.set(null);
            reread.show().run();
            reviewMessage.set("Review by " + who.strip() + " recorded: " + decided.label() + ".");
            result[0] = true;
        }, failed -> {
            saving.set(false);
            reviewMessage.set(failed instanceof StoreException || failed instanceof IllegalArgumentException
                    ? SaveFailures.say("Not recorded: ", (RuntimeException) failed) : "Not recorded: " + failed);
            result[0] = true;
            result[1] = false;
        });
        return !result[0] || result[1];
    }

    StringProperty reviewerProperty() {
        return reviewer;
    }

    ObjectProperty<ReviewOutcome> reviewOutcomeProperty() {
        return reviewOutcome;
    }

    StringProperty reviewNoteProperty() {
        return reviewNote;
    }

    ReadOnlyStringProperty reviewMessage() {
        return reviewMessage.getReadOnlyProperty();
    }
}
