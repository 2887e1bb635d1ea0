package com.b12consult.ui.consult;

import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dose planned for today, when one is: product, dose and site, checked by the rule module against the
 * prescription. Not every consultation gives a dose, so it is asked for with a tick.
 */
public final class DoseToday {
    private final BooleanProperty planned = new SimpleBooleanProperty(this, "planned", false);
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final ObjectProperty<InjectionSite> site = new SimpleObjectProperty<>(this, "site");
    private final ReadOnlyStringWrapper productMessage = new ReadOnlyStringWrapper(this, "productMessage", "");
    private final ReadOnlyStringWrapper doseMessage = new ReadOnlyStringWrapper(this, "doseMessage", "");
    private final ReadOnlyStringWrapper siteMessage = new ReadOnlyStringWrapper(this, "siteMessage", "");
    private Optional<PlannedInjection> valid = Optional.empty();

    DoseToday() {
    }

    List<Observable> observables() {
        return List.of(planned, product, dose, site);
    }

    /** Ticked, the empty fields take the prescription's product and dose and the suggested site. */
    void fillIn(Optional<Prescription> prescription, InjectionSite suggested) {
        prescription.ifPresent(p -> {
            if (product.get() == null) {
                product.set(p.product());
            }
            if (dose.get().isBlank()) {
                dose.set(Typed.number(p.doseMicrograms()));
            }
        });
        if (site.get() == null) {
            site.set(suggested);
        }
    }

    void check(Optional<Prescription> prescription, List<FieldProblem> problems) {
        valid = Optional.empty();
        if (!planned.get()) {
            productMessage.set("");
            doseMessage.set("");
            siteMessage.set("");
            return;
        }
        productMessage.set(product.get() == null ? "choose the product to be given" : "");
        Typed<Double> micrograms = Typed.micrograms(dose.get());
        doseMessage.set(micrograms.ok() && prescription.isEmpty()
                ? "there is no complete prescription to check this dose against; fill in the prescription above"
                : micrograms.problem());
        siteMessage.set(site.get() == null ? "choose the site for today's dose" : "");
        add(problems, "Dose today, product", productMessage);
        add(problems, "Dose today, dose", doseMessage);
        add(problems, "Dose today, site", siteMessage);
        if (product.get() != null && micrograms.ok() && site.get() != null && prescription.isPresent()) {
            valid = Optional.of(new PlannedInjection(product.get(), micrograms.value(),
                    prescription.get().doseMicrograms(), site.get()));
        }
    }

    private static void add(List<FieldProblem> problems, String field, ReadOnlyStringWrapper message) {
        if (!message.get().isEmpty()) {
            problems.add(new FieldProblem(field, message.get()));
        }
    }

    Optional<PlannedInjection> plannedInjection() {
        return valid;
    }

    void draft(Map<String, String> out) {
        out.put("today.planned", Boolean.toString(planned.get()));
        out.put("today.product", Codes.code(product.get()));
        out.put("today.dose", dose.get());
        out.put("today.site", Codes.code(site.get()));
    }

    void restore(Map<String, String> draft) {
        if (draft.containsKey("today.product")) {
            product.set(Codes.decode(Product.class, draft.get("today.product")));
        }
        Codes.restore(draft, "today.dose", dose);
        if (draft.containsKey("today.site")) {
            site.set(Codes.decode(InjectionSite.class, draft.get("today.site")));
        }
        // Last, so ticking it finds the fields as they were typed and fills none of them in.
        if (draft.containsKey("today.planned")) {
            planned.set(Boolean.parseBoolean(draft.get("today.planned")));
        }
    }

    public BooleanProperty plannedProperty() {
        return planned;
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public ObjectProperty<InjectionSite> siteProperty() {
        return site;
    }

    public ReadOnlyStringProperty productMessage() {
        return productMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doseMessage() {
        return doseMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty siteMessage() {
        return siteMessage.getReadOnlyProperty();
    }
}
