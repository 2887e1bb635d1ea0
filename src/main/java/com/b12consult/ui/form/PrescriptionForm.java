package com.b12consult.ui.form;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * A prescription as the nurse's check records it and the consultation reviews it: product, dose, an optional
 * loading course ("every 2 days for 14 days"), the maintenance interval and the start date. The messages show
 * while {@link #showMessagesProperty()} holds: the check shows them once Save is pressed, the consultation as
 * soon as anything is typed.
 */
public abstract class PrescriptionForm {
    static final String LOADING = "type the loading course as whole days (every 2 days for 14 days), or leave both"
            + " empty for none";

    /** Never set: the two loading fields have one message between them, {@link #loadingMessage()}. */
    private final BooleanProperty hidden = new SimpleBooleanProperty(this, "hidden", false);

    private final BooleanProperty showMessages = new SimpleBooleanProperty(this, "showMessages", false);
    private final Choice<Product> product = Choice.coded("product", "product", Product.class)
            .whenBlank("choose the product prescribed").shownWhen(showMessages);
    private final Field<Double> dose = Field.of("dose", "dose", Typed::micrograms).rule(Typed::injectionRange)
            .whenBlank("type the dose in micrograms, e.g. 1000").shownWhen(showMessages);
    private final Field<Integer> loadingEvery = Field.of("loadingEvery", "loading course", Typed::days).optional()
            .shownWhen(hidden);
    private final Field<Integer> loadingFor = Field.of("loadingFor", "loading course", Typed::days).optional()
            .shownWhen(hidden);
    private final Field<Integer> maintenanceEvery = Field.of("maintenanceEvery", "maintenance interval", Typed::days)
            .whenBlank("type the maintenance interval in whole days, e.g. 90").shownWhen(showMessages);
    private final Field<LocalDate> startDate = Field.of("startDate", "start date", Typed::day)
            .whenBlank("type the start date as YYYY-MM-DD, e.g. 2026-11-21").shownWhen(showMessages);
    private final Form form = new Form(product, dose, loadingEvery, loadingFor, maintenanceEvery, startDate);
    /** The loading course is two fields that are filled in together or not at all: one message for both. */
    private final ReadOnlyStringWrapper loadingMessage = new ReadOnlyStringWrapper(this, "loadingMessage", "");
    private final BooleanBinding valid;

    protected PrescriptionForm() {
        Observable[] loading = {loadingEvery.textProperty(), loadingFor.textProperty(), showMessages};
        for (Observable o : loading) {
            o.addListener(x -> loadingMessage.set(showMessages.get() && !loadingValid() ? LOADING : ""));
        }
        valid = Bindings.createBooleanBinding(() -> form.valid().get() && loadingValid(), form.valid(),
                loadingEvery.textProperty(), loadingFor.textProperty());
    }

    private boolean noLoading() {
        return loadingEvery.blank() && loadingFor.blank();
    }

    private boolean loadingValid() {
        return noLoading() || (loadingEvery.value().isPresent() && loadingFor.value().isPresent());
    }

    /** Fills every field from {@code p}. */
    protected final void fill(Prescription p) {
        product.chosenProperty().set(p.product());
        dose.textProperty().set(Typed.number(p.doseMicrograms()));
        p.schedule().loading().ifPresent(l -> {
            loadingEvery.textProperty().set(Integer.toString(l.intervalDays()));
            loadingFor.textProperty().set(Integer.toString(l.lengthDays()));
        });
        maintenanceEvery.textProperty().set(Integer.toString(p.schedule().maintenanceIntervalDays()));
        startDate.textProperty().set(p.startDate().toString());
    }

    /** The prescription as typed for {@code patientId}, not yet saved; empty until every field is valid. */
    protected final Optional<Prescription> typed(long patientId) {
        if (!valid.get()) {
            return Optional.empty();
        }
        DosingSchedule schedule = new DosingSchedule(noLoading() ? Optional.empty()
                : Optional.of(LoadingCourse.forDays(loadingEvery.value().get(), loadingFor.value().get())),
                maintenanceEvery.value().get());
        return Optional.of(Prescription.unsaved(patientId, product.chosen(), dose.value().get(), schedule,
                startDate.value().get()));
    }

    /** The fields showing a message, in the form's order; the loading course is named once, for both its fields. */
    protected final List<Form.Problem> problems() {
        List<Form.Problem> found = new ArrayList<>();
        for (Input<?, ?> i : List.of(product, dose, loadingFor, maintenanceEvery, startDate)) {
            String message = i == loadingFor ? loadingMessage.get() : i.messageProperty().get();
            if (!message.isEmpty()) {
                found.add(new Form.Problem(i.name(), message));
            }
        }
        return found;
    }

    /** True while nothing at all is typed or chosen. */
    public final BooleanBinding blank() {
        return form.blank();
    }

    public final BooleanBinding valid() {
        return valid;
    }

    /** What is typed or chosen in each field, for a step that must hear of every keystroke. */
    public final List<Observable> observables() {
        return form.observables();
    }

    protected final void draft(String prefix, Map<String, String> out) {
        form.draft(prefix, out);
    }

    protected final void restore(String prefix, Map<String, String> draft) {
        form.restore(prefix, draft);
    }

    public final BooleanProperty showMessagesProperty() {
        return showMessages;
    }

    public ObjectProperty<Product> productProperty() {
        return product.chosenProperty();
    }

    public StringProperty doseProperty() {
        return dose.textProperty();
    }

    public StringProperty loadingEveryProperty() {
        return loadingEvery.textProperty();
    }

    public StringProperty loadingForProperty() {
        return loadingFor.textProperty();
    }

    public StringProperty maintenanceEveryProperty() {
        return maintenanceEvery.textProperty();
    }

    public StringProperty startDateProperty() {
        return startDate.textProperty();
    }

    public ReadOnlyStringProperty productMessage() {
        return product.messageProperty();
    }

    public ReadOnlyStringProperty doseMessage() {
        return dose.messageProperty();
    }

    public ReadOnlyStringProperty loadingMessage() {
        return loadingMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maintenanceMessage() {
        return maintenanceEvery.messageProperty();
    }

    public ReadOnlyStringProperty startMessage() {
        return startDate.messageProperty();
    }
}
