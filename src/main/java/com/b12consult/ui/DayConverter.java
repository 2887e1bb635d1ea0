package com.b12consult.ui;

import com.b12consult.domain.format.TypedDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/**
 * A date picker's text in the one shape every screen uses ({@code 2026-12-04}), not the platform locale's
 * ({@code 12/4/2026}, read as April in half the world). Text that is not a date keeps the picker's last value.
 */
public final class DayConverter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : TypedDates.format(day);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TypedDates.Reading<LocalDate> reading = TypedDates.day(text);
        // the picker keeps its value on a parse exception, so a typing mistake loses nothing
        return reading.value().orElseThrow(() -> new DateTimeParseException(reading.problem().orElse(""), text, 0));
    }
}
