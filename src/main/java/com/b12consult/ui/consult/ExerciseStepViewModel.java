package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.SiteSoreness;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5, Exercise: what the patient plans on injection day and how sore the injection site is. Both start
 * "not asked" (null); once either is answered the other counts as none.
 */
public final class ExerciseStepViewModel implements ConsultationStep {
    private final ObjectProperty<PlannedExercise> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObjectProperty<SiteSoreness> soreness = new SimpleObjectProperty<>(this, "soreness");
    private final ObservableList<FieldProblem> problems =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList());
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final StepChanges changes = new StepChanges();

    public ExerciseStepViewModel() {
        planned.addListener(x -> changes.fire());
        soreness.addListener(x -> changes.fire());
    }

    @Override
    public String id() {
        return "exercise";
    }

    @Override
    public String title() {
        return "_Exercise";
    }

    /** Both fields are picked from lists, so nothing here can be wrong. */
    @Override
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    @Override
    public Observable changes() {
        return changes;
    }

    @Override
    public void writeTo(AssessmentParts parts) {
        parts.exercise = plan();
    }

    public Optional<ExercisePlan> plan() {
        if (planned.get() == null && soreness.get() == null) {
            return Optional.empty();
        }
        return Optional.of(new ExercisePlan(planned.get() == null ? PlannedExercise.NONE : planned.get(),
                soreness.get() == null ? SiteSoreness.NONE : soreness.get()));
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("planned", Codes.code(planned.get()));
        out.put("soreness", Codes.code(soreness.get()));
        return out;
    }

    @Override
    public void restore(Map<String, String> draft) {
        if (draft.containsKey("planned")) {
            planned.set(Codes.decode(PlannedExercise.class, draft.get("planned")));
        }
        if (draft.containsKey("soreness")) {
            soreness.set(Codes.decode(SiteSoreness.class, draft.get("soreness")));
        }
    }

    public ObjectProperty<PlannedExercise> plannedProperty() {
        return planned;
    }

    public ObjectProperty<SiteSoreness> sorenessProperty() {
        return soreness;
    }
}
