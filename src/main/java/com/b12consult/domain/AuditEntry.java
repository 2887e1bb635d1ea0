package com.b12consult.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/** One line of the append-only audit log; {@code patientId} is the database id of the patient concerned, if any. */
public record AuditEntry(long id, Instant at, Actor actor, AuditAction action, OptionalLong patientId, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(detail, "detail");
    }
}
