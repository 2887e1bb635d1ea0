package com.b12consult.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A dose already given, with any reactions noted after it. */
public record Injection(LocalDateTime givenAt, Product product, double doseMicrograms, InjectionSite site,
                        List<SymptomCode> reactions) {
    public Injection {
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(site, "site");
        reactions = List.copyOf(reactions);
    }
}
