package com.b12consult.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The due dose is already recorded as given (by someone else, or by a second press); nothing was saved. */
public final class DoseAlreadyGivenException extends StoreException {
    private final LocalDate dueOn;
    private final String givenBy;
    private final Optional<Instant> recordedAt;

    public DoseAlreadyGivenException(LocalDate dueOn, String givenBy, Optional<Instant> recordedAt) {
        super("The dose due " + dueOn + " is already recorded as given" + (givenBy.isBlank() ? "" : " by " + givenBy)
                + recordedAt.map(t -> " (recorded " + t + ")").orElse("") + "; nothing was saved. A dose is given once.");
        this.dueOn = dueOn;
        this.givenBy = givenBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String givenBy() {
        return givenBy;
    }

    public Optional<Instant> recordedAt() {
        return recordedAt;
    }
}
