package com.b12consult.ui.settings;

import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.format.TypedNumbers;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** One lab limit on the Settings screen: the value as typed, its unit, its cited default, and its message. */
public final class LabLimitField {

    private final LabLimitKey key;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final StringBinding numberError;
    private final ReadOnlyStringWrapper orderError = new ReadOnlyStringWrapper(this, "orderError", "");
    private final StringBinding message;

    LabLimitField(LabLimitKey key) {
        this.key = key;
        numberError = Bindings.createStringBinding(() -> parse(value.get()).isPresent() ? ""
                : key.label() + ": enter a positive number in " + unit() + ", such as " + format(key.defaultValue()) + ".",
                value);
        message = Bindings.createStringBinding(() -> numberError.get().isEmpty() ? orderError.get() : numberError.get(),
                numberError, orderError);
    }

    /** A positive number with a point or comma for decimals; nothing else (no exponents, no "NaN"). */
    static Optional<Double> parse(String text) {
        return text == null ? Optional.empty() : TypedNumbers.decimal(text).value().filter(v -> v > 0);
    }

    static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public LabLimitKey key() {
        return key;
    }

    public String label() {
        return key.label();
    }

    /** The unit of the value, as a clinician writes it. */
    public String unit() {
        LabUnit unit = key.analyte().canonicalUnit(null);
        return switch (unit) {
            case GIGA_PER_L -> "\u00d710\u2079/L";
            case G_PER_DL -> "g/dL";
            case PG_PER_ML -> "pg/mL";
            case NG_PER_ML -> "ng/mL";
            default -> unit.code();
        };
    }

    /** "Default 150 ×10⁹/L" */
    public String defaultText() {
        return "Default " + format(key.defaultValue()) + " " + unit();
    }

    /** Where the default comes from. */
    public String source() {
        return key.source();
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** What is wrong with the value as typed, or with its order against the other platelet limits; empty when fine. */
    public StringBinding message() {
        return message;
    }

    boolean isNumber() {
        return numberError.get().isEmpty();
    }

    Optional<Double> number() {
        return parse(value.get());
    }

    void bindOrderError(ObservableValue<String> source) {
        orderError.bind(source);
    }
}
