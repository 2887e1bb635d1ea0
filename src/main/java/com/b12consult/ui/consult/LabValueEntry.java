package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.format.LabPlausibility;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One analyte of a lab panel as typed: the value text, its unit, and what is wrong with them. */
public final class LabValueEntry {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d+([.]\\d*)?|[.]\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

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
                ? Optional.of(new Quantity(Double.parseDouble(value.get().strip()), unit.get())) : Optional.empty();
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
        if (!NUMBER.matcher(text).matches()) {
            if (DECIMAL_COMMA.matcher(text).matches()) {
                return Optional.of("\"" + text + "\" is not a number here; write decimals with a point, e.g. "
                        + text.replace(',', '.'));
            }
            return Optional.of("\"" + text + "\" is not a number; type digits only, e.g. " + example());
        }
        return LabPlausibility.implausibility(analyte, new Quantity(Double.parseDouble(text), unit.get()));
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
