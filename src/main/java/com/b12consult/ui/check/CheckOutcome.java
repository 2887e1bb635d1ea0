package com.b12consult.ui.check;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.DueState;
import com.b12consult.domain.Injection;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.CheckDocument;
import com.b12consult.store.DoseAlreadyGivenException;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.GivenDose;
import com.b12consult.store.StoreException;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * Recording what became of the dose: given (only when the decision allows it), held, refused or not given,
 * saved together with the check as it stands; and the handout of the check just saved. The save, and the reading
 * again of the record after it, run off the screen's thread; while they run the buttons wait (nothing is saved
 * twice) and the screen says the outcome is being recorded.
 */
final class CheckOutcome {
    private final CheckRecords records;
    private final DoseOutcomeRepository outcomes;
    private final Actor actor;
    private final Clock clock;
    private final PatientHandout handout;
    private final ObservableObjectValue<OnRecord> record;
    private final CheckEvaluation check;
    private final DoseDrawnUp dose;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper saving;
    /** Reads the due list and the patient's record again once an outcome is saved (called as the save starts). */
    private final Function<Patient, Callable<PreInjectionCheckViewModel.Reread>> readAgain;
    private final AssessmentWriter writer = new AssessmentWriter();

    private final StringProperty overrideReason = new SimpleStringProperty(this, "overrideReason", "");
    private final ReadOnlyStringWrapper overrideMessage = new ReadOnlyStringWrapper(this, "overrideMessage", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyStringWrapper reasonMessage = new ReadOnlyStringWrapper(this, "reasonMessage", "");
    private final ReadOnlyStringWrapper outcomeMessage = new ReadOnlyStringWrapper(this, "outcomeMessage", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyObjectWrapper<SavedAssessment> savedCheck = new ReadOnlyObjectWrapper<>(this, "savedCheck");
    private final BooleanBinding handoutReady = savedCheck.isNotNull();

    CheckOutcome(CheckRecords records, DoseOutcomeRepository outcomes, Actor actor, Clock clock, PatientHandout handout,
                 ObservableObjectValue<OnRecord> record, CheckEvaluation check, DoseDrawnUp dose, TaskRunner tasks,
                 ReadOnlyBooleanWrapper saving,
                 Function<Patient, Callable<PreInjectionCheckViewModel.Reread>> readAgain) {
        this.records = records;
        this.outcomes = outcomes;
        this.actor = actor;
        this.clock = clock;
        this.handout = handout;
        this.record = record;
        this.check = check;
        this.dose = dose;
        this.tasks = tasks;
        this.saving = saving;
        this.readAgain = readAgain;
        overrideReason.addListener(x -> overrideMessage.set(""));
        reason.addListener(x -> reasonMessage.set(""));
    }

    /** Nothing typed, nothing recorded: a patient opened afresh. */
    void reset() {
        overrideReason.set("");
        reason.set("");
        outcomeMessage.set("");
        failure.set("");
        savedCheck.set(null);
    }

    boolean recordGiven() {
        OnRecord r = record.get();
        if (saving.get() || r == null || r.prescription().isEmpty() || check.reportProperty().get() == null) {
            return false;
        }
        DecisionStatus status = check.decision();
        if (status == DecisionStatus.URGENT) {
            outcomeMessage.set("");
            failure.set("URGENT: this dose must not be given. Record it as held.");
            return false;
        }
        if (r.standing().isPresent()) {
            // a standing decision is the prescriber's to lift, not an override for the check to write
            outcomeMessage.set("");
            failure.set(StandingCheck.describe(r.standing().get(), clock.getZone())
                    + ". Record the prescriber's review before giving this dose.");
            return false;
        }
        if (!check.questionsAskedProperty().get()) {
            outcomeMessage.set("");
            failure.set("Not recorded: the check is not done. " + DecisionBanner.ASK_QUESTIONS);
            return false;
        }
        dose.timeToRecord(); // an untouched time becomes the time of recording, before the fields are checked
        boolean ready = dose.readyToGive();
        List<String> toFix = new ArrayList<>(ready ? List.of() : dose.fieldsToFix());
        if (status == DecisionStatus.HOLD && overrideReason.get().isBlank()) {
            overrideMessage.set("The decision is HOLD. To give the dose anyway, write why the prescriber's"
                    + " review is not needed; it goes to the audit log.");
            toFix.add("reason to give it despite the HOLD");
            ready = false;
        }
        if (!ready) {
            outcomeMessage.set("");
            failure.set(notRecorded(toFix));
            return false;
        }
        Prescription p = r.prescription().get();
        LocalDateTime at = dose.givenAtTime().orElseThrow();

        Injection injection = new Injection(at, dose.productProperty().get(), dose.doseMicrograms().orElseThrow(),
                dose.siteProperty().get(), List.of());
        GivenDose given = new GivenDose(injection, dose.lotNumberProperty().get(), dose.expiryDate().orElseThrow(),
                dose.givenByProperty().get());
        // read here, on the screen's thread: the save itself runs on another
        String override = status == DecisionStatus.HOLD ? overrideReason.get() : "";
        CheckDocument document = document();
        LocalDate dueOn = dueOn(r);
        return save(() -> outcomes.recordGiven(r.patient().id(), p.id(), dueOn, given, status, override, document,
                actor), "Given");
    }

    /**
     * Why Given or Held did nothing, naming the fields: the buttons sit at the foot of the screen, and the fields
     * marked may be scrolled out of sight above them.
     */
    static String notRecorded(List<String> fields) {
        if (fields.isEmpty()) {
            return "Not recorded: see the fields marked in red.";
        }
        String named = fields.size() == 1 ? fields.get(0)
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
        return "Not recorded: fill in or correct the " + named + ", marked in red.";
    }

    boolean recordNotGiven(DoseOutcomeKind kind) {
        OnRecord r = record.get();
        Report report = check.reportProperty().get();
        if (saving.get() || r == null || r.prescription().isEmpty() || report == null) {
            return false;
        }
        String why = reason.get().strip();
        DecisionStatus status = check.decision();
        if (why.isEmpty() && kind == DoseOutcomeKind.HELD
                && (status == DecisionStatus.HOLD || status == DecisionStatus.URGENT)) {
            why = status.label() + ": " + String.join("; ", report.decision().reasons());
        }
        if (why.isEmpty() && kind != DoseOutcomeKind.REFUSED) {
            reasonMessage.set("Write why the dose is " + (kind == DoseOutcomeKind.HELD ? "held." : "not given."));
            outcomeMessage.set("");
            failure.set(notRecorded(List.of("reason (held, refused, not given)")));
            return false;
        }
        String finalWhy = why;
        String word = switch (kind) {
            case HELD -> "Held";
            case REFUSED -> "Refused by the patient";
            default -> "Not given";
        };
        CheckDocument document = document();
        LocalDate dueOn = dueOn(r);
        long prescription = r.prescription().get().id();
        return save(() -> outcomes.recordNotGiven(r.patient().id(), prescription, dueOn, kind, status, finalWhy,
                document, actor), word);
    }

    /** What a save brought back: the outcome, the check saved with it, and the record read again. */
    private record Saved(DoseOutcome outcome, SavedAssessment check, PreInjectionCheckViewModel.Reread reread) {
    }

    /**
     * Saves off the screen's thread. True when recorded, or (with a background that answers later) when the save is
     * under way, its outcome said by {@link #outcomeMessage} or {@link #failure}; false when it failed at once.
     */
    private boolean save(Callable<DoseOutcome> work, String word) {
        Patient patient = record.get().patient();
        Callable<PreInjectionCheckViewModel.Reread> again = readAgain.apply(patient);
        saving.set(true);
        failure.set("");
        outcomeMessage.set("Recording " + word.toLowerCase(java.util.Locale.ROOT) + "...");
        // {done, recorded}: known at once when the background ran the save on this thread
        boolean[] result = {false, true};
        tasks.run(() -> {
            DoseOutcome saved = work.call();
            SavedAssessment savedWith;
            try {
                savedWith = records.savedCheck(saved.assessmentId()).orElse(null);
            } catch (StoreException e) {
                savedWith = null; // recorded all the same; only its handout waits for the patient to be opened again
            }
            return new Saved(saved, savedWith, again.call());
        }, done -> {
            saving.set(false);
            done.reread().show().run();
            savedCheck.set(done.check());
            String next = done.reread().due().map(DueDose::describe).map(d -> " " + d + ".").orElse("");
            outcomeMessage.set(word + " recorded for the dose due " + done.outcome().dueOn() + "." + next);
            result[0] = true;
        }, failed -> {
            saving.set(false);
            outcomeMessage.set("");
            if (failed instanceof DoseAlreadyGivenException e) {
                // another room recorded it first (or this one a moment ago): the dose drawn up stays as typed
                failure.set(alreadyGiven(e));
            } else if (failed instanceof StoreException || failed instanceof IllegalArgumentException) {
                failure.set(SaveFailures.say("Not recorded: ", (RuntimeException) failed));
            } else {
                failure.set("Not recorded: " + failed);
            }
            result[0] = true;
            result[1] = false;
        });
        return !result[0] || result[1];
    }

    /** Who recorded the dose, and when by this workstation's clock. */
    private String alreadyGiven(DoseAlreadyGivenException e) {
        return "Not recorded: the dose due " + TypedDates.format(e.dueOn()) + " is already recorded as given"
                + (e.givenBy().isBlank() ? "" : " by " + e.givenBy())
                + e.recordedAt().map(t -> " at " + TypedDates.format(t, clock.getZone())).orElse("")
                + ". Nothing was saved; what you typed is kept. A dose is given once: open the patient again to see"
                + " the record before going on.";
    }

    boolean openHandout() {
        OnRecord r = record.get();
        SavedAssessment saved = savedCheck.get();
        if (r == null || saved == null) {
            return false;
        }
        handout.show(r.patient(), saved, r.due().filter(d -> d.state() == DueState.NOT_YET).map(DueDose::dueOn));
        return true;
    }

    private CheckDocument document() {
        Report report = check.reportProperty().get();
        return new CheckDocument(writer.toJson(check.assessment()), ReportJson.write(report), report.rulebook());
    }

    private LocalDate dueOn(OnRecord r) {
        return r.due().map(DueDose::dueOn).orElse(LocalDate.now(clock));
    }

    StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    ReadOnlyStringProperty overrideMessage() {
        return overrideMessage.getReadOnlyProperty();
    }

    StringProperty reasonProperty() {
        return reason;
    }

    ReadOnlyStringProperty reasonMessage() {
        return reasonMessage.getReadOnlyProperty();
    }

    ReadOnlyStringProperty outcomeMessage() {
        return outcomeMessage.getReadOnlyProperty();
    }

    ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    BooleanBinding handoutReady() {
        return handoutReady;
    }
}
