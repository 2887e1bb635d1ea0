package com.b12consult.domain;

/** Who is assessing: a clinician in consultation, or a nurse right before a dose. */
public enum AssessmentContext implements Coded {
    CONSULTATION("consultation"),
    PRE_INJECTION("pre_injection");

    private final String code;

    AssessmentContext(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
