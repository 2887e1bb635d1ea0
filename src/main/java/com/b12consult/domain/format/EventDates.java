package com.b12consult.domain.format;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Checks that what the file records happened in the patient's lifetime and not after the assessment, by the
 * {@link AssessmentValidator}'s rule, reporting each problem at the field where it was read. Either bound may be
 * unknown (absent or itself invalid, already reported); that check is then skipped.
 */
final class EventDates {
    private final FieldReader fields;
    private final AssessmentValidator.Bounds bounds;

    EventDates(FieldReader fields, LocalDateTime assessedAt, LocalDate birthDate) {
        this.fields = fields;
        this.bounds = new AssessmentValidator.Bounds(assessedAt, birthDate);
    }

    void check(LocalDateTime moment, String pointer, String what) {
        bounds.moment(moment, what).ifPresent(message -> fields.problem(pointer, message));
    }

    void check(LocalDate day, String pointer, String what) {
        bounds.day(day, what).ifPresent(message -> fields.problem(pointer, message));
    }
}
