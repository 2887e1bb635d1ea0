package com.b12consult.domain;

import static com.b12consult.domain.SymptomGroup.*;

/** Symptom codes of the spec: current symptoms, reactions after a dose, headache associated symptoms. */
public enum SymptomCode implements Coded {
    LEG_SWELLING_ONE_SIDED("leg_swelling_one_sided", CLOT_LEG),
    LEG_PAIN_TENDERNESS("leg_pain_tenderness", CLOT_LEG),
    LEG_WARMTH_REDNESS("leg_warmth_redness", CLOT_LEG),
    SUDDEN_SHORTNESS_OF_BREATH("sudden_shortness_of_breath", CLOT_LUNG),
    CHEST_PAIN("chest_pain", CLOT_LUNG),
    COUGHING_BLOOD("coughing_blood", CLOT_LUNG),
    RAPID_HEARTBEAT("rapid_heartbeat", CLOT_LUNG),
    FACIAL_DROOP("facial_droop", STROKE),
    ONE_SIDED_WEAKNESS_NUMBNESS("one_sided_weakness_numbness", STROKE),
    SPEECH_DIFFICULTY("speech_difficulty", STROKE),
    SUDDEN_SEVERE_HEADACHE("sudden_severe_headache", STROKE),
    NEW_NEUROLOGIC_SYMPTOMS("new_neurologic_symptoms", HEADACHE_RED_FLAG),
    FEVER_NECK_STIFFNESS("fever_neck_stiffness", HEADACHE_RED_FLAG),
    /** A fever on its own is no red flag; with a severe headache in the same window it is (rulebook). */
    FEVER("fever", GENERAL),
    BREATHING_DIFFICULTY("breathing_difficulty", ALLERGY),
    THROAT_SWELLING("throat_swelling", ALLERGY),
    FACIAL_SWELLING("facial_swelling", ALLERGY),
    WIDESPREAD_RASH("widespread_rash", ALLERGY),
    WHEEZE("wheeze", ALLERGY),
    RASH("rash", ALLERGY),
    ITCHING("itching", ALLERGY),
    SEVERE_DIZZINESS("severe_dizziness", ALLERGY),
    EASY_BRUISING("easy_bruising", SymptomGroup.BLEEDING),
    PETECHIAE("petechiae", SymptomGroup.BLEEDING),
    BLEEDING("bleeding", SymptomGroup.BLEEDING),
    DIZZINESS("dizziness", GENERAL),
    FAINTNESS("faintness", GENERAL),
    UNUSUAL_WEAKNESS("unusual_weakness", GENERAL),
    FATIGUE("fatigue", GENERAL),
    TINGLING_NUMBNESS("tingling_numbness", GENERAL),
    BALANCE_PROBLEMS("balance_problems", GENERAL),
    NAUSEA("nausea", GENERAL),
    PALPITATIONS("palpitations", GENERAL),
    INJECTION_SITE_SORENESS("injection_site_soreness", GENERAL),
    INJECTION_SITE_REACTION_SEVERE("injection_site_reaction_severe", GENERAL),
    LIGHT_SENSITIVITY("light_sensitivity", HEADACHE_FEATURE);

    private final String code;
    private final SymptomGroup group;

    SymptomCode(String code, SymptomGroup group) {
        this.code = code;
        this.group = group;
    }

    @Override
    public String code() {
        return code;
    }

    public SymptomGroup group() {
        return group;
    }

    /** True for codes that may stand in {@code symptoms[]} and {@code injections[].reactions}. */
    public boolean isStandaloneSymptom() {
        return group != HEADACHE_FEATURE;
    }
}
