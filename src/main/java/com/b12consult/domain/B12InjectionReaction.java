package com.b12consult.domain;

/** Past reaction to B12 injections. */
public enum B12InjectionReaction implements Coded {
    NONE("none"),
    MILD("mild"),
    ALLERGIC("allergic");

    private final String code;

    B12InjectionReaction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
