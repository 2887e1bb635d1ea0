package com.b12consult.domain.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format's two date shapes, read strictly: {@code YYYY-MM-DD} for a day and {@code YYYY-MM-DDTHH:MM} (local
 * time, no seconds, no zone) for a moment. Impossible dates (2026-02-30) are refused, never rolled over.
 */
final class IsoDates {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MOMENT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})");
    /** As a person types it: a space between day and time, or the file's T. */
    private static final Pattern TYPED_MOMENT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})");
    private static final Pattern MOMENT_WITH_EXTRAS = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private IsoDates() {
    }

    /** The outcome of reading a date: the value, or what is wrong with the text. */
    record Parsed<T>(T value, String problem) {
        boolean ok() {
            return value != null;
        }
    }

    static Parsed<LocalDate> day(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            String hint = MOMENT_WITH_EXTRAS.matcher(text).matches()
                    ? "; this field is a day without a time, e.g. " + text.substring(0, 10)
                    : "";
            return new Parsed<>(null, "\"" + text + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01" + hint);
        }
        String problem = calendarProblem(text, m.group(1), m.group(2), m.group(3));
        if (problem != null) {
            return new Parsed<>(null, problem);
        }
        return new Parsed<>(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))), null);
    }

    static Parsed<LocalDateTime> moment(String text) {
        return moment(text, MOMENT, 'T');
    }

    /** A moment as typed on a screen: {@code YYYY-MM-DD HH:MM}, the file's {@code T} accepted too. */
    static Parsed<LocalDateTime> typedMoment(String text) {
        return moment(text, TYPED_MOMENT, ' ');
    }

    private static Parsed<LocalDateTime> moment(String text, Pattern shape, char separator) {
        Matcher m = shape.matcher(text);
        if (!m.matches()) {
            return new Parsed<>(null, "\"" + text + "\" is not a date and time; write it as YYYY-MM-DD" + separator
                    + "HH:MM (local time), e.g. 2026-11-21" + separator + "10:30" + momentHint(text, separator));
        }
        String problem = calendarProblem(text, m.group(1), m.group(2), m.group(3));
        if (problem != null) {
            return new Parsed<>(null, problem);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        if (hour > 23 || minute > 59) {
            return new Parsed<>(null, "\"" + text + "\" has no such time of day; hours run 00-23 and minutes 00-59");
        }
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return new Parsed<>(LocalDateTime.of(day, LocalTime.of(hour, minute)), null);
    }

    static String format(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    /** Minutes are the format's precision: seconds are dropped, never rounded into the next minute. */
    static String format(LocalDateTime moment) {
        return format(moment, 'T');
    }

    /** As people read and type it: a space between day and time. */
    static String formatTyped(LocalDateTime moment) {
        return format(moment, ' ');
    }

    private static String format(LocalDateTime moment, char separator) {
        LocalDateTime m = moment.truncatedTo(ChronoUnit.MINUTES);
        return format(m.toLocalDate()) + separator + String.format(Locale.ROOT, "%02d:%02d", m.getHour(), m.getMinute());
    }

    private static String momentHint(String text, char separator) {
        if (DAY.matcher(text).matches()) {
            return "; the time of day is needed here (use your best estimate), e.g. " + text + separator + "09:00";
        }
        Matcher m = MOMENT_WITH_EXTRAS.matcher(text);
        if (m.matches()) {
            return "; without seconds or time zone: " + m.group(1) + separator + m.group(2);
        }
        return "";
    }

    private static String calendarProblem(String text, String yearText, String monthText, String dayText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (year < 1) {
            return "\"" + text + "\" has no such year";
        }
        if (month < 1 || month > 12) {
            return "\"" + text + "\" has no such month: months run 01 to 12 (the format is year-month-day)";
        }
        // Not YearMonth or Year: their static parsers drag in the whole formatter machinery on first use, which a
        // command-line evaluation pays for in start-up time.
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int length = Month.of(month).length(leap);
        if (day < 1 || day > length) {
            return "\"" + text + "\" is not a date in the calendar: " + MONTH_NAMES[month - 1] + " " + year + " has "
                    + length + " days";
        }
        return null;
    }
}
