package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * After the dose: a reaction or a headache the patient reports later (on a follow-up call, say), recorded
 * against the dose it followed, so the next check sees it; and an outcome recorded by mistake, corrected.
 *
 * <p>Each is saved off the screen's thread, with the record read again in the same background work: meanwhile
 * {@link #saving()} is true and the buttons wait. What was ticked or typed is cleared only once it is recorded, and
 * only what was sent: a tick given meanwhile stays. An answer for a patient no longer in the check changes nothing.
 */
public final class FollowUpViewModel {
    private final PreInjectionCheckViewModel check;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final DoseOutcomeRepository outcomes;
    private final HeadacheRepository headaches;
    private final Actor actor;
    private final Clock clock;
    private final ObjectProperty<RecordedInjection> dose = new SimpleObjectProperty<>(this, "dose");
    private final Map<SymptomCode, BooleanProperty> reactions = new EnumMap<>(SymptomCode.class);
    private final StringProperty headacheOnset = new SimpleStringProperty(this, "headacheOnset", "");
    private final StringProperty headacheSeverity = new SimpleStringProperty(this, "headacheSeverity", "");
    private final ObjectProperty<HeadacheType> headacheType =
            new SimpleObjectProperty<>(this, "headacheType", HeadacheType.UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final DoseCorrectionViewModel correction;

    /**
     * @param check the check whose open patient's doses these follow, and whose record is read again once saved
     * @param tasks runs the saves off the screen's thread and hands their answers back on it
     */
    public FollowUpViewModel(PreInjectionCheckViewModel check, DoseOutcomeRepository outcomes,
                             HeadacheRepository headaches, Actor actor, Clock clock, TaskRunner tasks) {
        this.check = Objects.requireNonNull(check, "check");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.headaches = Objects.requireNonNull(headaches, "headaches");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.correction = new DoseCorrectionViewModel(check, outcomes, actor, tasks);
        for (SymptomCode c : TodayQuestion.REACTIONS.signs()) {
            reactions.put(c, new SimpleBooleanProperty(this, c.code(), false));
        }
    }

    /**
     * Saves the ticked reactions against the chosen dose, off the screen's thread. True when recorded, or (with a
     * background that answers later) when under way; false when refused or failed at once, the message saying why.
     */
    public boolean recordReactions() {
        if (saving.get()) {
            return false;
        }
        List<SymptomCode> ticked = new ArrayList<>();
        reactions.forEach((c, p) -> {
            if (p.get()) {
                ticked.add(c);
            }
        });
        if (dose.get() == null) {
            return fail("Choose the dose the reaction followed.");
        }
        if (ticked.isEmpty()) {
            return fail("Tick the reactions the patient reports.");
        }
        RecordedInjection after = dose.get();
        String day = after.injection().givenAt().toLocalDate().toString();
        return save(after, "the reactions", () -> {
            outcomes.recordLaterReactions(after.id(), ticked, actor);
            return null;
        }, () -> {
            // what was sent is recorded: its ticks go; one given meanwhile stays, to be recorded next
            ticked.forEach(c -> reactions.get(c).set(false));
            done("Reactions recorded against the dose of " + day + ".");
        }, "Not recorded: the reactions after the dose of " + day + ": ");
    }

    /** Saves off the screen's thread for the open patient, then reads the record again; false when refused at once. */
    private boolean save(RecordedInjection after, String what, Callable<Void> work, Runnable onSaved, String notSaved) {
        OnRecord r = check.recordProperty().get();
        if (r == null || r.patient().id() != after.patientId()) {
            return fail("Choose the dose " + what + " followed.");
        }
        failure.set("");
        message.set("");
        return CheckFormSave.run(check, tasks, saving, r.patient(), work, x -> onSaved.run(),
                failed -> fail(SaveFailures.say(notSaved, failed)));
    }

    /** Saves a headache that began after the chosen dose, and not in the future. */
    public boolean recordHeadache() {
        if (saving.get()) {
            return false;
        }
        if (dose.get() == null) {
            return fail("Choose the dose the headache followed.");
        }
        TypedDates.Reading<LocalDateTime> typed = TypedDates.moment(headacheOnset.get());
        if (typed.value().isEmpty()) {
            return fail("Headache onset: " + typed.problem().orElse("") + ".");
        }
        LocalDateTime onset = typed.value().get();
        if (!onset.isAfter(dose.get().injection().givenAt())) {
            return fail("Headache onset: it must be after the dose it followed ("
                    + TypedDates.format(dose.get().injection().givenAt()) + ").");
        }
        if (onset.isAfter(LocalDateTime.now(clock))) {
            return fail("Headache onset: the time is in the future.");
        }
        int severity;
        try {
            severity = Integer.parseInt(headacheSeverity.get().strip());
        } catch (NumberFormatException e) {
            severity = -1;
        }
        if (severity < 0 || severity > 10) {
            return fail("Headache severity: a whole number from 0 (none) to 10 (worst imaginable).");
        }
        RecordedInjection after = dose.get();
        HeadacheEntry entry = new HeadacheEntry(onset, severity, headacheType.get(), List.of());
        String day = after.injection().givenAt().toLocalDate().toString();
        String typedOnset = headacheOnset.get();
        String typedSeverity = headacheSeverity.get();
        return save(after, "the headache", () -> {
            headaches.record(after.patientId(), entry, actor);
            return null;
        }, () -> {
            // cleared only when it is what was sent: a headache typed meanwhile stays
            if (headacheOnset.get().equals(typedOnset) && headacheSeverity.get().equals(typedSeverity)) {
                headacheOnset.set("");
                headacheSeverity.set("");
            }
            done("Headache recorded after the dose of " + day + ".");
        }, "Not recorded: the headache after the dose of " + day + ": ");
    }

    private boolean fail(String text) {
        message.set("");
        failure.set(text);
        return false;
    }

    private boolean done(String text) {
        failure.set("");
        message.set(text);
        return true;
    }

    public ObjectProperty<RecordedInjection> doseProperty() {
        return dose;
    }

    public BooleanProperty reactionProperty(SymptomCode code) {
        return reactions.get(code);
    }

    public StringProperty headacheOnsetProperty() {
        return headacheOnset;
    }

    public StringProperty headacheSeverityProperty() {
        return headacheSeverity;
    }

    public ObjectProperty<HeadacheType> headacheTypeProperty() {
        return headacheType;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Marking a dose outcome entered in error. */
    public DoseCorrectionViewModel correction() {
        return correction;
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    /** True while reactions or a headache are being saved: both buttons wait. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }
}
