package com.b12consult.domain;

/** Conditions on record that change how the findings read. */
public enum MedicalCondition implements Coded {
    PERNICIOUS_ANEMIA("pernicious_anemia"),
    MALABSORPTION("malabsorption"),
    HEART_DISEASE("heart_disease"),
    UNCONTROLLED_ANEMIA("uncontrolled_anemia"),
    MIGRAINE_HISTORY("migraine_history"),
    TENSION_HEADACHE_HISTORY("tension_headache_history"),
    LIVER_DISEASE("liver_disease"),
    ALCOHOL_USE("alcohol_use"),
    IMMUNE_THROMBOCYTOPENIA("immune_thrombocytopenia"),
    VIRAL_INFECTION("viral_infection"),
    FOLATE_DEFICIENCY("folate_deficiency"),
    IRON_DEFICIENCY("iron_deficiency"),
    THYROID_DISORDER("thyroid_disorder");

    private final String code;

    MedicalCondition(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
