package com.b12consult.rules;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Coded;
import com.b12consult.domain.DoseCheck;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LatestLab;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlateletGrade;
import com.b12consult.domain.PlateletTrend;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.SymptomCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Every fact the rulebook may name, in one place. The rulebook is checked against this catalogue when it
 * loads, so a rule can never read a fact or code that does not exist.
 */
public final class FactCatalog {
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    public FactCatalog() {
        labFacts();
        flags();
        numbers();
        texts();
        CodeFacts.all().forEach(this::add);
    }

    public Optional<Fact> find(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public Map<String, Fact> all() {
        return Collections.unmodifiableMap(facts);
    }

    private void add(Fact f) {
        if (facts.put(f.name(), f) != null) {
            throw new IllegalStateException("fact named twice: " + f.name());
        }
    }

    private void labFacts() {
        for (Analyte an : Analyte.values()) {
            add(new Fact.Number(an.code(), "latest " + an.label().toLowerCase(java.util.Locale.ROOT),
                    an == Analyte.RETICULOCYTES ? "as given" : CodeLabels.of(an.canonicalUnit(null)),
                    an != Analyte.RETICULOCYTES,
                    c -> c.derived().latest(an).map(l -> OptionalDouble.of(l.value())).orElse(OptionalDouble.empty()),
                    c -> c.derived().latest(an).map(FactCatalog::lab).orElse(an.label() + " not on record")));
        }
    }

    static String lab(LatestLab l) {
        return l.analyte().label() + " " + Words.number(l.value()) + " " + CodeLabels.of(l.unit()) + " on " + Words.day(l.takenOn());
    }

    private static String limit(EvaluationContext c, LabLimitKey k) {
        return Words.number(c.limits().value(k));
    }

    private void flags() {
        add(new Fact.Flag("anemia", "anemia on the latest hemoglobin, or the latest hematocrit when no hemoglobin is on record "
                + "(sex-specific limits)", c -> c.derived().anemia(), FactCatalog::anemiaWords));
        add(new Fact.Flag("macrocytosis", "MCV above its upper limit", c -> c.derived().macrocytosis(),
                c -> labWords(c, Analyte.MCV) + ", above " + limit(c, LabLimitKey.MCV_UPPER) + " fL"));
        add(new Fact.Flag("thrombocytopenia", "platelets below the lower limit of normal",
                c -> c.derived().plateletGrade() == PlateletGrade.UNKNOWN ? Optional.empty()
                        : Optional.of(c.derived().plateletGrade().isLow()),
                c -> labWords(c, Analyte.PLATELETS) + ", " + CodeLabels.of(c.derived().plateletGrade())
                        + " (lower limit " + limit(c, LabLimitKey.PLATELETS_LOWER) + ")"));
        add(new Fact.Flag("b12Low", "vitamin B12 below its limit", c -> c.derived().b12Low(),
                c -> labWords(c, Analyte.B12) + ", below " + limit(c, LabLimitKey.B12_LOWER) + " pg/mL"));
        add(new Fact.Flag("folateLow", "folate below its limit", c -> c.derived().folateLow(),
                c -> labWords(c, Analyte.FOLATE) + ", below " + limit(c, LabLimitKey.FOLATE_LOWER) + " ng/mL"));
        add(new Fact.Flag("megaloblasticPattern", "megaloblastic pattern: high MCV with anemia, low platelets or low B12",
                c -> Optional.of(c.derived().megaloblasticPattern()), FactCatalog::megaloblasticWords));
        add(new Fact.Flag("headache.recurring", "headaches follow most doses (at least two) within 24 hours",
                c -> Optional.of(c.derived().headacheTiming().recurring()),
                c -> "a headache within 24 hours after " + c.derived().headacheTiming().followedWithin24h() + " of "
                        + c.derived().headacheTiming().injections() + " doses"));
        add(new Fact.Flag("headache.escalating", "post-dose headache severity rising from dose to dose",
                c -> Optional.of(c.derived().headacheTiming().escalating()),
                c -> "severity after successive doses " + c.derived().headacheTiming().severitiesAfterDoses()
                        .stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", then ")) + " out of 10"));
        add(new Fact.Flag("plannedSite.sameAsLastDose", "the site planned is the site of the last dose",
                c -> c.assessment().plannedInjection().flatMap(p -> c.derived().lastDose().map(d -> d.site() == p.site())),
                c -> "planned site " + c.assessment().plannedInjection().map(p -> CodeLabels.of(p.site())).orElse("")
                        + " was also used on " + c.derived().lastDose().map(d -> Words.moment(d.givenAt())).orElse("")));
        add(new Fact.Flag("plannedProduct.differsFromLastDose", "the product drawn up differs from the last dose's",
                c -> c.assessment().plannedInjection().flatMap(p -> c.derived().lastDose().map(d -> d.product() != p.product())),
                c -> "drawn up: " + c.assessment().plannedInjection().map(p -> CodeLabels.of(p.product())).orElse("")
                        + "; last dose: " + c.derived().lastDose().map(d -> CodeLabels.of(d.product())).orElse("")));
        add(new Fact.Flag("plannedDose.differsFromLastDose", "the dose drawn up differs from the last dose given",
                c -> c.assessment().plannedInjection().flatMap(p -> c.derived().lastDose()
                        .map(d -> Math.abs(d.doseMicrograms() - p.doseMicrograms()) > 1e-9)),
                c -> "drawn up " + c.assessment().plannedInjection().map(p -> Words.number(p.doseMicrograms())).orElse("")
                        + " micrograms; last dose " + c.derived().lastDose().map(d -> Words.number(d.doseMicrograms())).orElse("")
                        + " micrograms"));
        add(new Fact.Flag("plannedDose.notAsPrescribed", "the dose drawn up is another amount or another product than prescribed",
                // the same test as doseCheck, read from it so the two can never disagree
                c -> c.assessment().plannedInjection().map(p -> c.derived().doseCheck() == com.b12consult.domain.DoseCheck.NOT_AS_PRESCRIBED),
                FactCatalog::notAsPrescribedWords));
        add(new Fact.Flag("plannedDose.early", "the dose would be given before its due day allows",
                c -> FactDeriver.earliestDay(c.assessment().plannedInjection(), c.derived().lastDose())
                        .map(earliest -> c.assessment().assessedAt().toLocalDate().isBefore(earliest)),
                FactCatalog::earlyWords));
        add(new Fact.Flag("firstDose", "a dose is drawn up and none is on record before it",
                c -> Optional.of(c.assessment().plannedInjection().isPresent() && c.derived().lastDose().isEmpty()),
                c -> "no earlier dose on record"));
        add(new Fact.Flag("platelets.lowThroughTreatment", "platelets low at every count for " + PlateletCourse.WEEKS_LOW_DAYS
                + " days or more up to the latest, with doses given in between",
                c -> Optional.of(PlateletCourse.lowThroughTreatment(c.assessment(), c.limits()).isPresent()),
                c -> PlateletCourse.lowThroughTreatment(c.assessment(), c.limits()).map(FactCatalog::lowRunWords).orElse("")));
        add(new Fact.Flag("redCells.recovered", "hemoglobin (or hematocrit) and MCV back within limits on the latest panel "
                + "after an earlier panel showed anemia or macrocytosis",
                c -> Optional.of(PlateletCourse.redCellsRecovered(c.assessment(), c.limits())),
                c -> "red cells back within limits on the latest panel (" + labWords(c, Analyte.HEMOGLOBIN) + "; "
                        + labWords(c, Analyte.MCV) + ") after an earlier panel showed anemia or macrocytosis"));
        add(new Fact.Flag("otherMedicationAllergies", "other medication allergies are known",
                c -> c.assessment().allergyHistory().map(h -> h.otherMedicationAllergies()),
                c -> "other medication allergies on record"));
    }

    private static String notAsPrescribedWords(EvaluationContext c) {
        com.b12consult.domain.PlannedInjection p = c.assessment().plannedInjection().orElseThrow();
        List<String> parts = new java.util.ArrayList<>();
        if (FactDeriver.productDiffers(p)) {
            parts.add("product drawn up " + CodeLabels.of(p.product()) + ", prescribed "
                    + CodeLabels.of(p.prescribedProduct().orElseThrow()));
        }
        if (FactDeriver.amountDiffers(p)) {
            parts.add("drawn up " + Words.number(p.doseMicrograms()) + " micrograms, prescribed "
                    + Words.number(p.prescribedDoseMicrograms()) + " micrograms");
        }
        return String.join("; ", parts);
    }

    private static String earlyWords(EvaluationContext c) {
        java.time.LocalDate due = c.assessment().plannedInjection().flatMap(com.b12consult.domain.PlannedInjection::dueOn)
                .orElseThrow();
        java.time.LocalDate earliest = FactDeriver.earliestDay(c.assessment().plannedInjection(), c.derived().lastDose())
                .orElseThrow();
        String last = c.derived().lastDose().map(d -> "last dose given " + Words.moment(d.givenAt()) + "; ").orElse("");
        return last + "this dose is due on " + Words.day(due)
                + (earliest.equals(due) ? "" : " (earliest " + Words.day(earliest) + ")")
                + "; checked on " + Words.day(c.assessment().assessedAt().toLocalDate());
    }

    private static String lowRunWords(PlateletCourse.LowRun r) {
        String doses = r.dosesBetween() == 1 ? "1 dose" : r.dosesBetween() + " doses";
        return "platelets " + Words.number(r.firstCount()) + " x10^9/L on " + Words.day(r.firstOn()) + " and still "
                + Words.number(r.latestCount()) + " on " + Words.day(r.latestOn()) + " (" + r.days() + " days, " + doses
                + " given in between)";
    }

    static String anemiaWords(EvaluationContext c) {
        com.b12consult.domain.Sex sex = c.assessment().patient().sex();
        if (c.derived().latest(Analyte.HEMOGLOBIN).isPresent()) {
            return labWords(c, Analyte.HEMOGLOBIN) + ", anemia limit " + Words.number(c.limits().hemoglobinLower(sex))
                    + " g/dL for sex " + CodeLabels.of(sex);
        }
        return labWords(c, Analyte.HEMATOCRIT) + " (no hemoglobin on record), anemia limit "
                + Words.number(c.limits().hematocritLower(sex)) + " % for sex " + CodeLabels.of(sex);
    }

    private static String labWords(EvaluationContext c, Analyte an) {
        return c.derived().latest(an).map(FactCatalog::lab).orElse(an.label() + " not on record");
    }

    private static String megaloblasticWords(EvaluationContext c) {
        StringBuilder s = new StringBuilder(labWords(c, Analyte.MCV)).append(" with");
        List<String> with = new java.util.ArrayList<>();
        if (c.derived().anemia().orElse(false)) {
            with.add(" anemia (" + anemiaWords(c) + ")");
        }
        if (c.derived().plateletGrade().isLow()) {
            with.add(" low platelets (" + labWords(c, Analyte.PLATELETS) + ")");
        }
        if (c.derived().b12Low().orElse(false)) {
            with.add(" low B12 (" + labWords(c, Analyte.B12) + ")");
        }
        return s.append(String.join(",", with)).toString();
    }

    private void numbers() {
        add(number("headache.dosesFollowedWithin24h", "doses followed by a headache within 24 hours", "doses",
                c -> OptionalDouble.of(c.derived().headacheTiming().followedWithin24h()),
                c -> "a headache within 24 hours after " + c.derived().headacheTiming().followedWithin24h() + " of "
                        + c.derived().headacheTiming().injections() + " doses"));
        add(number("headache.maxSeverityAfterDose", "worst headache severity within 24 hours after a dose (0-10)", "",
                c -> OptionalDouble.of(c.derived().headacheTiming().maxSeverityAfterDose()),
                c -> "worst headache within 24 hours of a dose: " + c.derived().headacheTiming().maxSeverityAfterDose() + " out of 10"));
        add(number("headache.worstSinceLastDose", "worst headache severity (0-10) since the last dose, or in the whole diary "
                        + "when no dose is on record", "",
                c -> worstSinceLastDose(c).map(h -> OptionalDouble.of(h.severity())).orElse(OptionalDouble.empty()),
                c -> worstSinceLastDose(c).map(h -> "headache of " + Words.moment(h.onsetAt()) + ", severity " + h.severity()
                        + " out of 10" + c.derived().lastDose().map(d -> " (last dose " + Words.moment(d.givenAt()) + ")")
                        .orElse("")).orElse("no headache since the last dose")));
        add(number("headache.awayFromDoses", "headaches not within 24 hours after any dose", "headaches",
                c -> OptionalDouble.of(c.derived().headacheTiming().headachesAwayFromDoses()),
                c -> "headaches not within 24 hours after a dose: " + c.derived().headacheTiming().headachesAwayFromDoses()));
        add(number("headache.count", "headache diary entries", "entries",
                c -> OptionalDouble.of(c.assessment().headaches().size()),
                c -> "headache diary entries: " + c.assessment().headaches().size()));
        add(number("injections.count", "doses given on record", "doses",
                c -> OptionalDouble.of(c.assessment().injections().size()),
                c -> "doses on record: " + c.assessment().injections().size()));
        add(number("daysSinceLastDose", "days since the last dose", "days",
                c -> c.derived().daysSinceLastDose().isPresent()
                        ? OptionalDouble.of(c.derived().daysSinceLastDose().getAsLong()) : OptionalDouble.empty(),
                c -> c.derived().lastDose().map(d -> "last dose " + Words.moment(d.givenAt()) + ", "
                        + c.derived().daysSinceLastDose().getAsLong() + " days ago").orElse("no dose on record")));
    }

    /** The worst diary headache in the red-flag window: since the last dose, or all of the diary before any dose. */
    static Optional<com.b12consult.domain.HeadacheEntry> worstSinceLastDose(EvaluationContext c) {
        java.time.LocalDateTime since = c.derived().lastDose().map(d -> d.givenAt()).orElse(java.time.LocalDateTime.MIN);
        return c.assessment().headaches().stream()
                .filter(h -> !h.onsetAt().isBefore(since) && !h.onsetAt().isAfter(c.assessment().assessedAt()))
                .max(java.util.Comparator.comparingInt(com.b12consult.domain.HeadacheEntry::severity)
                        .thenComparing(com.b12consult.domain.HeadacheEntry::onsetAt));
    }

    private static Fact.Number number(String name, String label, String unit, Function<EvaluationContext, OptionalDouble> read,
                                      Function<EvaluationContext, String> describe) {
        return new Fact.Number(name, label, unit, true, read, describe);
    }

    private void texts() {
        add(new Fact.Text("context", "who is assessing", AssessmentContext.class,
                c -> Optional.of(c.assessment().context())));
        add(new Fact.Text("sex", "patient's sex", Sex.class, c -> Optional.of(c.assessment().patient().sex())));
        add(new Fact.Text("plateletGrade", "platelet grade", PlateletGrade.class,
                c -> Optional.of(c.derived().plateletGrade())));
        add(new Fact.Text("plateletTrend", "platelet trend across serial counts", PlateletTrend.class,
                c -> Optional.of(c.derived().plateletTrend())));
        add(new Fact.Text("doseCheck", "dose drawn up against the prescription", DoseCheck.class,
                c -> Optional.of(c.derived().doseCheck())));
        add(new Fact.Text("exercise.planned", "exercise planned on injection day", PlannedExercise.class,
                c -> c.assessment().exercise().map(e -> e.planned())));
        add(new Fact.Text("exercise.siteSoreness", "soreness at the injection site", SiteSoreness.class,
                c -> c.assessment().exercise().map(e -> e.injectionSiteSoreness())));
        add(new Fact.Text("allergy.b12InjectionReaction", "past reaction to B12 injections", B12InjectionReaction.class,
                c -> c.assessment().allergyHistory().map(h -> h.b12InjectionReaction())));
    }

    /** Enum types whose codes the rulebook may name, for checking it. */
    static final List<Class<? extends Coded>> CODE_TYPES = List.of(SymptomCode.class, ClotRiskFactor.class,
            MedicalCondition.class, Medication.class, HeadacheTrigger.class);
}
