package com.b12consult.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Facts computed from an assessment and the lab limits in force; the rules read them by name.
 * A lab-based fact is empty when the lab it needs is not on record, never guessed.
 */
public record DerivedFacts(
        Map<Analyte, LatestLab> latestLabs,
        Optional<Boolean> anemia,
        Optional<Boolean> macrocytosis,
        PlateletGrade plateletGrade,
        Optional<Boolean> b12Low,
        Optional<Boolean> folateLow,
        boolean megaloblasticPattern,
        PlateletTrend plateletTrend,
        HeadacheTiming headacheTiming,
        OptionalLong daysSinceLastDose,
        Optional<Injection> lastDose,
        DoseCheck doseCheck) {

    public DerivedFacts {
        latestLabs = Map.copyOf(latestLabs);
        Objects.requireNonNull(anemia);
        Objects.requireNonNull(macrocytosis);
        Objects.requireNonNull(plateletGrade);
        Objects.requireNonNull(b12Low);
        Objects.requireNonNull(folateLow);
        Objects.requireNonNull(plateletTrend);
        Objects.requireNonNull(headacheTiming);
        Objects.requireNonNull(daysSinceLastDose);
        Objects.requireNonNull(lastDose);
        Objects.requireNonNull(doseCheck);
    }

    public Optional<LatestLab> latest(Analyte analyte) {
        return Optional.ofNullable(latestLabs.get(analyte));
    }
}
