package com.b12consult.ui.patients;

import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.TypedDates;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The checks of the patient form, as plain functions: each returns the message for the field, or empty when fine. */
final class PatientForm {
    static final String NAME_REQUIRED = "Name is required: enter the patient's full name.";
    static final String IDENTIFIER_REQUIRED = "Identifier is required: the clinic's patient id, such as P-0042.";
    static final String BIRTH_DATE_FORMAT = "Date of birth: enter the date as YYYY-MM-DD, for example 1984-03-21,"
            + " or leave it empty if unknown.";
    static final String BIRTH_DATE_FUTURE = "Date of birth cannot be in the future (today is %s).";

    static final String ALLERGIES_EMPTY = "Known allergies: list at least one allergy (for example \"penicillin:"
            + " rash\"), or choose \"None known\".";
    static final String ALLERGIES_NONE_TYPED = "Known allergies: \"%s\" is not an allergy. Choose \"None known\""
            + " instead; the list is only for allergies the patient has.";
    /** What people type to mean "no allergies": refused as a list, so it is never read as one. */
    private static final Set<String> NONE_WORDS = Set.of("none", "none known", "no known allergies", "no allergies",
            "nka", "nkda", "nil", "nil known", "no", "n/a", "na", "-", "--");

    private PatientForm() {
    }

    static String nameError(String name) {
        return isBlank(name) ? NAME_REQUIRED : "";
    }

    static String identifierError(String identifier) {
        return isBlank(identifier) ? IDENTIFIER_REQUIRED : "";
    }

    /** A list must name an allergy; the words for "none" are the "None known" choice, not a list. */
    static String allergiesError(AllergyStatus status, String list) {
        if (status != AllergyStatus.LISTED) {
            return "";
        }
        if (isBlank(list)) {
            return ALLERGIES_EMPTY;
        }
        String said = list.strip().replaceAll("[.!]+$", "").strip();
        return NONE_WORDS.contains(said.toLowerCase(Locale.ROOT)) ? ALLERGIES_NONE_TYPED.formatted(said) : "";
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
        return TypedDates.day(text).value();
    }

    static String sexLabel(Sex sex) {
        return switch (sex) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case OTHER -> "Other";
            case UNKNOWN -> "Unknown";
        };
    }

    /** A date of birth as typed, for showing beside another: "Not known" when empty. */
    static String birthDateLabel(String typed) {
        return isBlank(typed) ? "Not known" : typed.strip();
    }

    /** Known allergies in the form's words: the choice, or the list when there is one. */
    static String allergiesLabel(AllergyStatus status, String list) {
        return switch (status == null ? AllergyStatus.NOT_RECORDED : status) {
            case NOT_RECORDED -> "Not asked yet";
            case NONE_KNOWN -> "None known";
            case LISTED -> isBlank(list) ? "Listed, but none typed" : list.strip();
        };
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
