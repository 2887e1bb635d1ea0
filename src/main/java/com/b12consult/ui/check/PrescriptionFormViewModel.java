package com.b12consult.ui.check;

import com.b12consult.domain.Actor;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.format.TypedNumbers;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StoreException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Records a prescription for a patient who has none, so the check has a dose to check against: product,
 * dose, an optional loading course ("every 2 days for 14 days"), the maintenance interval, the start date.
 */
public final class PrescriptionFormViewModel {
    private final PrescriptionRepository prescriptions;
    private final Actor actor;
    private final Clock clock;
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product", Product.HYDROXOCOBALAMIN);
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "1000");
    private final StringProperty loadingEvery = new SimpleStringProperty(this, "loadingEvery", "2");
    private final StringProperty loadingFor = new SimpleStringProperty(this, "loadingFor", "14");
    private final StringProperty maintenanceEvery = new SimpleStringProperty(this, "maintenanceEvery", "90");
    private final StringProperty startDate = new SimpleStringProperty(this, "startDate", "");
    private final ReadOnlyStringWrapper doseMessage = new ReadOnlyStringWrapper(this, "doseMessage", "");
    private final ReadOnlyStringWrapper loadingMessage = new ReadOnlyStringWrapper(this, "loadingMessage", "");
    private final ReadOnlyStringWrapper maintenanceMessage = new ReadOnlyStringWrapper(this, "maintenanceMessage", "");
    private final ReadOnlyStringWrapper startMessage = new ReadOnlyStringWrapper(this, "startMessage", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    public PrescriptionFormViewModel(PrescriptionRepository prescriptions, Actor actor, Clock clock) {
        this.prescriptions = Objects.requireNonNull(prescriptions, "prescriptions");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        startDate.set(LocalDate.now(clock).toString());
    }

    /** Saves the prescription for the patient; on bad input, each field says what is wrong and nothing is lost. */
    public Optional<Prescription> save(Patient patient) {
        Optional<Double> micrograms = positive(dose.get());
        doseMessage.set(micrograms.isEmpty() ? "Type the dose in micrograms, for example 1000." : "");
        Optional<Integer> every = whole(loadingEvery.get());
        Optional<Integer> lasting = whole(loadingFor.get());
        boolean noLoading = loadingEvery.get().isBlank() && loadingFor.get().isBlank();
        loadingMessage.set(noLoading || (every.isPresent() && lasting.isPresent()) ? ""
                : "Type the loading course as whole days (every 2 days for 14 days), or leave both empty for none.");
        Optional<Integer> maintenance = whole(maintenanceEvery.get());
        maintenanceMessage.set(maintenance.isEmpty() ? "Type the maintenance interval in whole days, for example 90." : "");
        Optional<LocalDate> start = date(startDate.get());
        startMessage.set(start.isEmpty() ? "Type the start date as YYYY-MM-DD, for example 2026-11-21." : "");
        if (!doseMessage.get().isEmpty() || !loadingMessage.get().isEmpty() || !maintenanceMessage.get().isEmpty()
                || !startMessage.get().isEmpty() || product.get() == null) {
            failure.set("Not saved: see the fields marked above.");
            return Optional.empty();
        }
        Optional<LoadingCourse> loading = noLoading ? Optional.empty()
                : Optional.of(LoadingCourse.forDays(every.get(), lasting.get()));
        try {
            Prescription saved = prescriptions.add(Prescription.unsaved(patient.id(), product.get(), micrograms.get(),
                    new DosingSchedule(loading, maintenance.get()), start.get()), actor);
            failure.set("");
            return Optional.of(saved);
        } catch (StoreException | IllegalArgumentException e) {
            failure.set("Not saved: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Double> positive(String text) {
        return TypedNumbers.decimal(text).value().filter(v -> v > 0);
    }

    private static Optional<Integer> whole(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= 1 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public StringProperty loadingEveryProperty() {
        return loadingEvery;
    }

    public StringProperty loadingForProperty() {
        return loadingFor;
    }

    public StringProperty maintenanceEveryProperty() {
        return maintenanceEvery;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public ReadOnlyStringProperty doseMessage() {
        return doseMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadingMessage() {
        return loadingMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maintenanceMessage() {
        return maintenanceMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startMessage() {
        return startMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }
}
