package com.b12consult.ui.patients;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The checks of the patient form, as plain functions: each returns the message for the field, or empty when fine. */
final class PatientForm {
    static final String NAME_REQUIRED = "Name is required: enter the patient's full name.";
    static final String IDENTIFIER_REQUIRED = "Identifier is required: the clinic's patient id, such as P-0042.";
    static final String BIRTH_DATE_FORMAT = "Date of birth: enter the date as yyyy-MM-dd, for example 1984-03-21,"
            + " or leave it empty if unknown.";
    static final String BIRTH_DATE_FUTURE = "Date of birth cannot be in the future (today is %s).";

    private PatientForm() {
    }

    static String nameError(String name) {
        return isBlank(name) ? NAME_REQUIRED : "";
    }

    static String identifierError(String identifier) {
        return isBlank(identifier) ? IDENTIFIER_REQUIRED : "";
    }

    static String birthDateError(String text, LocalDate today) {
        if (isBlank(text)) {
            return "";
        }
        Optional<LocalDate> date = parseBirthDate(text);
        if (date.isEmpty()) {
            return BIRTH_DATE_FORMAT;
        }
        if (date.get().isAfter(today)) {
            return BIRTH_DATE_FUTURE.formatted(today);
        }
        return "";
    }

    /** ISO dates only: any other order of day and month would be read differently in different clinics. */
    static Optional<LocalDate> parseBirthDate(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
