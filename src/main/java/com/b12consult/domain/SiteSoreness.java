package com.b12consult.domain;

/** Soreness at the injection site. */
public enum SiteSoreness implements Coded {
    NONE("none"),
    MILD("mild"),
    SEVERE("severe");

    private final String code;

    SiteSoreness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
