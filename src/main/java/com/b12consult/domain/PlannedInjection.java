package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dose about to be given, and the prescription it must match: the prescribed dose, and when known the
 * prescribed product and the day the schedule makes this dose due.
 */
public record PlannedInjection(Product product, double doseMicrograms, double prescribedDoseMicrograms,
                               InjectionSite site, Optional<Product> prescribedProduct, Optional<LocalDate> dueOn) {
    public PlannedInjection {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(prescribedProduct, "prescribedProduct");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** A planned dose with no prescribed product or due day on record (both optional in the format). */
    public PlannedInjection(Product product, double doseMicrograms, double prescribedDoseMicrograms, InjectionSite site) {
        this(product, doseMicrograms, prescribedDoseMicrograms, site, Optional.empty(), Optional.empty());
    }
}
