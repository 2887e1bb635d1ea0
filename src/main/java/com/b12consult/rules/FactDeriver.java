package com.b12consult.rules;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.DoseCheck;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTiming;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LatestLab;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.PlateletGrade;
import com.b12consult.domain.PlateletTrend;
import com.b12consult.domain.Quantity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Computes the typed facts the rules read. Pure: the same assessment and limits give the same facts. */
public final class FactDeriver {
    /** A headache counts as following a dose when it began within this window after it (headaches article: 0-24 hours). */
    static final Duration HEADACHE_WINDOW = Duration.ofHours(24);

    /**
     * Platelet counts within this fraction of the previous count are "stable". A convention for showing
     * direction, not a clinical threshold: routine counts vary by several percent between draws.
     */
    static final double PLATELET_STABLE_FRACTION = 0.10;

    private FactDeriver() {
    }

    public static DerivedFacts derive(Assessment a, LabLimits limits) {
        Map<Analyte, LatestLab> latest = latestLabs(a.labs());
        // Hemoglobin decides; a hematocrit stands in only when no hemoglobin is on record.
        Optional<Boolean> anemia = value(latest, Analyte.HEMOGLOBIN)
                .map(hb -> hb < limits.hemoglobinLower(a.patient().sex()))
                .or(() -> value(latest, Analyte.HEMATOCRIT).map(hct -> hct < limits.hematocritLower(a.patient().sex())));
        Optional<Boolean> macrocytosis = value(latest, Analyte.MCV).map(mcv -> mcv > limits.value(LabLimitKey.MCV_UPPER));
        PlateletGrade grade = value(latest, Analyte.PLATELETS).map(p -> grade(p, limits)).orElse(PlateletGrade.UNKNOWN);
        Optional<Boolean> b12Low = value(latest, Analyte.B12).map(v -> v < limits.value(LabLimitKey.B12_LOWER));
        Optional<Boolean> folateLow = value(latest, Analyte.FOLATE).map(v -> v < limits.value(LabLimitKey.FOLATE_LOWER));
        // Spec: MCV above its limit together with anemia, low platelets or low B12.
        boolean megaloblastic = macrocytosis.orElse(false)
                && (anemia.orElse(false) || grade.isLow() || b12Low.orElse(false));

        List<Injection> doses = a.injections().stream()
                .filter(i -> !i.givenAt().isAfter(a.assessedAt()))
                .sorted(Comparator.comparing(Injection::givenAt))
                .toList();
        Optional<Injection> lastDose = doses.isEmpty() ? Optional.empty() : Optional.of(doses.get(doses.size() - 1));
        OptionalLong daysSince = lastDose
                .map(d -> OptionalLong.of(ChronoUnit.DAYS.between(d.givenAt().toLocalDate(), a.assessedAt().toLocalDate())))
                .orElse(OptionalLong.empty());

        return new DerivedFacts(latest, anemia, macrocytosis, grade, b12Low, folateLow, megaloblastic,
                plateletTrend(a.labs()), headacheTiming(doses, a.headaches()), daysSince, lastDose,
                doseCheck(a.plannedInjection()));
    }

    static Map<Analyte, LatestLab> latestLabs(List<LabPanel> panels) {
        Map<Analyte, LatestLab> latest = new EnumMap<>(Analyte.class);
        for (LabPanel panel : panels) {
            for (Map.Entry<Analyte, Quantity> r : panel.results().entrySet()) {
                LatestLab known = latest.get(r.getKey());
                // Same day twice: the later entry in the file wins, as a corrected result would.
                if (known == null || !panel.takenOn().isBefore(known.takenOn())) {
                    Quantity q = r.getValue();
                    Analyte an = r.getKey();
                    latest.put(an, new LatestLab(an, an.toCanonical(q.value(), q.unit()), an.canonicalUnit(q.unit()),
                            panel.takenOn()));
                }
            }
        }
        return latest;
    }

    static PlateletGrade grade(double platelets, LabLimits limits) {
        if (platelets < limits.value(LabLimitKey.PLATELETS_SEVERE)) {
            return PlateletGrade.SEVERE;
        }
        if (platelets < limits.value(LabLimitKey.PLATELETS_VERY_LOW)) {
            return PlateletGrade.VERY_LOW;
        }
        if (platelets < limits.value(LabLimitKey.PLATELETS_LOWER)) {
            return PlateletGrade.BELOW_LOWER_LIMIT;
        }
        return PlateletGrade.NORMAL;
    }

    /** Latest count against the one before it; fewer than two counts on different days is "insufficient". */
    static PlateletTrend plateletTrend(List<LabPanel> panels) {
        Map<LocalDate, Double> byDay = new java.util.TreeMap<>();
        for (LabPanel p : panels) {
            p.result(Analyte.PLATELETS).ifPresent(q -> byDay.put(p.takenOn(), Analyte.PLATELETS.toCanonical(q.value(), q.unit())));
        }
        if (byDay.size() < 2) {
            return PlateletTrend.INSUFFICIENT;
        }
        List<Double> counts = new ArrayList<>(byDay.values());
        double previous = counts.get(counts.size() - 2);
        double last = counts.get(counts.size() - 1);
        double change = last - previous;
        if (Math.abs(change) <= PLATELET_STABLE_FRACTION * previous) {
            return PlateletTrend.STABLE;
        }
        return change > 0 ? PlateletTrend.RISING : PlateletTrend.FALLING;
    }

    static HeadacheTiming headacheTiming(List<Injection> dosesOldestFirst, List<HeadacheEntry> headaches) {
        List<Integer> severities = new ArrayList<>();
        for (Injection dose : dosesOldestFirst) {
            LocalDateTime from = dose.givenAt();
            LocalDateTime to = from.plus(HEADACHE_WINDOW);
            headaches.stream()
                    .filter(h -> !h.onsetAt().isBefore(from) && !h.onsetAt().isAfter(to))
                    .mapToInt(HeadacheEntry::severity)
                    .max()
                    .ifPresent(severities::add);
        }
        int followed = severities.size();
        int doses = dosesOldestFirst.size();
        boolean recurring = followed >= 2 && followed * 2 > doses;
        int away = (int) headaches.stream().filter(h -> dosesOldestFirst.stream().noneMatch(d ->
                !h.onsetAt().isBefore(d.givenAt()) && !h.onsetAt().isAfter(d.givenAt().plus(HEADACHE_WINDOW)))).count();
        return new HeadacheTiming(doses, followed, recurring, escalating(severities), severities, away);
    }

    /** Rose across the followed doses: never fell from one to the next, and ended higher than it began. */
    static boolean escalating(List<Integer> severities) {
        if (severities.size() < 2) {
            return false;
        }
        for (int i = 1; i < severities.size(); i++) {
            if (severities.get(i) < severities.get(i - 1)) {
                return false;
            }
        }
        return severities.get(severities.size() - 1) > severities.get(0);
    }

    /** Another amount, or another product than the one prescribed (when the prescribed product is known). */
    static DoseCheck doseCheck(Optional<PlannedInjection> planned) {
        return planned.map(p -> amountDiffers(p) || productDiffers(p) ? DoseCheck.NOT_AS_PRESCRIBED : DoseCheck.AS_PRESCRIBED)
                .orElse(DoseCheck.NO_PLANNED_DOSE);
    }

    static boolean amountDiffers(PlannedInjection p) {
        return Math.abs(p.doseMicrograms() - p.prescribedDoseMicrograms()) >= 1e-9;
    }

    static boolean productDiffers(PlannedInjection p) {
        return p.prescribedProduct().map(pp -> pp != p.product()).orElse(false);
    }

    /**
     * How many days before its due day a dose may still be given: a tenth of the interval since the last dose,
     * at most {@link #EARLY_TOLERANCE_MAX_DAYS}; none for loading doses a few days apart, nor for a first dose.
     * A house convention (docs/decisions/pre-injection-check.md): the schedule is the prescriber's, and the
     * blood-clots article asks to keep to it.
     */
    static long earlyToleranceDays(LocalDate dueOn, Optional<Injection> lastDose) {
        long interval = lastDose.map(d -> ChronoUnit.DAYS.between(d.givenAt().toLocalDate(), dueOn)).orElse(0L);
        return Math.min(EARLY_TOLERANCE_MAX_DAYS, Math.max(0, interval / 10));
    }

    static final long EARLY_TOLERANCE_MAX_DAYS = 7;

    /** The earliest day the planned dose may be given, when its due day is known. */
    static Optional<LocalDate> earliestDay(Optional<PlannedInjection> planned, Optional<Injection> lastDose) {
        return planned.flatMap(PlannedInjection::dueOn).map(due -> due.minusDays(earlyToleranceDays(due, lastDose)));
    }

    private static Optional<Double> value(Map<Analyte, LatestLab> latest, Analyte analyte) {
        return Optional.ofNullable(latest.get(analyte)).map(LatestLab::value);
    }
}
