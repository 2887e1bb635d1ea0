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

    /**
     * The groups whose signs are red flags (the articles' "seek care now" lists, and allergic-type signs,
     * which the headaches article asks to stop and assess): one window of time weighs them all alike.
     */
    public boolean isRedFlag() {
        return switch (this) {
            case CLOT_LEG, CLOT_LUNG, STROKE, HEADACHE_RED_FLAG, ALLERGY, BLEEDING -> true;
            case GENERAL, HEADACHE_FEATURE -> false;
        };
    }

    /** In words, for the rulebook screen: "any blood clot in the leg sign". */
    public String label() {
        return label;
    }
}
