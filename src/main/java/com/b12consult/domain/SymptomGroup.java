package com.b12consult.domain;

/** The red-flag and symptom groups of the spec's code list. */
public enum SymptomGroup {
    CLOT_LEG("blood clot in the leg"),
    CLOT_LUNG("blood clot in the lung"),
    STROKE("stroke"),
    HEADACHE_RED_FLAG("headache red flag"),
    ALLERGY("allergic-type"),
    BLEEDING("bleeding"),
    GENERAL("general"),
    /** Only meaningful as a headache's associated symptom, never as a symptom or reaction of its own. */
    HEADACHE_FEATURE("headache feature");

    private final String label;

    SymptomGroup(String label) {
        this.label = label;
    }

    /** In words, for the rulebook screen: "any blood clot in the leg sign". */
    public String label() {
        return label;
    }
}
