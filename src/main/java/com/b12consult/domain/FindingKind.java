package com.b12consult.domain;

/** An alert (act now or before the dose), a checklist step (do or ask), or a caveat (a limit on what the data mean). */
public enum FindingKind implements Coded {
    ALERT("alert"),
    CHECKLIST("checklist"),
    CAVEAT("caveat");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
