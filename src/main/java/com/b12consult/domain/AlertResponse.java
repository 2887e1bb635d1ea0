package com.b12consult.domain;

/**
 * How the clinician answered an alert in a consultation: acted on it, or judged it does not apply to this
 * patient (an override, which always carries a reason). CDS Hooks calls these "accepted" and "overridden".
 */
public enum AlertResponse implements Coded {
    ACTED_ON("acted_on", "Acted on"),
    NOT_APPLICABLE("not_applicable", "Not applicable");

    private final String code;
    private final String label;

    AlertResponse(String code, String label) {
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
