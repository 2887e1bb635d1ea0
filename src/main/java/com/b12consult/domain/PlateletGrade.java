package com.b12consult.domain;

/** The latest platelet count against the configured limits (see {@link LabLimitKey}). */
public enum PlateletGrade implements Coded {
    UNKNOWN("unknown"), NORMAL("normal"), BELOW_LOWER_LIMIT("below_lower_limit"), VERY_LOW("very_low"), SEVERE("severe");

    private final String code;

    PlateletGrade(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Below the lower limit of normal, at any grade. */
    public boolean isLow() {
        return ordinal() >= BELOW_LOWER_LIMIT.ordinal();
    }
}
