package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one shape people type and read dates in, on every screen: year first, a space before the time. */
class TypedDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30 20:00", "2026-11-30T20:00", "  2026-11-30 20:00 "})
    void aMomentIsTypedWithASpaceOrTheFilesT(String typed) {
        assertEquals(Optional.of(LocalDateTime.of(2026, 11, 30, 20, 0)), TypedDates.moment(typed).value());
    }

    @Test
    void aMomentIsShownAsItIsTypedToTheMinute() {
        assertEquals("2026-11-30 20:00", TypedDates.format(LocalDateTime.of(2026, 11, 30, 20, 0, 59)));
        assertEquals("2026-12-04", TypedDates.format(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void anInstantIsShownInTheWorkstationsZoneNotUtc() {
        // 23:30 UTC is already the next day in Auckland, and still the same day in New York
        Instant late = Instant.parse("2026-12-01T23:30:00Z");
        assertEquals("2026-12-02 12:30", TypedDates.format(late, ZoneId.of("Pacific/Auckland")));
        assertEquals("2026-12-01 18:30", TypedDates.format(late, ZoneId.of("America/New_York")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12/4/2026 10:00   | YYYY-MM-DD HH:MM (local time), e.g. 2026-11-21 10:30",
        "2026-11-30        | e.g. 2026-11-30 09:00",
        "2026-11-30 20:00:15 | without seconds or time zone: 2026-11-30 20:00",
        "2026-02-30 10:00  | February 2026 has 28 days",
        "2026-11-30 24:10  | hours run 00-23"})
    void aWrongMomentSaysWhatIsAcceptedInTheShapePeopleType(String typed, String said) {
        String problem = TypedDates.moment(typed).problem().orElseThrow();
        assertTrue(problem.contains(said), problem);
        assertTrue(!problem.contains("DDT") && !problem.contains("-21T"), "no file-format T in a screen's words: " + problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/4/2026", "4.12.2026", "2026-12-4", "2026-13-01"})
    void aDayIsYearMonthDayOnly(String typed) {
        assertEquals(Optional.empty(), TypedDates.day(typed).value());
    }

    @Test
    void anInstantIsReadInTheWorkstationsZoneToTheSecondWhereOrderMatters() {
        Instant lateEvening = Instant.parse("2026-11-21T23:40:05Z");
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertEquals("2026-11-22 12:40:05", TypedDates.formatToTheSecond(lateEvening, auckland));
        assertEquals("12:40:05", TypedDates.timeToTheSecond(lateEvening, auckland));
        assertEquals("2026-11-21 15:40:05", TypedDates.formatToTheSecond(lateEvening, ZoneId.of("America/Los_Angeles")));
        assertEquals("2026-11-22 12:40", TypedDates.format(lateEvening, auckland), "the same instant to the minute");
    }
}
