package com.b12consult.domain;

/** What a finding is about. */
public enum Topic implements Coded {
    CLOT("clot"),
    PLATELETS("platelets"),
    BLOOD_COUNT("blood_count"),
    HEADACHE("headache"),
    ALLERGY("allergy"),
    EXERCISE("exercise"),
    INJECTION("injection"),
    GENERAL("general");

    private final String code;

    Topic(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
