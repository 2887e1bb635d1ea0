package com.b12consult.domain;

/** What the patient plans to do on injection day, from gentlest to hardest. */
public enum PlannedExercise implements Coded {
    NONE("none"),
    WALKING("walking"),
    MOBILITY("mobility"),
    EASY_CARDIO("easy_cardio"),
    LIGHT_STRENGTH("light_strength"),
    HIIT("hiit"),
    MAX_EFFORT("max_effort");

    private final String code;

    PlannedExercise(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
