package com.b12consult.ui.consult;

import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saving the consultation as the review shows it, in one transaction, only while the wizard allows it; and
 * what the clinician is told: why it was refused, that it is being saved, or that it was saved. The pages are read
 * on the screen's thread; the save itself runs in the background, and while it runs {@link #savingProperty()}
 * holds (nothing is saved twice). A save that fails leaves the consultation open as typed and says why.
 */
final class ConsultationSaving {
    private final ConsultationSaver saver;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<SavedConsultation> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    ConsultationSaving(ConsultationSaver saver, TaskRunner tasks) {
        this.saver = Objects.requireNonNull(saver, "saver");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Saves what the pages hold, in the background; {@code onSaved} gets what was saved, on the screen's thread.
     * False, with the reason in {@link #message()}, when it may not be saved (or a save is under way already);
     * true once the save is handed over (its failure, if it fails, then said in {@link #message()}).
     */
    boolean attempt(OnRecord record, LiveAssessment live, ConsultationWizard wizard,
                    Consumer<SavedConsultation> onSaved) {
        ReviewStepViewModel review = wizard.reviewProperty().get();
        if (review == null || saving.get()) {
            return false;
        }
        if (!wizard.canSaveProperty().get()) {
            message.set(refusal(wizard, review));
            return false;
        }
        // read here, on the screen's thread: the save itself runs on another
        var parts = live.parts();
        var assessment = live.assessment().get();
        var report = review.report();
        var responses = review.responses();
        saving.set(true);
        message.set("Saving the consultation for " + record.patient().name() + "...");
        tasks.run(() -> saver.save(record, parts, assessment, report, responses), done -> {
            saving.set(false);
            onSaved.accept(done);
        }, failed -> {
            saving.set(false);
            message.set(failure(failed));
        });
        return true;
    }

    /** Why the save failed, in the clinician's words; what was typed stays open. */
    private static String failure(Throwable e) {
        boolean said = e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof StoreException;
        return said && e.getMessage() != null && e.getMessage().startsWith("Not saved") ? e.getMessage()
                : SaveFailures.say("Not saved: ", e);
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

    /** True while a save is under way in the background. */
    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SavedConsultation> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
