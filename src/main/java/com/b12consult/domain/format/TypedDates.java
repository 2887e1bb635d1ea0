package com.b12consult.domain.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The file format's date reading, for dates typed into a screen: the same strict shapes and the same words
 * when they are wrong, so a screen and the reader never disagree on what a date is.
 */
public final class TypedDates {
    /** A typed date read: the value, or what is wrong with the text and what is accepted. */
    public record Reading<T>(Optional<T> value, Optional<String> problem) {
    }

    private TypedDates() {
    }

    /** A day written {@code YYYY-MM-DD}. */
    public static Reading<LocalDate> day(String text) {
        IsoDates.Parsed<LocalDate> parsed = IsoDates.day(text.strip());
        return new Reading<>(Optional.ofNullable(parsed.value()), Optional.ofNullable(parsed.problem()));
    }

    /** A moment written {@code YYYY-MM-DDTHH:MM}. */
    public static Reading<LocalDateTime> moment(String text) {
        IsoDates.Parsed<LocalDateTime> parsed = IsoDates.moment(text.strip());
        return new Reading<>(Optional.ofNullable(parsed.value()), Optional.ofNullable(parsed.problem()));
    }

    public static String format(LocalDate day) {
        return IsoDates.format(day);
    }

    public static String format(LocalDateTime moment) {
        return IsoDates.format(moment);
    }
}
