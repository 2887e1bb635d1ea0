package com.b12consult.ui.consult;

import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.Typed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One current symptom in the Clot risk step: ticked or not, and when it began, which may be left empty. */
public final class SymptomEntry {
    private final SymptomCode code;
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present", false);
    private final StringProperty onset = new SimpleStringProperty(this, "onset", "");
    private final ReadOnlyStringWrapper onsetMessage = new ReadOnlyStringWrapper(this, "onsetMessage", "");

    SymptomEntry(SymptomCode code) {
        this.code = code;
    }

    List<Observable> observables() {
        return List.of(present, onset);
    }

    /**
     * The symptom as the assessment takes it. An onset that cannot be read is marked at its field and left
     * out, but the symptom itself still counts: a red flag must never wait for a time to be typed right.
     */
    Optional<Symptom> check(String label, LocalDateTime now, List<FieldProblem> problems) {
        if (!present.get()) {
            onsetMessage.set("");
            return Optional.empty();
        }
        Optional<LocalDateTime> began = Optional.empty();
        String problem = "";
        if (!onset.get().isBlank()) {
            Typed<LocalDateTime> at = Typed.moment(onset.get());
            problem = at.problem();
            if (at.ok() && at.value().isAfter(now)) {
                problem = "a symptom cannot begin later than now (" + TypedDates.format(now) + ")";
            } else if (at.ok()) {
                began = at.optional();
            }
        }
        onsetMessage.set(problem);
        if (!problem.isEmpty()) {
            problems.add(new FieldProblem("When " + label + " began", problem));
        }
        return Optional.of(new Symptom(code, began));
    }

    public SymptomCode code() {
        return code;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty onsetProperty() {
        return onset;
    }

    public ReadOnlyStringProperty onsetMessage() {
        return onsetMessage.getReadOnlyProperty();
    }
}
