package com.b12consult.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What became of one due dose, as saved: {@code dueOn} the day it fell due, the check's decision, and for
 * a dose given the injection it recorded (with its lot, expiry and who gave it). {@code reason} says why a
 * dose was held or not given; {@code overrideReason} why a dose was given on HOLD (empty otherwise).
 * {@code enteredInError} is the correction when the outcome was recorded by mistake: the outcome stays on
 * record as it was, and no longer counts (a dose given in error is not a dose).
 */
public record DoseOutcome(long id, long patientId, long prescriptionId, LocalDate dueOn, DoseOutcomeKind kind,
                          DecisionStatus decision, String reason, String overrideReason, OptionalLong injectionId,
                          String lotNumber, Optional<LocalDate> lotExpiry, String givenBy, long assessmentId,
                          Instant recordedAt, Optional<EnteredInError> enteredInError) {
    /** An outcome with no correction. */
    public DoseOutcome(long id, long patientId, long prescriptionId, LocalDate dueOn, DoseOutcomeKind kind,
                       DecisionStatus decision, String reason, String overrideReason, OptionalLong injectionId,
                       String lotNumber, Optional<LocalDate> lotExpiry, String givenBy, long assessmentId,
                       Instant recordedAt) {
        this(id, patientId, prescriptionId, dueOn, kind, decision, reason, overrideReason, injectionId, lotNumber,
                lotExpiry, givenBy, assessmentId, recordedAt, Optional.empty());
    }

    public DoseOutcome {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
        reason = Objects.requireNonNull(reason, "reason").strip();
        overrideReason = Objects.requireNonNull(overrideReason, "overrideReason").strip();
        Objects.requireNonNull(injectionId, "injectionId");
        lotNumber = Objects.requireNonNull(lotNumber, "lotNumber").strip();
        Objects.requireNonNull(lotExpiry, "lotExpiry");
        givenBy = Objects.requireNonNull(givenBy, "givenBy").strip();
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(enteredInError, "enteredInError");
        if ((kind == DoseOutcomeKind.GIVEN) != injectionId.isPresent()) {
            throw new IllegalArgumentException("A dose given, and only a dose given, records an injection");
        }
        if (decision == DecisionStatus.URGENT && kind == DoseOutcomeKind.GIVEN) {
            throw new IllegalArgumentException("A dose is never given on an URGENT decision");
        }
        if (decision == DecisionStatus.HOLD && kind == DoseOutcomeKind.GIVEN && overrideReason.isEmpty()) {
            throw new IllegalArgumentException("A dose given on HOLD needs a written override reason");
        }
    }

    /** Whether it stands: not marked entered in error. */
    public boolean stands() {
        return enteredInError.isEmpty();
    }
}
