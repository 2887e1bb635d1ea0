package com.b12consult.domain;

import java.util.Objects;

/** The dose about to be given, and the prescribed dose it must match. */
public record PlannedInjection(Product product, double doseMicrograms, double prescribedDoseMicrograms,
                               InjectionSite site) {
    public PlannedInjection {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
    }
}
