package com.b12consult.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

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
        return next(prescription, given, Optional.ofNullable(last), today);
    }

    /**
     * The next dose of {@code prescription} on {@code today} from what its course so far comes to: how many doses
     * were given on or after its start date, and the last day one was. The store reads these two for every patient
     * in one query; the list of doses is not needed.
     *
     * @throws IllegalArgumentException if {@code dosesGiven} is negative, or doses are counted but no last day
     *         given (or the other way round), or the last day is before the start
     */
    public static DueDose next(Prescription prescription, int dosesGiven, Optional<LocalDate> lastGiven,
                               LocalDate today) {
        Objects.requireNonNull(prescription, "prescription");
        Objects.requireNonNull(lastGiven, "lastGiven");
        Objects.requireNonNull(today, "today");
        LocalDate start = prescription.startDate();
        if (dosesGiven < 0) {
            throw new IllegalArgumentException("dosesGiven must not be negative, was " + dosesGiven);
        }
        if ((dosesGiven == 0) != lastGiven.isEmpty()) {
            throw new IllegalArgumentException("lastGiven must be empty exactly when no dose was given (dosesGiven "
                    + dosesGiven + ", lastGiven " + lastGiven.map(LocalDate::toString).orElse("empty") + ")");
        }
        if (lastGiven.isPresent() && lastGiven.get().isBefore(start)) {
            throw new IllegalArgumentException("lastGiven " + lastGiven.get() + " is before the prescription's start "
                    + start + ": only doses since the start count");
        }
        DosingSchedule schedule = prescription.schedule();
        int loadingDoses = schedule.loading().map(LoadingCourse::doses).orElse(0);
        boolean loading = dosesGiven < loadingDoses;
        if (lastGiven.isEmpty()) {
            return new DueDose(start, 1, loading, today);
        }
        // The dose just given sets the gap to the next: loading spacing while the course lasts.
        int interval = loading ? schedule.loading().orElseThrow().intervalDays() : schedule.maintenanceIntervalDays();
        return new DueDose(lastGiven.get().plusDays(interval), dosesGiven + 1, loading, today);
    }
}
