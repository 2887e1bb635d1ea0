package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The results of one blood draw. */
public record LabPanel(LocalDate takenOn, Map<Analyte, Quantity> results) {
    public LabPanel {
        Objects.requireNonNull(takenOn, "takenOn");
        results = results.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(results));
    }

    public Optional<Quantity> result(Analyte analyte) {
        return Optional.ofNullable(results.get(analyte));
    }
}
