package com.b12consult.store;

import com.b12consult.domain.Injection;
import java.time.LocalDate;
import java.util.Objects;

/** A dose given as the administration record keeps it: the injection, the lot and its expiry, who gave it. */
public record GivenDose(Injection injection, String lotNumber, LocalDate lotExpiry, String givenBy) {
    public GivenDose {
        Objects.requireNonNull(injection, "injection");
        lotNumber = Objects.requireNonNull(lotNumber, "lotNumber").strip();
        Objects.requireNonNull(lotExpiry, "lotExpiry");
        givenBy = Objects.requireNonNull(givenBy, "givenBy").strip();
        if (lotNumber.isEmpty()) {
            throw new IllegalArgumentException("A dose given needs its lot number");
        }
        if (givenBy.isEmpty()) {
            throw new IllegalArgumentException("A dose given needs who gave it");
        }
    }
}
