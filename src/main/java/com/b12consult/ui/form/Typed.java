package com.b12consult.ui.form;

import com.b12consult.domain.format.AssessmentValidator;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.format.TypedNumbers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Reads what is typed into a field: the value, or a message in plain words saying what is accepted. The readers
 * of every form: times are typed as {@code 2026-11-21 10:30} (the file's {@code T} is accepted too), days as
 * {@code 2026-11-21}, numbers through {@link TypedNumbers}, the one input parser.
 */
public record Typed<T>(T value, String problem) {

    public static <T> Typed<T> ok(T value) {
        return new Typed<>(value, "");
    }

    public static <T> Typed<T> wrong(String problem) {
        return new Typed<>(null, problem);
    }

    public boolean ok() {
        return value != null;
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    /** The one reading of a typed moment (see {@link TypedDates}). */
    public static Typed<LocalDateTime> moment(String text) {
        return of(TypedDates.moment(text));
    }

    public static Typed<LocalDate> day(String text) {
        return of(TypedDates.day(text));
    }

    private static <T> Typed<T> of(TypedDates.Reading<T> reading) {
        return reading.value().map(Typed::ok).orElseGet(() -> wrong(reading.problem().orElse("")));
    }

    /** A dose in micrograms: a positive number, with a comma or a point for decimals. */
    public static Typed<Double> micrograms(String text) {
        TypedDates.Reading<Double> typed = TypedNumbers.decimal(text);
        if (typed.value().isEmpty()) {
            String problem = typed.problem().orElseThrow();
            return wrong(problem.contains("e.g. 13.5") ? problem.replace("e.g. 13.5", "e.g. 1000") : problem);
        }
        return typed.value().get() > 0 ? ok(typed.value().get()) : wrong("the dose must be more than 0 micrograms, e.g. 1000");
    }

    /** A number of days: a whole number from 1 up. */
    public static Typed<Integer> days(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= 1 ? ok(v) : wrong("type a whole number of days from 1 up, e.g. 90");
        } catch (NumberFormatException e) {
            return wrong("\"" + text.strip() + "\" is not a whole number of days; type digits, e.g. 90");
        }
    }

    /** Free text, as typed less the spaces around it (what is required of it is the field's to say). */
    public static Typed<String> words(String text) {
        return ok(text.strip());
    }

    /** A micrograms value as a clinician would type it: 1000, not 1000.0. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The rule every dose field adds to its reading: within what a B12 injection can be (the
     * {@link AssessmentValidator}'s range, 10 to 10000 micrograms), so a milligram slip is named at the field in
     * the file's words. A rule, not a refusal: the dose stays readable, so a dose drawn up 1.5 against 1000
     * prescribed still reaches the rule module and holds the dose, and nothing can be saved while it stands.
     */
    public static String injectionRange(double micrograms) {
        return AssessmentValidator.dose(micrograms).orElse("");
    }
}
