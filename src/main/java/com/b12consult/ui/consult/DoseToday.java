package com.b12consult.ui.consult;

import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.ui.form.DoseForm;
import com.b12consult.ui.form.Form;
import com.b12consult.ui.form.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The dose planned for today, when one is: product, dose and site, checked by the rule module against the
 * prescription. Not every consultation gives a dose, so it is asked for with a tick; unticked, its fields say
 * nothing.
 */
public final class DoseToday extends DoseForm {
    private final BooleanProperty planned = new SimpleBooleanProperty(this, "planned", false);
    private final Form form = new Form(product, dose, site);
    private Optional<Prescription> prescription = Optional.empty();

    DoseToday() {
        product.whenBlank("choose the product to be given").shownWhen(planned);
        dose.whenBlank("type the dose to be given in micrograms, e.g. 1000").shownWhen(planned)
                .rule(v -> prescription.isEmpty()
                        ? "there is no complete prescription to check this dose against; fill in the prescription above"
                        : "");
        site.whenBlank("choose the site for today's dose").shownWhen(planned);
    }

    List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(planned));
        all.addAll(form.observables());
        return all;
    }

    /** Ticked, the empty fields take the prescription's product and dose and the suggested site. */
    void fillIn(Optional<Prescription> prescription, InjectionSite suggested) {
        prescription.ifPresent(p -> {
            if (product.blank()) {
                product.chosenProperty().set(p.product());
            }
            if (dose.blank()) {
                dose.textProperty().set(Typed.number(p.doseMicrograms()));
            }
        });
        if (site.blank()) {
            site.chosenProperty().set(suggested);
        }
    }

    void check(Optional<Prescription> prescription, List<FieldProblem> problems) {
        this.prescription = prescription;
        form.revalidate();
        form.problems().forEach(p -> problems.add(new FieldProblem("Dose today, " + p.field(), p.message())));
    }

    /** The dose planned, when ticked and every field is valid: a dose not as prescribed is the rule module's to judge. */
    Optional<PlannedInjection> plannedInjection() {
        return planned.get() && form.valid().get()
                ? Optional.of(new PlannedInjection(product.chosen(), dose.value().orElseThrow(),
                        prescription.orElseThrow().doseMicrograms(), site.chosen()))
                : Optional.empty();
    }

    void draft(Map<String, String> out) {
        out.put("today.planned", Boolean.toString(planned.get()));
        form.draft("today.", out);
    }

    void restore(Map<String, String> draft) {
        form.restore("today.", draft);
        // Last, so ticking it finds the fields as they were typed and fills none of them in.
        if (draft.containsKey("today.planned")) {
            planned.set(Boolean.parseBoolean(draft.get("today.planned")));
        }
    }

    public BooleanProperty plannedProperty() {
        return planned;
    }
}
