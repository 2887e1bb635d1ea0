package com.b12consult.domain;

/** The red-flag and symptom groups of the spec's code list. */
public enum SymptomGroup {
    CLOT_LEG, CLOT_LUNG, STROKE, HEADACHE_RED_FLAG, ALLERGY, BLEEDING, GENERAL,
    /** Only meaningful as a headache's associated symptom, never as a symptom or reaction of its own. */
    HEADACHE_FEATURE
}
