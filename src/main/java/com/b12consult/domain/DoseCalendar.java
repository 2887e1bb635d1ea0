package com.b12consult.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;

/**
 * When a prescription's next dose falls due, from the doses actually given. Each interval counts from
 * the dose before it as it was given, not as it was planned: a loading dose given a day late moves the
 * rest of the course by a day, as a nurse would book it. Held, refused and not-given doses are not
 * doses: the dose stays due.
 */
public final class DoseCalendar {
    private DoseCalendar() {
    }

    /**
     * The next dose of {@code prescription} on {@code today}, given the times of the doses the patient
     * has had. Only doses on or after the prescription's start date count towards its course.
     */
    public static DueDose next(Prescription prescription, Collection<LocalDateTime> dosesGiven, LocalDate today) {
        Objects.requireNonNull(prescription, "prescription");
        Objects.requireNonNull(today, "today");
        LocalDate start = prescription.startDate();
        int given = 0;
        LocalDate last = null;
        for (LocalDateTime t : dosesGiven) {
            LocalDate day = t.toLocalDate();
            if (day.isBefore(start)) {
                continue;
            }
            given++;
            if (last == null || day.isAfter(last)) {
                last = day;
            }
        }
        DosingSchedule schedule = prescription.schedule();
        int loadingDoses = schedule.loading().map(LoadingCourse::doses).orElse(0);
        boolean loading = given < loadingDoses;
        if (last == null) {
            return new DueDose(start, 1, loading, today);
        }
        // The dose just given sets the gap to the next: loading spacing while the course lasts.
        int interval = loading ? schedule.loading().orElseThrow().intervalDays() : schedule.maintenanceIntervalDays();
        return new DueDose(last.plusDays(interval), given + 1, loading, today);
    }
}
