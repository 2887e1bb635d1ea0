package com.b12consult.domain;

import java.util.Objects;

/** What the patient plans on injection day, and how sore the injection site is. */
public record ExercisePlan(PlannedExercise planned, SiteSoreness injectionSiteSoreness) {
    public ExercisePlan {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(injectionSiteSoreness, "injectionSiteSoreness");
    }
}
