package com.b12consult.ui.check;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.form.PrescriptionForm;
import com.b12consult.ui.SaveFailures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Records a prescription for a patient who has none, so the check has a dose to check against. It starts from
 * the usual order (hydroxocobalamin 1000 micrograms, every 2 days for 14 days, then every 90 days, from today);
 * the fields say what is wrong once Save is pressed.
 */
public final class PrescriptionFormViewModel extends PrescriptionForm {
    private final PrescriptionRepository prescriptions;
    private final Actor actor;
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    public PrescriptionFormViewModel(PrescriptionRepository prescriptions, Actor actor, Clock clock) {
        this.prescriptions = Objects.requireNonNull(prescriptions, "prescriptions");
        this.actor = Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        productProperty().set(Product.HYDROXOCOBALAMIN);
        doseProperty().set("1000");
        loadingEveryProperty().set("2");
        loadingForProperty().set("14");
        maintenanceEveryProperty().set("90");
        startDateProperty().set(LocalDate.now(clock).toString());
    }

    /** Saves the prescription for the patient; on bad input, each field says what is wrong and nothing is lost. */
    public Optional<Prescription> save(Patient patient) {
        showMessagesProperty().set(true);
        Optional<Prescription> typed = typed(patient.id());
        if (typed.isEmpty()) {
            failure.set("Not saved: see the fields marked above.");
            return Optional.empty();
        }
        try {
            Prescription saved = prescriptions.add(typed.get(), actor);
            failure.set("");
            return Optional.of(saved);
        } catch (StoreException | IllegalArgumentException e) {
            failure.set(SaveFailures.say("Not saved: ", e));
            return Optional.empty();
        }
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }
}
