package com.b12consult.ui.shell;

/** The places the sidebar leads to, in the order a clinic meets them. */
public enum Screen {
    PATIENTS("Patients", "patients", true, ""),
    CONSULTATION("Consultation", "consultation", true, ""),
    PRE_INJECTION_CHECK("Pre-injection check", "pre-injection-check", true, ""),
    HANDOUT("Handout", "handout", true, ""),
    RULEBOOK("Rulebook", "rulebook", true, ""),
    AUDIT_LOG("Audit log", "audit-log", true, ""),
    SETTINGS("Settings", "settings", true, "");

    private final String title;
    private final String idSuffix;
    private final boolean available;
    private final String comingNote;

    Screen(String title, String idSuffix, boolean available, String comingNote) {
        this.title = title;
        this.idSuffix = idSuffix;
        this.available = available;
        this.comingNote = comingNote;
    }

    public String title() {
        return title;
    }

    /** Stable name for control ids and style classes, e.g. {@code nav-pre-injection-check}. */
    public String idSuffix() {
        return idSuffix;
    }

    /** Built, and shown once the app has started (database open, rulebook checked); the others are placeholders until their issues land. */
    public boolean available() {
        return available;
    }

    /** For a placeholder, what the screen will do; empty for a built screen. */
    public String comingNote() {
        return comingNote;
    }
}
