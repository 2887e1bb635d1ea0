package com.b12consult.ui.consult;

import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.ui.Fields;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.layout.VBox;

/** Step 5: the exercise planned on injection day and the soreness at the site. */
public final class ExerciseView {
    private final VBox root;

    public ExerciseView(ExerciseStepViewModel model) {
        VBox planned = new VBox(6, ConsultControls.caption("What the patient plans to do on the day of the injection"),
                ConsultControls.choices("exercisePlanned", "Exercise planned on injection day",
                        List.of(PlannedExercise.values()), model.plannedProperty()),
                Fields.hint("The exercise article: a light session on injection day (10 to 20 minutes of gentle movement);"
                        + " no heavy personal bests or very intense intervals the same day."));
        VBox soreness = new VBox(6, ConsultControls.caption("Soreness at the injection site"),
                ConsultControls.choices("siteSoreness", "Soreness at the injection site", List.of(SiteSoreness.values()),
                        model.sorenessProperty()));
        root = new VBox(18, ConsultControls.card("Exercise", planned, soreness));
        root.getStyleClass().add("consult-step");
    }

    public Parent root() {
        return root;
    }
}
