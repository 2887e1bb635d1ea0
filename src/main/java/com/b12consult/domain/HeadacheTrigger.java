package com.b12consult.domain;

/** Headache triggers the headaches article names. */
public enum HeadacheTrigger implements Coded {
    HIGH_DOSE_REGIMEN("high_dose_regimen"),
    SUPPLEMENT_SENSITIVITY("supplement_sensitivity"),
    POOR_SLEEP("poor_sleep"),
    DEHYDRATION("dehydration"),
    CAFFEINE_CHANGES("caffeine_changes"),
    STRESS("stress"),
    NEW_DIET("new_diet");

    private final String code;

    HeadacheTrigger(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
