package com.b12consult.ui.consult;

import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Typed;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/** One current symptom in the Clot risk step: ticked or not, and when it began, which may be left empty. */
public final class SymptomEntry {
    private final SymptomCode code;
    private final BooleanProperty present = new SimpleBooleanProperty(this, "present", false);
    /** The time the step checks against: a symptom never begins in the future. */
    private LocalDateTime now = LocalDateTime.MAX;
    private final Field<LocalDateTime> onset = Field.of("onset", "onset", Typed::moment).optional()
            .rule(at -> at.isAfter(now) ? "a symptom cannot begin later than now (" + TypedDates.format(now) + ")" : "")
            .shownWhen(present);

    SymptomEntry(SymptomCode code) {
        this.code = code;
    }

    List<Observable> observables() {
        return List.of(present, onset.textProperty());
    }

    /**
     * The symptom as the assessment takes it. An onset that cannot be read is marked at its field and left
     * out, but the symptom itself still counts: a red flag must never wait for a time to be typed right.
     */
    Optional<Symptom> check(String label, LocalDateTime now, List<FieldProblem> problems) {
        this.now = now;
        onset.revalidate();
        if (!present.get()) {
            return Optional.empty();
        }
        String problem = onset.messageProperty().get();
        if (!problem.isEmpty()) {
            problems.add(new FieldProblem("When " + label + " began", problem));
        }
        return Optional.of(new Symptom(code, onset.validProperty().get() ? onset.value() : Optional.empty()));
    }

    public SymptomCode code() {
        return code;
    }

    public BooleanProperty presentProperty() {
        return present;
    }

    public StringProperty onsetProperty() {
        return onset.textProperty();
    }

    public ReadOnlyStringProperty onsetMessage() {
        return onset.messageProperty();
    }
}
