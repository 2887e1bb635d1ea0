package com.b12consult.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The next dose of a prescription: the day it falls due, its number in the course (1 is the first dose),
 * whether it belongs to the loading course, and where it stands on {@code today}.
 */
public record DueDose(LocalDate dueOn, int doseNumber, boolean loading, LocalDate today) {
    public DueDose {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(today, "today");
        if (doseNumber < 1) {
            throw new IllegalArgumentException("doseNumber starts at 1, was " + doseNumber);
        }
    }

    public DueState state() {
        int c = dueOn.compareTo(today);
        return c > 0 ? DueState.NOT_YET : c == 0 ? DueState.DUE_TODAY : DueState.OVERDUE;
    }

    /** Days past the due day; 0 unless overdue. */
    public long daysOverdue() {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    /** Due today or overdue: a dose the nurse should be checking for. */
    public boolean isDue() {
        return state() != DueState.NOT_YET;
    }

    /** In the list's words: "Overdue by 3 days", "Due today", "Next due 2026-12-01". */
    public String describe() {
        return switch (state()) {
            case OVERDUE -> "Overdue by " + daysOverdue() + (daysOverdue() == 1 ? " day" : " days") + " (due " + dueOn + ")";
            case DUE_TODAY -> "Due today";
            case NOT_YET -> "Next due " + dueOn;
        };
    }
}
