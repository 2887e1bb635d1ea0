package com.b12consult.domain;

/**
 * The decision for the dose at hand, in increasing order of precedence: a more serious status
 * always wins over a lesser one, so a red flag is never outweighed.
 */
public enum DecisionStatus implements Coded {
    PROCEED("proceed", "Proceed"),
    PROCEED_WITH_CARE("proceed_with_care", "Proceed with care"),
    HOLD("hold", "Hold"),
    URGENT("urgent", "Urgent");

    private final String code;
    private final String label;

    DecisionStatus(String code, String label) {
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

    public DecisionStatus max(DecisionStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
