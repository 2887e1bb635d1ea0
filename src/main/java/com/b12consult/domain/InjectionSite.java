package com.b12consult.domain;

/** Intramuscular injection sites. */
public enum InjectionSite implements Coded {
    LEFT_DELTOID("left_deltoid"),
    RIGHT_DELTOID("right_deltoid"),
    LEFT_GLUTEAL("left_gluteal"),
    RIGHT_GLUTEAL("right_gluteal"),
    LEFT_THIGH("left_thigh"),
    RIGHT_THIGH("right_thigh");

    private final String code;

    InjectionSite(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
