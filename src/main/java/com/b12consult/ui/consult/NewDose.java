package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Injection;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.DoseForm;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Form;
import com.b12consult.ui.form.Typed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** A dose given that is not on record yet, typed in the Injections step: time, product, dose, site, reactions. */
public final class NewDose extends DoseForm {
    /** The time the step checks against: a dose given is never in the future. */
    private LocalDateTime now = LocalDateTime.MAX;
    private final Field<LocalDateTime> givenAt = Field.of("givenAt", "time given", Typed::moment)
            .whenBlank("type the time given as YYYY-MM-DD HH:MM, e.g. 2026-11-21 10:30")
            .rule(at -> at.isAfter(now) ? "a dose given cannot be later than now (" + TypedDates.format(now) + ")" : "");
    private final ObservableSet<SymptomCode> reactions = FXCollections.observableSet(new LinkedHashSet<>());
    private final Form form = new Form(givenAt, product, dose, site);

    NewDose() {
        product.whenBlank("choose the product given");
        dose.whenBlank("type the dose given in micrograms, e.g. 1000");
        site.whenBlank("choose the site of the injection");
    }

    List<Observable> observables() {
        List<Observable> all = new ArrayList<>(form.observables());
        all.add(reactions);
        return all;
    }

    /** Checks the row, the {@code number}th new dose, against {@code now}: a dose given is never in the future. */
    void check(int number, LocalDateTime now, List<FieldProblem> problems) {
        this.now = now;
        form.revalidate();
        form.problems().forEach(p -> problems.add(new FieldProblem("New dose " + number + ", " + p.field(), p.message())));
    }

    /** The dose as typed, once every field is valid. */
    public Optional<Injection> injection() {
        return form.valid().get()
                ? Optional.of(new Injection(givenAt.value().orElseThrow(), product.chosen(), dose.value().orElseThrow(),
                        site.chosen(), List.copyOf(reactions)))
                : Optional.empty();
    }

    void draft(String prefix, Map<String, String> out) {
        form.draft(prefix, out);
        out.put(prefix + "reactions", Codes.encodeAll(reactions));
    }

    void restore(String prefix, Map<String, String> draft) {
        form.restore(prefix, draft);
        reactions.clear();
        reactions.addAll(Codes.decodeAll(SymptomCode.class, draft.get(prefix + "reactions")));
    }

    /** The reactions a dose can carry: every symptom code but the headache features. */
    public static List<SymptomCode> reactionChoices() {
        return java.util.Arrays.stream(SymptomCode.values()).filter(SymptomCode::isStandaloneSymptom).toList();
    }

    public static String describe(Injection i) {
        String reactions = i.reactions().isEmpty() ? "no reaction noted"
                : String.join(", ", i.reactions().stream().map(CodeLabels::of).toList());
        return TypedDates.format(i.givenAt()) + "  " + CodeLabels.of(i.product()) + " " + Typed.number(i.doseMicrograms())
                + " micrograms, " + CodeLabels.of(i.site()) + "; " + reactions;
    }

    public StringProperty givenAtProperty() {
        return givenAt.textProperty();
    }

    public ObservableSet<SymptomCode> reactions() {
        return reactions;
    }

    public ReadOnlyStringProperty givenAtMessage() {
        return givenAt.messageProperty();
    }
}
