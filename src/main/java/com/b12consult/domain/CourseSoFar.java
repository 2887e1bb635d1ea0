package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's prescription in force and what its course has come to: how many doses were given on or after its
 * start date (doses entered in error are not doses) and the last day one was. All the dose calendar needs, so the
 * store can read it for every patient at once instead of each patient's whole list of doses.
 */
public record CourseSoFar(Prescription prescription, int dosesGiven, Optional<LocalDate> lastGiven) {
    public CourseSoFar {
        Objects.requireNonNull(prescription, "prescription");
        Objects.requireNonNull(lastGiven, "lastGiven");
    }

    /** The next dose on {@code today} ({@link DoseCalendar#next(Prescription, int, Optional, LocalDate)}). */
    public DueDose nextOn(LocalDate today) {
        return DoseCalendar.next(prescription, dosesGiven, lastGiven, today);
    }
}
