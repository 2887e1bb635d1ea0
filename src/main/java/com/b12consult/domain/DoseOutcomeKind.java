package com.b12consult.domain;

/** What became of a due dose, in the words of an administration record. */
public enum DoseOutcomeKind implements Coded {
    GIVEN("given"),
    HELD("held"),
    REFUSED("refused"),
    NOT_GIVEN("not_given");

    private final String code;

    DoseOutcomeKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
