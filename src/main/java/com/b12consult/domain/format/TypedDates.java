package com.b12consult.domain.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Dates as people type and read them, in one shape everywhere: {@code 2026-11-21} for a day and
 * {@code 2026-11-21 10:30} for a moment (the file's {@code 2026-11-21T10:30} is accepted when typed). Year first,
 * because 12/4 is read as April in one clinic and December in the next. The same strict reading as the file
 * format, so a screen and the reader never disagree on what a date is; the one parser and formatter for every
 * screen, finding and command line.
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

    /** A moment written {@code YYYY-MM-DD HH:MM} (or with the file's {@code T}). */
    public static Reading<LocalDateTime> moment(String text) {
        IsoDates.Parsed<LocalDateTime> parsed = IsoDates.typedMoment(text.strip());
        return new Reading<>(Optional.ofNullable(parsed.value()), Optional.ofNullable(parsed.problem()));
    }

    public static String format(LocalDate day) {
        return IsoDates.format(day);
    }

    /** {@code 2026-11-21 10:30}: to the minute, seconds dropped. */
    public static String format(LocalDateTime moment) {
        return IsoDates.formatTyped(moment);
    }

    /** A stored instant as the workstation's clock showed it: {@code 2026-11-21 10:30} in {@code zone}. */
    public static String format(Instant instant, ZoneId zone) {
        return format(LocalDateTime.ofInstant(instant, zone));
    }

    /**
     * A stored instant to the second, where the order of events a second apart matters (the audit log, when a
     * backup was taken): {@code 2026-11-21 10:30:05} in {@code zone}.
     */
    public static String formatToTheSecond(Instant instant, ZoneId zone) {
        LocalDateTime at = LocalDateTime.ofInstant(instant, zone);
        return format(at) + String.format(java.util.Locale.ROOT, ":%02d", at.getSecond());
    }

    /** The time of day of a stored instant, to the second: {@code 10:30:05} in {@code zone}. */
    public static String timeToTheSecond(Instant instant, ZoneId zone) {
        String full = formatToTheSecond(instant, zone);
        return full.substring(full.indexOf(' ') + 1);
    }
}
