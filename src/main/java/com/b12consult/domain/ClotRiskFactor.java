package com.b12consult.domain;

/** Baseline clot risk factors (blood-clots article). */
public enum ClotRiskFactor implements Coded {
    PRIOR_DVT_PE("prior_dvt_pe"),
    FAMILY_HISTORY_CLOTS("family_history_clots"),
    THROMBOPHILIA("thrombophilia"),
    SMOKING("smoking"),
    OBESITY("obesity"),
    PREGNANCY_POSTPARTUM("pregnancy_postpartum"),
    RECENT_SURGERY("recent_surgery"),
    LONG_TRAVEL("long_travel"),
    IMMOBILITY("immobility"),
    ESTROGEN_THERAPY("estrogen_therapy"),
    ACTIVE_CANCER("active_cancer"),
    INFLAMMATORY_CONDITION("inflammatory_condition"),
    COAGULATION_SUPPLEMENTS("coagulation_supplements");

    private final String code;

    ClotRiskFactor(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
