package com.b12consult.domain;

/** How much a finding matters, in increasing order. */
public enum Severity implements Coded {
    INFO("info"), CAUTION("caution"), WARNING("warning"), URGENT("urgent");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
