package com.b12consult.ui.consult;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The prescription as the clinician sees it in the Injections step: product, dose, an optional loading
 * course ("every 2 days for 14 days"), the maintenance interval and the start date. Filled from the
 * prescription on record; left all empty, there is no prescription, which is allowed.
 */
public final class PrescriptionEntry {
    private final long patientId;
    private final Optional<Prescription> onRecord;
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final StringProperty loadingEvery = new SimpleStringProperty(this, "loadingEvery", "");
    private final StringProperty loadingFor = new SimpleStringProperty(this, "loadingFor", "");
    private final StringProperty maintenanceEvery = new SimpleStringProperty(this, "maintenanceEvery", "");
    private final StringProperty startDate = new SimpleStringProperty(this, "startDate", "");
    private final ReadOnlyStringWrapper productMessage = new ReadOnlyStringWrapper(this, "productMessage", "");
    private final ReadOnlyStringWrapper doseMessage = new ReadOnlyStringWrapper(this, "doseMessage", "");
    private final ReadOnlyStringWrapper loadingMessage = new ReadOnlyStringWrapper(this, "loadingMessage", "");
    private final ReadOnlyStringWrapper maintenanceMessage = new ReadOnlyStringWrapper(this, "maintenanceMessage", "");
    private final ReadOnlyStringWrapper startMessage = new ReadOnlyStringWrapper(this, "startMessage", "");
    private Optional<Prescription> valid = Optional.empty();

    PrescriptionEntry(long patientId, Optional<Prescription> onRecord) {
        this.patientId = patientId;
        this.onRecord = onRecord;
        onRecord.ifPresent(p -> {
            product.set(p.product());
            dose.set(Typed.number(p.doseMicrograms()));
            p.schedule().loading().ifPresent(l -> {
                loadingEvery.set(Integer.toString(l.intervalDays()));
                loadingFor.set(Integer.toString(l.lengthDays()));
            });
            maintenanceEvery.set(Integer.toString(p.schedule().maintenanceIntervalDays()));
            startDate.set(p.startDate().toString());
        });
    }

    List<Observable> observables() {
        return List.of(product, dose, loadingEvery, loadingFor, maintenanceEvery, startDate);
    }

    private boolean blank() {
        return product.get() == null && dose.get().isBlank() && loadingEvery.get().isBlank()
                && loadingFor.get().isBlank() && maintenanceEvery.get().isBlank() && startDate.get().isBlank();
    }

    /** Checks every field, sets the messages at the fields, and adds what is wrong to {@code problems}. */
    void check(List<FieldProblem> problems) {
        valid = Optional.empty();
        if (blank()) {
            List.of(productMessage, doseMessage, loadingMessage, maintenanceMessage, startMessage).forEach(m -> m.set(""));
            return;
        }
        productMessage.set(product.get() == null ? "choose the product prescribed" : "");
        Typed<Double> micrograms = Typed.micrograms(dose.get());
        doseMessage.set(micrograms.problem());
        boolean noLoading = loadingEvery.get().isBlank() && loadingFor.get().isBlank();
        Typed<Integer> every = Typed.days(loadingEvery.get());
        Typed<Integer> lasting = Typed.days(loadingFor.get());
        loadingMessage.set(noLoading || (every.ok() && lasting.ok()) ? ""
                : "type the loading course as whole days (every 2 days for 14 days), or leave both empty for none");
        Typed<Integer> maintenance = Typed.days(maintenanceEvery.get());
        maintenanceMessage.set(maintenance.problem());
        Typed<LocalDate> start = Typed.day(startDate.get());
        startMessage.set(start.problem());
        add(problems, "Prescription, product", productMessage);
        add(problems, "Prescription, dose", doseMessage);
        add(problems, "Prescription, loading course", loadingMessage);
        add(problems, "Prescription, maintenance interval", maintenanceMessage);
        add(problems, "Prescription, start date", startMessage);
        if (product.get() != null && micrograms.ok() && loadingMessage.get().isEmpty() && maintenance.ok() && start.ok()) {
            DosingSchedule schedule = new DosingSchedule(noLoading ? Optional.empty()
                    : Optional.of(LoadingCourse.forDays(every.value(), lasting.value())), maintenance.value());
            Prescription typed = Prescription.unsaved(patientId, product.get(), micrograms.value(), schedule, start.value());
            // Unchanged, it stays the prescription on record (with its id) rather than a new one to save.
            valid = Optional.of(onRecord.filter(p -> p.withId(Prescription.UNSAVED).equals(typed)).orElse(typed));
        }
    }

    private static void add(List<FieldProblem> problems, String field, ReadOnlyStringWrapper message) {
        if (!message.get().isEmpty()) {
            problems.add(new FieldProblem(field, message.get()));
        }
    }

    /** The prescription as typed, when it is complete and valid; the one on record while unchanged. */
    public Optional<Prescription> prescription() {
        return valid;
    }

    void draft(Map<String, String> out) {
        out.put("rx.product", product.get() == null ? "" : product.get().code());
        out.put("rx.dose", dose.get());
        out.put("rx.loadingEvery", loadingEvery.get());
        out.put("rx.loadingFor", loadingFor.get());
        out.put("rx.maintenanceEvery", maintenanceEvery.get());
        out.put("rx.startDate", startDate.get());
    }

    void restore(Map<String, String> draft) {
        if (draft.containsKey("rx.product")) {
            product.set(Codes.decode(Product.class, draft.get("rx.product")));
        }
        Codes.restore(draft, "rx.dose", dose);
        Codes.restore(draft, "rx.loadingEvery", loadingEvery);
        Codes.restore(draft, "rx.loadingFor", loadingFor);
        Codes.restore(draft, "rx.maintenanceEvery", maintenanceEvery);
        Codes.restore(draft, "rx.startDate", startDate);
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

    public ReadOnlyStringProperty productMessage() {
        return productMessage.getReadOnlyProperty();
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
}
