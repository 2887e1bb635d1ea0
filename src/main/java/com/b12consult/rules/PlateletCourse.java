package com.b12consult.rules;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabPanel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The course of the blood count across serial panels during treatment: whether the platelet count has stayed
 * low across weeks of doses, and whether the red cells have recovered meanwhile. The platelets article
 * expects recovery over weeks and warns that it may not come, or not fully, when the deficiency is not the
 * whole cause. Pure: the same assessment and limits give the same answer.
 */
final class PlateletCourse {
    /**
     * A low count counts as "not recovering" once it has stayed low for this many days with doses given in
     * between. A house convention: the article says recovery "often occurs over weeks", without a number.
     */
    static final int WEEKS_LOW_DAYS = 28;

    /** An unbroken run of low counts up to the latest one, with the doses given inside it. */
    record LowRun(LocalDate firstOn, double firstCount, LocalDate latestOn, double latestCount, int dosesBetween) {
        long days() {
            return ChronoUnit.DAYS.between(firstOn, latestOn);
        }
    }

    private PlateletCourse() {
    }

    /**
     * The run of low counts ending at the latest one, when it spans {@link #WEEKS_LOW_DAYS} days and a dose and the
     * latest count is not rising.
     */
    static Optional<LowRun> lowThroughTreatment(Assessment a, LabLimits limits) {
        TreeMap<LocalDate, Double> counts = byDay(a.labs(), Analyte.PLATELETS);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        double lower = limits.value(LabLimitKey.PLATELETS_LOWER);
        Map.Entry<LocalDate, Double> latest = counts.lastEntry();
        if (latest.getValue() >= lower) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, Double> first = latest;
        for (Map.Entry<LocalDate, Double> e : counts.descendingMap().entrySet()) {
            if (e.getValue() >= lower) {
                break;
            }
            first = e;
        }
        LocalDate from = first.getKey();
        LocalDate to = latest.getKey();
        int doses = 0;
        for (Injection i : a.injections()) {
            LocalDate day = i.givenAt().toLocalDate();
            if (!day.isBefore(from) && day.isBefore(to)) {
                doses++;
            }
        }
        LowRun run = new LowRun(from, first.getValue(), to, latest.getValue(), doses);
        // a count that is climbing is recovering, however slowly: only a flat or falling one "stays low"
        boolean rising = FactDeriver.plateletTrend(a.labs()) == com.b12consult.domain.PlateletTrend.RISING;
        return run.days() >= WEEKS_LOW_DAYS && doses >= 1 && !rising ? Optional.of(run) : Optional.empty();
    }

    /**
     * The red cells are back within their limits on the latest panel that has them (hemoglobin, or hematocrit
     * when no hemoglobin is known, and MCV), after an earlier panel showed anemia or macrocytosis.
     */
    static boolean redCellsRecovered(Assessment a, LabLimits limits) {
        // one blood draw may be entered as several panels of one day: read the day's values together
        TreeMap<LocalDate, Map<Analyte, Double>> days = new TreeMap<>();
        for (LabPanel p : a.labs()) {
            p.results().forEach((analyte, q) -> days.computeIfAbsent(p.takenOn(), d -> new java.util.EnumMap<>(Analyte.class))
                    .put(analyte, analyte.toCanonical(q.value(), q.unit())));
        }
        List<Boolean> abnormalByDay = new ArrayList<>();
        for (Map<Analyte, Double> values : days.values()) {
            redCellsAbnormal(values, a, limits).ifPresent(abnormalByDay::add);
        }
        if (abnormalByDay.size() < 2 || abnormalByDay.get(abnormalByDay.size() - 1)) {
            return false;
        }
        return abnormalByDay.subList(0, abnormalByDay.size() - 1).contains(true);
    }

    /** Anemia or macrocytosis on one day's values; empty when the day has none of the red-cell values. */
    private static Optional<Boolean> redCellsAbnormal(Map<Analyte, Double> values, Assessment a, LabLimits limits) {
        Optional<Boolean> anemia = Optional.ofNullable(values.get(Analyte.HEMOGLOBIN))
                .map(hb -> hb < limits.hemoglobinLower(a.patient().sex()))
                .or(() -> Optional.ofNullable(values.get(Analyte.HEMATOCRIT))
                        .map(hct -> hct < limits.hematocritLower(a.patient().sex())));
        Optional<Boolean> macro = Optional.ofNullable(values.get(Analyte.MCV)).map(mcv -> mcv > limits.value(LabLimitKey.MCV_UPPER));
        if (anemia.isEmpty() && macro.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(anemia.orElse(false) || macro.orElse(false));
    }

    private static TreeMap<LocalDate, Double> byDay(List<LabPanel> panels, Analyte analyte) {
        TreeMap<LocalDate, Double> byDay = new TreeMap<>();
        for (LabPanel p : panels) {
            p.result(analyte).ifPresent(q -> byDay.put(p.takenOn(), analyte.toCanonical(q.value(), q.unit())));
        }
        return byDay;
    }
}
