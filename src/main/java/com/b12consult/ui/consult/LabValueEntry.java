package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.format.LabPlausibility;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.format.TypedNumbers;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One analyte of a lab panel as typed: the value text, its unit, and what is wrong with them. */
public final class LabValueEntry {

    private final Analyte analyte;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<LabUnit> unit;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    LabValueEntry(Analyte analyte, LabUnit unit) {
        this.analyte = analyte;
        this.unit = new SimpleObjectProperty<>(this, "unit", unit);
    }

    public Analyte analyte() {
        return analyte;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<LabUnit> unitProperty() {
        return unit;
    }

    /** What is wrong with the value as typed, in plain words; empty while it is fine or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    void setMessage(String text) {
        message.set(text);
    }

    boolean isBlank() {
        return value.get() == null || value.get().isBlank();
    }

    /** The value when it is a number a living person can have in the chosen unit; empty otherwise. */
    Optional<Quantity> quantity() {
        return problem().isEmpty() && !isBlank()
                ? Optional.of(new Quantity(TypedNumbers.decimal(value.get()).value().orElseThrow(), unit.get()))
                : Optional.empty();
    }

    /**
     * Why the typed value cannot be used: not a number, or not a value a person can have, with the likely
     * unit mix-up the file reader would name (the same words, from {@link LabPlausibility}). Empty for an
     * empty field: not every analyte is known.
     */
    Optional<String> problem() {
        if (isBlank()) {
            return Optional.empty();
        }
        String text = value.get().strip();
        TypedDates.Reading<Double> typed = TypedNumbers.decimal(text);
        if (typed.value().isEmpty()) {
            String problem = typed.problem().orElseThrow();
            // the one reading's words, with this analyte's own example
            return Optional.of(problem.contains("e.g. 13.5") ? problem.replace("e.g. 13.5", "e.g. " + example()) : problem);
        }
        return LabPlausibility.implausibility(analyte, new Quantity(typed.value().get(), unit.get()));
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
