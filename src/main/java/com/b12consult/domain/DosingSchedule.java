package com.b12consult.domain;

import java.util.Objects;
import java.util.Optional;

/** When doses are due: an optional loading course, then a dose every {@code maintenanceIntervalDays} days. */
public record DosingSchedule(Optional<LoadingCourse> loading, int maintenanceIntervalDays) {
    public DosingSchedule {
        Objects.requireNonNull(loading, "loading");
        if (maintenanceIntervalDays < 1) {
            throw new IllegalArgumentException("The maintenance interval must be at least 1 day, was "
                    + maintenanceIntervalDays);
        }
    }
}
