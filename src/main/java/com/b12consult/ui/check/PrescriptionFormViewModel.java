package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.ui.form.PrescriptionForm;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Records a prescription for a patient who has none, so the check has a dose to check against. It starts from
 * the usual order (hydroxocobalamin 1000 micrograms, every 2 days for 14 days, then every 90 days, from today);
 * the fields say what is wrong once Save is pressed.
 *
 * <p>It is saved for the patient open in the check, off the screen's thread, and the record is read again in the same
 * background work: meanwhile {@link #saving()} is true and Save waits, so the order is never saved twice.
 */
public final class PrescriptionFormViewModel extends PrescriptionForm {
    private final PreInjectionCheckViewModel check;
    private final PrescriptionRepository prescriptions;
    private final Actor actor;
    private final TaskRunner tasks;
    private final Clock clock;
    /** The patient the fields were last filled in for; another patient's check starts them afresh. */
    private long filledFor = -1;
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    /**
     * @param check the check whose open patient the prescription is for, and whose record is read again once saved
     * @param tasks runs the save off the screen's thread and hands its answer back on it
     */
    public PrescriptionFormViewModel(PreInjectionCheckViewModel check, PrescriptionRepository prescriptions,
                                     Actor actor, Clock clock, TaskRunner tasks) {
        this.check = Objects.requireNonNull(check, "check");
        this.prescriptions = Objects.requireNonNull(prescriptions, "prescriptions");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
        startAfresh();
        // An order typed for one patient and not saved must never stand in the form of the next one opened, where
        // Save would record it for them.
        check.recordProperty().addListener((obs, was, now) -> {
            long id = now == null ? -1 : now.patient().id();
            if (id != filledFor) {
                filledFor = id;
                startAfresh();
            }
        });
    }

    /** The usual order, from today, with no message shown. */
    private void startAfresh() {
        productProperty().set(Product.HYDROXOCOBALAMIN);
        doseProperty().set("1000");
        loadingEveryProperty().set("2");
        loadingForProperty().set("14");
        maintenanceEveryProperty().set("90");
        startDateProperty().set(LocalDate.now(clock).toString());
        showMessagesProperty().set(false);
        failure.set("");
    }

    /**
     * Saves the prescription for the patient open in the check, off the screen's thread; on bad input, each field
     * says what is wrong and nothing is lost. Returns the prescription when it was saved by the time this returns (a
     * runner that works at once); otherwise empty: refused (the messages say why, the fields keep what was typed),
     * or under way ({@link #saving()}).
     */
    public Optional<Prescription> save() {
        OnRecord r = check.recordProperty().get();
        if (saving.get() || r == null) {
            return Optional.empty();
        }
        Patient patient = r.patient();
        showMessagesProperty().set(true);
        Optional<Prescription> typed = typed(patient.id());
        if (typed.isEmpty()) {
            failure.set("Not saved: see the fields marked above.");
            return Optional.empty();
        }
        failure.set("");
        Prescription[] done = {null};
        CheckFormSave.run(check, tasks, saving, patient, () -> prescriptions.add(typed.get(), actor), saved -> {
            failure.set("");
            done[0] = saved;
        }, failed -> failure.set(SaveFailures.say("Not saved: the prescription for " + patient.name() + ": ",
                failed)));
        return Optional.ofNullable(done[0]);
    }

    /** True while the prescription is being saved: Save waits, and says so. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }
}
