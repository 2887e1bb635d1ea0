package com.b12consult.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DosingScheduleTest {
    @Test
    void aCourseGivenInDaysCountsTheDosesWithinThem() {
        assertEquals(new LoadingCourse(2, 7), LoadingCourse.forDays(2, 14), "alternate days for two weeks");
        assertEquals(new LoadingCourse(2, 7), LoadingCourse.forDays(2, 13), "days 0, 2, ... 12");
        assertEquals(new LoadingCourse(1, 5), LoadingCourse.forDays(1, 5));
        assertEquals(new LoadingCourse(7, 1), LoadingCourse.forDays(7, 3));
        assertEquals(14, LoadingCourse.forDays(2, 14).lengthDays());
    }

    @Test
    void nonsenseSchedulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoadingCourse(0, 3));
        assertThrows(IllegalArgumentException.class, () -> new LoadingCourse(2, 0));
        assertThrows(IllegalArgumentException.class, () -> LoadingCourse.forDays(2, 0));
        assertThrows(IllegalArgumentException.class, () -> new DosingSchedule(Optional.empty(), 0));
    }
}
