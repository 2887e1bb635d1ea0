package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/** The prescriber's review of a standing HOLD or URGENT: who reviewed it, what was decided, and why. */
final class StandingReview {
    private final CheckRecords records;
    private final Actor actor;
    private final ObservableObjectValue<OnRecord> record;
    /** Reads the patient's record again once the review is recorded. */
    private final Consumer<Patient> reopen;

    private final StringProperty reviewer = new SimpleStringProperty(this, "reviewer", "");
    private final ObjectProperty<ReviewOutcome> reviewOutcome = new SimpleObjectProperty<>(this, "reviewOutcome");
    private final StringProperty reviewNote = new SimpleStringProperty(this, "reviewNote", "");
    private final ReadOnlyStringWrapper reviewMessage = new ReadOnlyStringWrapper(this, "reviewMessage", "");

    StandingReview(CheckRecords records, Actor actor, ObservableObjectValue<OnRecord> record, Consumer<Patient> reopen) {
        this.records = records;
        this.actor = actor;
        this.record = record;
        this.reopen = reopen;
    }

    /** No message from a review of another patient. */
    void reset() {
        reviewMessage.set("");
    }

    boolean recordReview() {
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
            reviewMessage.set(SaveFailures.say("Not recorded: ", e));
            return false;
        }
        String done = "Review by " + reviewer.get().strip() + " recorded: " + reviewOutcome.get().label() + ".";
        reviewer.set("");
        reviewNote.set("");
        reviewOutcome.set(null);
        reopen.accept(r.patient());
        reviewMessage.set(done);
        return true;
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
