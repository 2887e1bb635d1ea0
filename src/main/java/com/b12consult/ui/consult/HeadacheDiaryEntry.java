package com.b12consult.ui.consult;

import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Typed;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** One headache diary entry in the Headaches step: on record (shown) or new, as typed. */
public final class HeadacheDiaryEntry {
    private final HeadacheEntry recorded;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    /** The time the step checks against, and why it refuses an onset that reads well (another entry has it). */
    private LocalDateTime now = LocalDateTime.MAX;
    private String repeat = "";
    private final Field<LocalDateTime> onset = Field.of("onset", "onset", Typed::moment)
            .whenBlank("when the headache began is needed, as YYYY-MM-DD HH:MM")
            .rule(t -> t.isAfter(now) ? TypedDates.format(t) + " is after now (" + TypedDates.format(now)
                    + "); a headache cannot be dated in the future: check the date and time" : "")
            .rule(t -> repeat);
    private final Field<Integer> severity = Field.of("severity", "severity", HeadacheDiaryEntry::severity)
            .whenBlank("severity is needed: a whole number from 0 (none) to 10 (worst)");
    private final ObjectProperty<HeadacheType> type = new SimpleObjectProperty<>(this, "type", HeadacheType.UNKNOWN);
    private final ObservableSet<SymptomCode> associated = FXCollections.observableSet();

    private HeadacheDiaryEntry(HeadacheEntry recorded) {
        this.recorded = recorded;
    }

    static HeadacheDiaryEntry onRecord(HeadacheEntry h) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(h);
        entry.onset.textProperty().set(TypedDates.format(h.onsetAt()));
        entry.severity.textProperty().set(Integer.toString(h.severity()));
        entry.type.set(h.type());
        entry.associated.addAll(h.associated());
        return entry;
    }

    static HeadacheDiaryEntry typed(LocalDateTime onset) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(null);
        entry.onset.textProperty().set(TypedDates.format(onset));
        return entry;
    }

    public boolean isOnRecord() {
        return recorded != null;
    }

    public Optional<HeadacheEntry> recorded() {
        return Optional.ofNullable(recorded);
    }

    public StringProperty onsetProperty() {
        return onset.textProperty();
    }

    public StringProperty severityProperty() {
        return severity.textProperty();
    }

    public ObjectProperty<HeadacheType> typeProperty() {
        return type;
    }

    public ObservableSet<SymptomCode> associated() {
        return associated;
    }

    public ReadOnlyStringProperty onsetMessageProperty() {
        return onset.messageProperty();
    }

    public ReadOnlyStringProperty severityMessageProperty() {
        return severity.messageProperty();
    }

    /** Checks the onset against {@code now}, the time the step checks at; an onset after it is refused. */
    Optional<LocalDateTime> onsetAt(LocalDateTime now) {
        this.now = now;
        repeat = "";
        onset.whenBlank("when the headache began is needed, as YYYY-MM-DD HH:MM, e.g. " + TypedDates.format(now));
        return onset.validProperty().get() ? onset.value() : Optional.empty();
    }

    /** Refuses the onset: another headache already began then. */
    void repeated() {
        repeat = "another headache already began at " + TypedDates.format(onset.value().orElseThrow())
                + "; keep one entry per headache (remove the repeat or correct its time)";
        onset.revalidate();
    }

    Optional<Integer> severity() {
        return severity.validProperty().get() ? severity.value() : Optional.empty();
    }

    /** A severity as typed: a whole number on the scale from 0 (none) to 10 (worst). */
    private static Typed<Integer> severity(String text) {
        String t = text.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            return Typed.wrong("\"" + t + "\" is not a whole number; type one from 0 (none) to 10 (worst)");
        }
        if (t.length() > 3 || Integer.parseInt(t) < 0 || Integer.parseInt(t) > 10) {
            return Typed.wrong(t + " is outside the scale; severity runs from 0 (none) to 10 (worst)");
        }
        return Typed.ok(Integer.parseInt(t));
    }
}
