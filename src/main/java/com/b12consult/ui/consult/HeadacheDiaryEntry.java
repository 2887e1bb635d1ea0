package com.b12consult.ui.consult;

import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import java.time.LocalDateTime;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** One headache diary entry in the Headaches step: on record (shown) or new, as typed. */
public final class HeadacheDiaryEntry {
    private final HeadacheEntry recorded;
    private final StringProperty onset = new SimpleStringProperty(this, "onset", "");
    private final StringProperty severity = new SimpleStringProperty(this, "severity", "");
    private final ObjectProperty<HeadacheType> type = new SimpleObjectProperty<>(this, "type", HeadacheType.UNKNOWN);
    private final ObservableSet<SymptomCode> associated = FXCollections.observableSet();
    private final ReadOnlyStringWrapper onsetMessage = new ReadOnlyStringWrapper(this, "onsetMessage", "");
    private final ReadOnlyStringWrapper severityMessage = new ReadOnlyStringWrapper(this, "severityMessage", "");

    private HeadacheDiaryEntry(HeadacheEntry recorded) {
        this.recorded = recorded;
    }

    static HeadacheDiaryEntry onRecord(HeadacheEntry h) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(h);
        entry.onset.set(TypedDates.format(h.onsetAt()));
        entry.severity.set(Integer.toString(h.severity()));
        entry.type.set(h.type());
        entry.associated.addAll(h.associated());
        return entry;
    }

    static HeadacheDiaryEntry typed(LocalDateTime onset) {
        HeadacheDiaryEntry entry = new HeadacheDiaryEntry(null);
        entry.onset.set(TypedDates.format(onset));
        return entry;
    }

    public boolean isOnRecord() {
        return recorded != null;
    }

    public Optional<HeadacheEntry> recorded() {
        return Optional.ofNullable(recorded);
    }

    public StringProperty onsetProperty() {
        return onset;
    }

    public StringProperty severityProperty() {
        return severity;
    }

    public ObjectProperty<HeadacheType> typeProperty() {
        return type;
    }

    public ObservableSet<SymptomCode> associated() {
        return associated;
    }

    public ReadOnlyStringProperty onsetMessageProperty() {
        return onsetMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty severityMessageProperty() {
        return severityMessage.getReadOnlyProperty();
    }

    void setMessages(String onsetText, String severityText) {
        onsetMessage.set(onsetText);
        severityMessage.set(severityText);
    }
}
