package com.b12consult.domain;

/** The dose drawn up against the prescribed dose. */
public enum DoseCheck implements Coded {
    NO_PLANNED_DOSE("no_planned_dose"), AS_PRESCRIBED("as_prescribed"), NOT_AS_PRESCRIBED("not_as_prescribed");

    private final String code;

    DoseCheck(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
