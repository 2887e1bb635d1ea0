package com.b12consult.domain;

/** Sex as recorded; sex-specific hemoglobin limits need it. */
public enum Sex implements Coded {
    FEMALE("female"),
    MALE("male"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
