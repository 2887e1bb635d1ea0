package com.b12consult.ui.form;

import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A dose as both the nurse's check and the consultation ask for it: the product, the dose in micrograms, the
 * site. Each screen's dose (the dose drawn up, a dose given not on record, the dose planned today) is one of
 * these with the fields of its own, and says in its own words what it needs when a field is left empty; what is
 * typed is read and refused in one way everywhere.
 */
public abstract class DoseForm {
    protected final Choice<Product> product = Choice.coded("product", "product", Product.class);
    protected final Field<Double> dose = Field.of("dose", "dose", Typed::micrograms).rule(Typed::injectionRange);
    protected final Choice<InjectionSite> site = Choice.coded("site", "site", InjectionSite.class);

    protected DoseForm() {
    }

    /** The dose in micrograms when it can be read, as prescribed or not. */
    public Optional<Double> doseMicrograms() {
        return dose.value();
    }

    public ObjectProperty<Product> productProperty() {
        return product.chosenProperty();
    }

    public StringProperty doseProperty() {
        return dose.textProperty();
    }

    public ObjectProperty<InjectionSite> siteProperty() {
        return site.chosenProperty();
    }

    public ReadOnlyStringProperty productMessage() {
        return product.messageProperty();
    }

    public ReadOnlyStringProperty doseMessage() {
        return dose.messageProperty();
    }

    public ReadOnlyStringProperty siteMessage() {
        return site.messageProperty();
    }
}
