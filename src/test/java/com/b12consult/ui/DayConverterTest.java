package com.b12consult.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The date picker's text is the same shape as every other date field, whatever the platform's locale. */
class DayConverterTest {
    private final DayConverter converter = new DayConverter();

    @Test
    void showsAndReadsYearMonthDay() {
        assertEquals("2026-12-04", converter.toString(LocalDate.of(2026, 12, 4)));
        assertEquals(LocalDate.of(2026, 12, 4), converter.fromString(" 2026-12-04 "));
        assertEquals("", converter.toString(null));
        assertNull(converter.fromString(""));
    }

    @Test
    void aLocaleShapedDateIsRefusedSoThePickerKeepsItsValue() {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> converter.fromString("12/4/2026"));
        assertEquals("\"12/4/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01", e.getMessage());
    }
}
