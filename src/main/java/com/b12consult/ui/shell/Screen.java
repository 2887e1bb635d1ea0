package com.b12consult.ui.shell;

/** The places the sidebar leads to, in the order a clinic meets them. */
public enum Screen {
    PATIENTS("Patients", "patients"),
    CONSULTATION("Consultation", "consultation"),
    PRE_INJECTION_CHECK("Pre-injection check", "pre-injection-check"),
    HANDOUT("Handout", "handout"),
    RULEBOOK("Rulebook", "rulebook"),
    AUDIT_LOG("Audit log", "audit-log"),
    SETTINGS("Settings", "settings");

    private final String title;
    private final String idSuffix;

    Screen(String title, String idSuffix) {
        this.title = title;
        this.idSuffix = idSuffix;
    }

    public String title() {
        return title;
    }

    /** Stable name for control ids and style classes, e.g. {@code nav-pre-injection-check}. */
    public String idSuffix() {
        return idSuffix;
    }
}
