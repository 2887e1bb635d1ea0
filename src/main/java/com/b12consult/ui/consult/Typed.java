package com.b12consult.ui.consult;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads what a clinician types into a step's fields: the value, or a message in plain words saying what is
 * accepted. Times are typed as {@code 2026-11-21 10:30} (the file's {@code T} is accepted too).
 */
record Typed<T>(T value, String problem) {
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    static <T> Typed<T> ok(T value) {
        return new Typed<>(value, "");
    }

    static <T> Typed<T> wrong(String problem) {
        return new Typed<>(null, problem);
    }

    boolean ok() {
        return value != null;
    }

    Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    static Typed<LocalDateTime> moment(String text) {
        String t = text.strip().replace('T', ' ');
        try {
            return ok(LocalDateTime.parse(t, MOMENT));
        } catch (DateTimeParseException e) {
            return wrong("\"" + text.strip() + "\" is not a date and time; type it as yyyy-MM-dd HH:mm, e.g. 2026-11-21 10:30");
        }
    }

    static Typed<LocalDate> day(String text) {
        try {
            return ok(LocalDate.parse(text.strip(), DAY));
        } catch (DateTimeParseException e) {
            return wrong("\"" + text.strip() + "\" is not a date; type it as yyyy-MM-dd, e.g. 2026-11-21");
        }
    }

    /** A dose in micrograms: a positive number, with a comma or a point for decimals. */
    static Typed<Double> micrograms(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(v) || v <= 0) {
                return wrong("the dose must be more than 0 micrograms, e.g. 1000");
            }
            return ok(v);
        } catch (NumberFormatException e) {
            return wrong("\"" + text.strip() + "\" is not a number; type the micrograms in digits, e.g. 1000");
        }
    }

    /** A number of days: a whole number from 1 up. */
    static Typed<Integer> days(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= 1 ? ok(v) : wrong("type a whole number of days from 1 up, e.g. 90");
        } catch (NumberFormatException e) {
            return wrong("\"" + text.strip() + "\" is not a whole number of days; type digits, e.g. 90");
        }
    }

    /** A micrograms value as a clinician would type it: 1000, not 1000.0. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }
}
