package com.b12consult.ui.audit;

/** One audit entry as the viewer shows it: local time, who, what, about which patient, and the detail. */
public record AuditRow(long id, String when, String who, String action, String patient, String detail) {
}
