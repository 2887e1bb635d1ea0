package com.b12consult.domain;

/** What a prescriber decided on reviewing a standing HOLD or URGENT. */
public enum ReviewOutcome implements Coded {
    CLEARED_TO_GIVE("cleared_to_give", "Cleared to give"),
    NOT_CLEARED("not_cleared", "Not cleared to give");

    private final String code;
    private final String label;

    ReviewOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
