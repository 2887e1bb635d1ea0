package com.b12consult.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoseCalendarTest {
    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final Prescription LOADING_THEN_MONTHLY = Prescription.unsaved(1, Product.HYDROXOCOBALAMIN, 1000,
            new DosingSchedule(Optional.of(LoadingCourse.forDays(2, 14)), 90), START);

    private static LocalDateTime at(LocalDate day) {
        return day.atTime(9, 0);
    }

    @Test
    void theFirstDoseIsDueOnTheStartDate() {
        DueDose due = DoseCalendar.next(LOADING_THEN_MONTHLY, List.of(), START);
        assertEquals(START, due.dueOn());
        assertEquals(1, due.doseNumber());
        assertTrue(due.loading());
        assertEquals(DueState.DUE_TODAY, due.state());
        assertEquals(DueState.NOT_YET, DoseCalendar.next(LOADING_THEN_MONTHLY, List.of(), START.minusDays(1)).state());
    }

    @Test
    void alternateDaysForTwoWeeksThenTheMaintenanceInterval() {
        List<LocalDateTime> given = new ArrayList<>();
        LocalDate day = START;
        for (int dose = 1; dose <= 7; dose++) {
            DueDose due = DoseCalendar.next(LOADING_THEN_MONTHLY, given, day);
            assertEquals(day, due.dueOn(), "loading dose " + dose);
            assertEquals(dose, due.doseNumber());
            assertTrue(due.loading());
            given.add(at(day));
            day = day.plusDays(2);
        }
        DueDose maintenance = DoseCalendar.next(LOADING_THEN_MONTHLY, given, day);
        assertEquals(START.plusDays(12).plusDays(90), maintenance.dueOn(), "90 days after the seventh dose");
        assertEquals(8, maintenance.doseNumber());
        assertFalse(maintenance.loading());
    }

    @Test
    void aLateDoseMovesTheRestOfTheCourseAndOverdueCountsTheDays() {
        List<LocalDateTime> given = List.of(at(START), at(START.plusDays(3)));
        DueDose due = DoseCalendar.next(LOADING_THEN_MONTHLY, given, START.plusDays(8));
        assertEquals(START.plusDays(5), due.dueOn());
        assertEquals(DueState.OVERDUE, due.state());
        assertEquals(3, due.daysOverdue());
        assertTrue(due.isDue());
        assertEquals("Overdue by 3 days (due 2026-11-07)", due.describe());
    }

    @Test
    void dosesBeforeThePrescriptionStartedDoNotCountTowardsIt() {
        List<LocalDateTime> given = List.of(at(START.minusDays(100)), at(START.minusDays(10)));
        DueDose due = DoseCalendar.next(LOADING_THEN_MONTHLY, given, START);
        assertEquals(START, due.dueOn());
        assertEquals(1, due.doseNumber());
    }

    @Test
    void withoutALoadingCourseEveryIntervalCountsFromTheLastDose() {
        Prescription maintenance = Prescription.unsaved(1, Product.CYANOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 30), START);
        DueDose due = DoseCalendar.next(maintenance, List.of(at(START), at(START.plusDays(31))), START.plusDays(40));
        assertEquals(START.plusDays(61), due.dueOn());
        assertFalse(due.loading());
        assertEquals("Next due 2027-01-02", due.describe());
    }

    @Test
    void theCountAndTheLastDayGiveTheSameNextDoseAsTheListOfDoses() {
        List<LocalDateTime> given = List.of(at(START.minusDays(30)), at(START), START.plusDays(3).atTime(23, 59, 59),
                START.plusDays(1).atTime(0, 0));
        DueDose fromList = DoseCalendar.next(LOADING_THEN_MONTHLY, given, START.plusDays(8));
        DueDose fromCount = DoseCalendar.next(LOADING_THEN_MONTHLY, 3, Optional.of(START.plusDays(3)), START.plusDays(8));
        assertEquals(fromList, fromCount);
        assertEquals(START.plusDays(5), fromCount.dueOn(), "the dose before the start does not count");
        assertEquals(4, fromCount.doseNumber());
        assertEquals(new DueDose(START, 1, true, START), DoseCalendar.next(LOADING_THEN_MONTHLY, 0, Optional.empty(), START));
    }

    @Test
    void aCourseThatCannotBeIsRefusedNamingWhatIsWrong() {
        IllegalArgumentException negative = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DoseCalendar.next(LOADING_THEN_MONTHLY, -1, Optional.empty(), START));
        assertTrue(negative.getMessage().contains("dosesGiven"), negative.getMessage());
        IllegalArgumentException noDay = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DoseCalendar.next(LOADING_THEN_MONTHLY, 2, Optional.empty(), START));
        assertTrue(noDay.getMessage().contains("lastGiven"), noDay.getMessage());
        IllegalArgumentException before = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DoseCalendar.next(LOADING_THEN_MONTHLY, 1, Optional.of(START.minusDays(1)), START));
        assertTrue(before.getMessage().contains("before the prescription's start"), before.getMessage());
    }
}
