package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Typed;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One blood draw in the Blood count step: either on record (shown, never edited) or new, typed by the
 * clinician. Holds the text as typed; reading it into a {@link LabPanel} is the step's job.
 */
public final class LabPanelEntry {
    private final boolean onRecord;
    /** The day the step checks against, and the patient's birth date when known: a draw lies between them. */
    private LocalDate today = LocalDate.MAX;
    private Optional<LocalDate> born = Optional.empty();
    private final Field<LocalDate> takenOn = Field.of("date", "date taken", Typed::day)
            .whenBlank("the day the blood was taken is needed, as YYYY-MM-DD")
            .rule(day -> day.isAfter(today) ? TypedDates.format(day) + " is after today (" + TypedDates.format(today)
                    + "); a blood draw cannot be dated in the future: check the date" : "")
            .rule(day -> born.filter(day::isBefore).map(b -> TypedDates.format(day) + " is before the patient's birth"
                    + " date (" + TypedDates.format(b) + "); check the date the blood was taken").orElse(""));
    private final Map<Analyte, LabValueEntry> values = new EnumMap<>(Analyte.class);
    private LabPanel recorded;

    private LabPanelEntry(boolean onRecord, Function<Analyte, LabUnit> unitFor) {
        this.onRecord = onRecord;
        for (Analyte a : Analyte.values()) {
            values.put(a, new LabValueEntry(a, unitFor.apply(a)));
        }
    }

    static LabPanelEntry onRecord(LabPanel panel) {
        LabPanelEntry entry = new LabPanelEntry(true,
                a -> panel.result(a).map(Quantity::unit).orElse(a.acceptedUnits().get(0)));
        entry.recorded = panel;
        entry.takenOn.textProperty().set(TypedDates.format(panel.takenOn()));
        panel.results().forEach((a, q) -> entry.values.get(a).valueProperty().set(LabNumbers.plain(q.value())));
        return entry;
    }

    static LabPanelEntry typed(LocalDate day, Function<Analyte, LabUnit> unitFor) {
        LabPanelEntry entry = new LabPanelEntry(false, unitFor);
        entry.takenOn.textProperty().set(TypedDates.format(day));
        return entry;
    }

    public boolean isOnRecord() {
        return onRecord;
    }

    public StringProperty takenOnProperty() {
        return takenOn.textProperty();
    }

    public ReadOnlyStringProperty dateMessageProperty() {
        return takenOn.messageProperty();
    }

    /** The day the blood was taken, checked against {@code today} and the birth date; empty while refused. */
    Optional<LocalDate> takenOn(LocalDate today, Optional<LocalDate> born) {
        this.today = today;
        this.born = born;
        takenOn.whenBlank("the day the blood was taken is needed, as YYYY-MM-DD, e.g. " + TypedDates.format(today));
        return takenOn.validProperty().get() ? takenOn.value() : Optional.empty();
    }

    public LabValueEntry value(Analyte analyte) {
        return values.get(analyte);
    }

    public Map<Analyte, LabValueEntry> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The panel as the record holds it; empty for a new one. */
    public Optional<LabPanel> recorded() {
        return Optional.ofNullable(recorded);
    }

    /** The day as typed when it is a date; whether it is in the future is the step's question. */
    Optional<LocalDate> day() {
        return takenOn.value();
    }
}
