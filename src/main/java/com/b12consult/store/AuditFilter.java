package com.b12consult.store;

import com.b12consult.domain.AuditAction;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Which audit entries to list: all, or only those of one patient and/or one action. */
public record AuditFilter(OptionalLong patientId, Optional<AuditAction> action) {
    public AuditFilter {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(action, "action");
    }

    public static AuditFilter all() {
        return new AuditFilter(OptionalLong.empty(), Optional.empty());
    }

    public static AuditFilter forPatient(long patientId) {
        return all().withPatient(patientId);
    }

    public static AuditFilter forAction(AuditAction action) {
        return all().withAction(action);
    }

    public AuditFilter withPatient(long id) {
        return new AuditFilter(OptionalLong.of(id), action);
    }

    public AuditFilter withAction(AuditAction a) {
        return new AuditFilter(patientId, Optional.of(a));
    }
}
