package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** A dose given that is not on record yet, typed in the Injections step: time, product, dose, site, reactions. */
public final class NewDose {
    private final StringProperty givenAt = new SimpleStringProperty(this, "givenAt", "");
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final ObjectProperty<InjectionSite> site = new SimpleObjectProperty<>(this, "site");
    private final ObservableSet<SymptomCode> reactions = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyStringWrapper givenAtMessage = new ReadOnlyStringWrapper(this, "givenAtMessage", "");
    private final ReadOnlyStringWrapper productMessage = new ReadOnlyStringWrapper(this, "productMessage", "");
    private final ReadOnlyStringWrapper doseMessage = new ReadOnlyStringWrapper(this, "doseMessage", "");
    private final ReadOnlyStringWrapper siteMessage = new ReadOnlyStringWrapper(this, "siteMessage", "");
    private Optional<Injection> valid = Optional.empty();

    NewDose() {
    }

    List<Observable> observables() {
        return List.of(givenAt, product, dose, site, reactions);
    }

    /** Checks the row, the {@code number}th new dose, against {@code now}: a dose given is never in the future. */
    void check(int number, LocalDateTime now, List<FieldProblem> problems) {
        Typed<LocalDateTime> at = Typed.moment(givenAt.get());
        String atProblem = at.problem();
        if (at.ok() && at.value().isAfter(now)) {
            atProblem = "a dose given cannot be later than now (" + TypedDates.format(now) + ")";
        }
        givenAtMessage.set(atProblem);
        productMessage.set(product.get() == null ? "choose the product given" : "");
        Typed<Double> micrograms = Typed.micrograms(dose.get());
        doseMessage.set(micrograms.problem());
        siteMessage.set(site.get() == null ? "choose the site of the injection" : "");
        String row = "New dose " + number + ", ";
        add(problems, row + "time given", givenAtMessage);
        add(problems, row + "product", productMessage);
        add(problems, row + "dose", doseMessage);
        add(problems, row + "site", siteMessage);
        valid = atProblem.isEmpty() && product.get() != null && micrograms.ok() && site.get() != null
                ? Optional.of(new Injection(at.value(), product.get(), micrograms.value(), site.get(), List.copyOf(reactions)))
                : Optional.empty();
    }

    private static void add(List<FieldProblem> problems, String field, ReadOnlyStringWrapper message) {
        if (!message.get().isEmpty()) {
            problems.add(new FieldProblem(field, message.get()));
        }
    }

    /** The dose as typed, once every field is valid. */
    public Optional<Injection> injection() {
        return valid;
    }

    void draft(String prefix, Map<String, String> out) {
        out.put(prefix + "givenAt", givenAt.get());
        out.put(prefix + "product", Codes.code(product.get()));
        out.put(prefix + "dose", dose.get());
        out.put(prefix + "site", Codes.code(site.get()));
        out.put(prefix + "reactions", Codes.encodeAll(reactions));
    }

    void restore(String prefix, Map<String, String> draft) {
        Codes.restore(draft, prefix + "givenAt", givenAt);
        product.set(Codes.decode(Product.class, draft.getOrDefault(prefix + "product", "")));
        Codes.restore(draft, prefix + "dose", dose);
        site.set(Codes.decode(InjectionSite.class, draft.getOrDefault(prefix + "site", "")));
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
        return givenAt;
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

    public ObservableSet<SymptomCode> reactions() {
        return reactions;
    }

    public ReadOnlyStringProperty givenAtMessage() {
        return givenAtMessage.getReadOnlyProperty();
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
