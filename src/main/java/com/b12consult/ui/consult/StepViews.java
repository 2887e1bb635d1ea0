package com.b12consult.ui.consult;

import javafx.scene.Node;

/** The view of each step's view model. */
final class StepViews {
    private StepViews() {
    }

    static Node of(ConsultationStep step) {
        if (step instanceof InjectionsStepViewModel s) {
            return new InjectionsView(s).root();
        }
        if (step instanceof ClotRiskStepViewModel s) {
            return new ClotRiskView(s).root();
        }
        if (step instanceof BloodCountStepViewModel s) {
            return new BloodCountView(s);
        }
        if (step instanceof HeadachesStepViewModel s) {
            return new HeadachesView(s);
        }
        if (step instanceof ReviewStepViewModel s) {
            return new ReviewView(s);
        }
        if (step instanceof ExerciseStepViewModel s) {
            return new ExerciseView(s).root();
        }
        throw new IllegalArgumentException("no view for the step " + step.id() + "; every step StandardSteps makes has one");
    }
}
