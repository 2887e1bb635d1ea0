package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.format.LabPlausibility;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.format.TypedNumbers;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Typed;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/** One analyte of a lab panel as typed: the value text, its unit, and what is wrong with them. */
public final class LabValueEntry {

    private final Analyte analyte;
    private final ObjectProperty<LabUnit> unit;
    /** Why the step refuses a value that reads well: another panel of that day already gives this analyte. */
    private String clash = "";
    private final Field<Quantity> value;

    LabValueEntry(Analyte analyte, LabUnit unit) {
        this.analyte = analyte;
        this.unit = new SimpleObjectProperty<>(this, "unit", unit);
        // Empty is fine: not every analyte is known. The unit beside the value changes what the value means.
        this.value = Field.of("value", analyte.label(), this::read).optional().rule(q -> clash, this.unit);
    }

    public Analyte analyte() {
        return analyte;
    }

    public StringProperty valueProperty() {
        return value.textProperty();
    }

    public ObjectProperty<LabUnit> unitProperty() {
        return unit;
    }

    /** What is wrong with the value as typed, in plain words; empty while it is fine or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return value.messageProperty();
    }

    /** Marks a value that reads well as refused by the step, in {@code words}; "" takes the mark away. */
    void clash(String words) {
        clash = words;
        value.revalidate();
    }

    boolean isBlank() {
        return value.blank();
    }

    /** The value when it is a number a living person can have in the chosen unit; empty otherwise. */
    Optional<Quantity> quantity() {
        return value.value();
    }

    /**
     * Reads the typed value: not a number, or not a value a person can have, with the likely unit mix-up the
     * file reader would name (the same words, from {@link LabPlausibility}).
     */
    private Typed<Quantity> read(String text) {
        TypedDates.Reading<Double> typed = TypedNumbers.decimal(text);
        if (typed.value().isEmpty()) {
            String problem = typed.problem().orElseThrow();
            // the one reading's words, with this analyte's own example
            return Typed.wrong(problem.contains("e.g. 13.5") ? problem.replace("e.g. 13.5", "e.g. " + example()) : problem);
        }
        Quantity q = new Quantity(typed.value().get(), unit.get());
        return LabPlausibility.implausibility(analyte, q).map(Typed::<Quantity>wrong).orElseGet(() -> Typed.ok(q));
    }

    private String example() {
        return switch (analyte) {
            case PLATELETS -> "150";
            case MCV -> "92";
            case HEMOGLOBIN -> "13.5 (g/dL)";
            case HEMATOCRIT -> "40 (%)";
            case B12 -> "350 (pg/mL)";
            case FOLATE -> "7.5 (ng/mL)";
            case RETICULOCYTES -> "1.2 (%)";
        };
    }
}
