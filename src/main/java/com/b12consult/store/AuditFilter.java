package com.b12consult.store;

import com.b12consult.domain.AuditAction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which audit entries to list: all, or only those of one patient, one action, one user (operating-system
 * user or initials, ignoring case) and/or a time range ({@code from} included, {@code until} excluded).
 */
public record AuditFilter(OptionalLong patientId, Optional<AuditAction> action, Optional<String> user,
                          Optional<Instant> from, Optional<Instant> until) {
    public AuditFilter {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        user = user.map(String::strip).filter(u -> !u.isEmpty());
    }

    public AuditFilter(OptionalLong patientId, Optional<AuditAction> action) {
        this(patientId, action, Optional.empty(), Optional.empty(), Optional.empty());
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
        return new AuditFilter(OptionalLong.of(id), action, user, from, until);
    }

    public AuditFilter withAction(AuditAction a) {
        return new AuditFilter(patientId, Optional.of(a), user, from, until);
    }

    public AuditFilter withUser(String osUserOrInitials) {
        return new AuditFilter(patientId, action, Optional.of(osUserOrInitials), from, until);
    }

    /** Entries at or after {@code start} and before {@code end}; either may be absent. */
    public AuditFilter between(Optional<Instant> start, Optional<Instant> end) {
        return new AuditFilter(patientId, action, user, start, end);
    }
}
