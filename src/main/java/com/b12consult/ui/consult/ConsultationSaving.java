package com.b12consult.ui.consult;

import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saving the consultation as the review shows it, in one transaction, only while the wizard allows it; and
 * what the clinician is told: why it was refused, or that it was saved.
 */
final class ConsultationSaving {
    private final ConsultationSaver saver;
    private final ReadOnlyObjectWrapper<SavedConsultation> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "saveMessage", "");

    ConsultationSaving(ConsultationSaver saver) {
        this.saver = Objects.requireNonNull(saver, "saver");
    }

    /** Saves what the pages hold; empty, with the reason in {@link #message()}, when it may not or could not. */
    Optional<SavedConsultation> attempt(OnRecord record, LiveAssessment live, ConsultationWizard wizard) {
        ReviewStepViewModel review = wizard.reviewProperty().get();
        if (review == null) {
            return Optional.empty();
        }
        if (!wizard.canSaveProperty().get()) {
            message.set(refusal(wizard, review));
            return Optional.empty();
        }
        try {
            return Optional.of(saver.save(record, live.parts(), live.assessment().get(), review.report(),
                    review.responses()));
        } catch (IllegalStateException | IllegalArgumentException | StoreException e) {
            message.set(e.getMessage().startsWith("Not saved") ? e.getMessage() : SaveFailures.say("Not saved: ", e));
            return Optional.empty();
        }
    }

    /** Why saving is refused: the values to correct first, else the alerts the review has not answered. */
    private static String refusal(ConsultationWizard wizard, ReviewStepViewModel review) {
        if (!wizard.pendingProblems().isEmpty()) {
            // Never a record whose report left out, or rested on, a value the clinician has not corrected.
            return "Not saved: correct first " + String.join("; ",
                    wizard.pendingProblems().stream().map(FieldProblem::field).toList()) + ".";
        }
        List<String> why = review.saveBlockers().isEmpty()
                ? review.problems().stream().map(FieldProblem::message).toList() : review.saveBlockers();
        return "Not saved: " + String.join("; ", why);
    }

    /** The consultation was saved and closed: says so, and holds what was saved. */
    void announce(OnRecord record, SavedConsultation done) {
        message.set("Consultation for " + record.patient().name() + " saved.");
        saved.set(done);
    }

    /** A consultation is opened: nothing refused or saved in it yet. */
    void clearMessage() {
        message.set("");
    }

    ReadOnlyObjectProperty<SavedConsultation> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
