package com.b12consult.domain;

/** Headache type as entered in the diary. */
public enum HeadacheType implements Coded {
    TENSION("tension"),
    MIGRAINE("migraine"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    HeadacheType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
