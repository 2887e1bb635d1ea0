package com.b12consult.ui.check;

import com.b12consult.domain.Actor;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * After the dose: a reaction or a headache the patient reports later (on a follow-up call, say), recorded
 * against the dose it followed, so the next check sees it; and an outcome recorded by mistake, corrected.
 */
public final class FollowUpViewModel {
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

    public FollowUpViewModel(DoseOutcomeRepository outcomes, HeadacheRepository headaches, Actor actor, Clock clock) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.headaches = Objects.requireNonNull(headaches, "headaches");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.correction = new DoseCorrectionViewModel(outcomes, actor);
        for (SymptomCode c : TodayQuestion.REACTIONS.signs()) {
            reactions.put(c, new SimpleBooleanProperty(this, c.code(), false));
        }
    }

    /** Saves the ticked reactions against the chosen dose. */
    public boolean recordReactions() {
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
        try {
            outcomes.recordLaterReactions(dose.get().id(), ticked, actor);
        } catch (StoreException | IllegalArgumentException e) {
            return fail(SaveFailures.say("Not recorded: ", e));
        }
        reactions.values().forEach(p -> p.set(false));
        return done("Reactions recorded against the dose of " + dose.get().injection().givenAt().toLocalDate() + ".");
    }

    /** Saves a headache that began after the chosen dose, and not in the future. */
    public boolean recordHeadache() {
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
        try {
            headaches.record(dose.get().patientId(), new HeadacheEntry(onset, severity, headacheType.get(), List.of()),
                    actor);
        } catch (StoreException | IllegalArgumentException e) {
            return fail(SaveFailures.say("Not recorded: ", e));
        }
        headacheOnset.set("");
        headacheSeverity.set("");
        return done("Headache recorded after the dose of " + dose.get().injection().givenAt().toLocalDate() + ".");
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
}
