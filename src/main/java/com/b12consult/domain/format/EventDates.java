package com.b12consult.domain.format;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Checks that what the file records happened in the patient's lifetime and not after the assessment: a lab, dose,
 * headache or symptom dated later is a typing error, and the rules would misread it as the most recent event.
 * Either bound may be unknown (absent or itself invalid, already reported); that check is then skipped.
 */
final class EventDates {
    private final FieldReader fields;
    private final LocalDateTime assessedAt;
    private final LocalDate birthDate;

    EventDates(FieldReader fields, LocalDateTime assessedAt, LocalDate birthDate) {
        this.fields = fields;
        this.assessedAt = assessedAt;
        this.birthDate = birthDate;
    }

    void check(LocalDateTime moment, String pointer, String what) {
        if (assessedAt != null && moment.isAfter(assessedAt)) {
            fields.problem(pointer, IsoDates.format(moment) + " is after the assessment (" + IsoDates.format(assessedAt)
                    + "); " + what + " cannot be dated in the future: check the date, or the assessment's assessedAt");
        } else {
            checkBirth(moment.toLocalDate(), pointer, what);
        }
    }

    void check(LocalDate day, String pointer, String what) {
        if (assessedAt != null && day.isAfter(assessedAt.toLocalDate())) {
            fields.problem(pointer, IsoDates.format(day) + " is after the assessment (" + IsoDates.format(assessedAt)
                    + "); " + what + " cannot be dated in the future: check the date, or the assessment's assessedAt");
        } else {
            checkBirth(day, pointer, what);
        }
    }

    private void checkBirth(LocalDate day, String pointer, String what) {
        if (birthDate != null && day.isBefore(birthDate)) {
            fields.problem(pointer, IsoDates.format(day) + " is before the patient's birth date ("
                    + IsoDates.format(birthDate) + "); check the date of " + what);
        }
    }
}
