package com.b12consult.ui.check;

import com.b12consult.domain.SymptomCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The answer to one of today's questions: yes or no, and the signs ticked under a yes. */
public final class Answer {
    private final TodayQuestion question;
    private final BooleanProperty yes = new SimpleBooleanProperty(this, "yes", false);
    private final Map<SymptomCode, BooleanProperty> ticked = new EnumMap<>(SymptomCode.class);

    Answer(TodayQuestion question) {
        this.question = question;
        for (SymptomCode code : question.signs()) {
            ticked.put(code, new SimpleBooleanProperty(this, code.code(), false));
        }
    }

    public TodayQuestion question() {
        return question;
    }

    public BooleanProperty yesProperty() {
        return yes;
    }

    public BooleanProperty signProperty(SymptomCode code) {
        BooleanProperty p = ticked.get(code);
        if (p == null) {
            throw new IllegalArgumentException(code + " is not asked under " + question);
        }
        return p;
    }

    /** What the answer says, as codes: none for "no"; the ticked signs, or the assumed one, for "yes". */
    public List<SymptomCode> codes() {
        if (!yes.get()) {
            return List.of();
        }
        List<SymptomCode> out = new ArrayList<>();
        ticked.forEach((code, p) -> {
            if (p.get()) {
                out.add(code);
            }
        });
        return out.isEmpty() ? List.of(question.assumed()) : out;
    }

    /** True for a "yes" with no sign ticked yet: the screen says what it is counted as. */
    public boolean assuming() {
        return yes.get() && ticked.values().stream().noneMatch(BooleanProperty::get);
    }

    void clear() {
        yes.set(false);
        ticked.values().forEach(p -> p.set(false));
    }

    List<Observable> observables() {
        List<Observable> out = new ArrayList<>(ticked.values());
        out.add(yes);
        return out;
    }
}
