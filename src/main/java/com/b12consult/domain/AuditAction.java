package com.b12consult.domain;

/** What the audit log records. */
public enum AuditAction implements Coded {
    PATIENT_CREATED("patient_created"),
    PATIENT_UPDATED("patient_updated"),
    PRESCRIPTION_ADDED("prescription_added"),
    INJECTION_RECORDED("injection_recorded"),
    LAB_PANEL_RECORDED("lab_panel_recorded"),
    HEADACHE_RECORDED("headache_recorded"),
    ASSESSMENT_SAVED("assessment_saved"),
    CONSULTATION_SAVED("consultation_saved"),
    /** An alert of a consultation answered "not applicable": the detail keeps the finding and the reason. */
    ALERT_OVERRIDDEN("alert_overridden"),
    HANDOUT_GIVEN("handout_given"),
    /** A handout already given printed or saved again, from its stored PDF: the detail names the handout and its hash. */
    HANDOUT_REPRINTED("handout_reprinted"),
    SETTING_CHANGED("setting_changed"),
    DATABASE_RESTORED("database_restored"),
    /** The clinic's data was copied in from another database (move-to-server): the detail names where from. */
    DATABASE_MOVED("database_moved"),
    PATIENT_EXPORTED("patient_exported"),
    PATIENT_DELETED("patient_deleted"),
    BACKUP_TAKEN("backup_taken"),
    /** A prescriber reviewed a standing HOLD or URGENT: the detail keeps who, what was decided and the note. */
    PRESCRIBER_REVIEW_RECORDED("prescriber_review_recorded"),
    /** What became of a due dose, each outcome its own action; the detail keeps the due day, the decision and the reason. */
    DOSE_GIVEN("dose_given"),
    DOSE_HELD("dose_held"),
    DOSE_REFUSED("dose_refused"),
    DOSE_NOT_GIVEN("dose_not_given"),
    /** A dose outcome or an injection marked entered in error: the detail names what it was and the reason. */
    ENTERED_IN_ERROR("entered_in_error");

    /** The audit action for a dose outcome. */
    public static AuditAction forOutcome(DoseOutcomeKind kind) {
        return switch (kind) {
            case GIVEN -> DOSE_GIVEN;
            case HELD -> DOSE_HELD;
            case REFUSED -> DOSE_REFUSED;
            case NOT_GIVEN -> DOSE_NOT_GIVEN;
        };
    }

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
