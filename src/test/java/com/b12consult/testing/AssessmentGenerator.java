package com.b12consult.testing;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Random but realistic assessments from a seeded {@link Random}, for fuzzing the reader and the rule engine:
 * valid ones (any codes, labs in any accepted unit, doses and headaches in the past) and deliberately broken ones
 * (see {@link Mutation}). The same seed gives the same sequence.
 *
 * <p>Valid JSON is rendered here, independently of {@code AssessmentWriter}, and varies what the format allows
 * (key order, absent or empty lists, nulls for absent optional fields, 4 or 4.0), so that a reader bug is not
 * hidden by a writer with the same bug.
 */
public final class AssessmentGenerator {
    /** A valid file and the assessment it must read as. */
    public record ValidCase(String json, Assessment expected) {
    }

    /** A file broken by {@code mutation}; the reader must refuse it and name {@code pointer} among its problems. */
    public record BrokenCase(String json, Mutation mutation, String pointer) {
    }

    /** The ways {@link #broken()} breaks a file. */
    public enum Mutation {
        UNKNOWN_KEY, UNKNOWN_CODE, UNKNOWN_ANALYTE, WRONG_TYPE, SEVERITY_OUT_OF_RANGE, DOSE_OUT_OF_RANGE,
        IMPLAUSIBLE_LAB_VALUE, BAD_UNIT, FUTURE_DATE, BEFORE_BIRTH, BIRTH_DATE_IMPLAUSIBLE, IMPOSSIBLE_DATE,
        BAD_DATE_FORMAT, MISSING_REQUIRED, LIGHT_SENSITIVITY_AS_SYMPTOM, SCHEMA_VERSION, NULL_IN_LIST,
        DUPLICATE_EVENT, MALFORMED_JSON, DUPLICATE_KEY, NOT_AN_OBJECT
    }

    private static final int[] DOSES = {100, 250, 500, 1000, 1000, 1000, 1000, 1500, 2000, 5000};

    private final Random random;
    private final JsonRendering rendering;
    private final Mutations mutations;

    public AssessmentGenerator(long seed) {
        this(new Random(seed));
    }

    public AssessmentGenerator(Random random) {
        this.random = random;
        this.rendering = new JsonRendering(random);
        this.mutations = new Mutations(random, rendering);
    }

    /** A valid assessment as records. */
    public Assessment validAssessment() {
        LocalDateTime assessedAt = LocalDateTime.of(2020 + random.nextInt(11), 1 + random.nextInt(12), 1, 0, 0)
                .plusDays(random.nextInt(28)).plusMinutes(7 * 60 + random.nextInt(12 * 60));
        Optional<LocalDate> birthDate = chance(0.9)
                ? Optional.of(assessedAt.toLocalDate().minusYears(16 + random.nextInt(85)).minusDays(random.nextInt(365)))
                : Optional.empty();
        PatientInfo patient = new PatientInfo(String.format("P-%04d", random.nextInt(10000)), pick(Sex.values()), birthDate);
        return new Assessment(Assessment.SCHEMA_VERSION, pick(AssessmentContext.values()), assessedAt, patient,
                someOf(ClotRiskFactor.values(), 4), someOf(MedicalCondition.values(), 3), someOf(Medication.values(), 2),
                symptoms(assessedAt), chance(0.5) ? Optional.of(allergyHistory()) : Optional.empty(),
                labs(assessedAt.toLocalDate()), injections(assessedAt), headaches(assessedAt),
                someOf(HeadacheTrigger.values(), 3),
                chance(0.4) ? Optional.of(new ExercisePlan(pick(PlannedExercise.values()), pick(SiteSoreness.values())))
                        : Optional.empty(),
                chance(0.6) ? Optional.of(plannedInjection()) : Optional.empty());
    }

    /** A valid assessment file. */
    public String valid() {
        return validCase().json();
    }

    public ValidCase validCase() {
        Assessment assessment = validAssessment();
        return new ValidCase(rendering.text(rendering.tree(assessment)), assessment);
    }

    /** A deliberately broken assessment file. */
    public String broken() {
        return brokenCase().json();
    }

    public BrokenCase brokenCase() {
        return brokenCase(pick(Mutation.values()));
    }

    public BrokenCase brokenCase(Mutation mutation) {
        return mutations.apply(mutation, validAssessment());
    }

    private List<Symptom> symptoms(LocalDateTime assessedAt) {
        List<Symptom> symptoms = new ArrayList<>();
        List<SymptomCode> standalone = Arrays.stream(SymptomCode.values()).filter(SymptomCode::isStandaloneSymptom).toList();
        for (int i = random.nextInt(5); i > 0; i--) {
            Optional<LocalDateTime> onset = chance(0.8)
                    ? Optional.of(assessedAt.minusMinutes(random.nextInt(60 * 24 * 30)))
                    : Optional.empty();
            symptoms.add(new Symptom(standalone.get(random.nextInt(standalone.size())), onset));
        }
        return symptoms;
    }

    private AllergyHistory allergyHistory() {
        return new AllergyHistory(pick(B12InjectionReaction.values()), random.nextBoolean());
    }

    private List<LabPanel> labs(LocalDate assessedOn) {
        List<LabPanel> panels = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            LocalDate takenOn = assessedOn.minusDays(random.nextInt(730));
            if (!days.add(takenOn)) {
                continue;
            }
            Map<Analyte, Quantity> results = new EnumMap<>(Analyte.class);
            for (Analyte analyte : Analyte.values()) {
                if (chance(0.6)) {
                    results.put(analyte, labValue(analyte));
                }
            }
            panels.add(new LabPanel(takenOn, results));
        }
        return panels;
    }

    /**
     * A value from a clinically wide but real span (low counts, anaemia, high B12 after injections), expressed in a
     * random accepted unit with the decimals a lab report would show.
     */
    private Quantity labValue(Analyte analyte) {
        LabUnit unit = analyte.acceptedUnits().get(random.nextInt(analyte.acceptedUnits().size()));
        double canonical = switch (analyte) {
            case PLATELETS -> between(5, 1200);
            case MCV -> between(62, 132);
            case HEMOGLOBIN -> between(5, 19);
            case HEMATOCRIT -> between(15, 58);
            case B12 -> between(40, 4000);
            case FOLATE -> between(0.8, 40);
            case RETICULOCYTES -> unit == LabUnit.PERCENT ? between(0.1, 15) : between(5, 600);
        };
        double inUnit = canonical / UnitFactors.toCanonical(unit);
        return new Quantity(round(inUnit, UnitFactors.decimals(unit)), unit);
    }

    private List<Injection> injections(LocalDateTime assessedAt) {
        List<Injection> injections = new ArrayList<>();
        Set<LocalDateTime> times = new HashSet<>();
        for (int i = random.nextInt(9); i > 0; i--) {
            LocalDateTime givenAt = assessedAt.minusMinutes(30 + random.nextInt(60 * 24 * 365));
            if (!times.add(givenAt)) {
                continue;
            }
            List<SymptomCode> reactions = chance(0.8) ? List.of() : someStandalone(2);
            injections.add(new Injection(givenAt, pick(Product.values()), DOSES[random.nextInt(DOSES.length)],
                    pick(InjectionSite.values()), reactions));
        }
        return injections;
    }

    private List<HeadacheEntry> headaches(LocalDateTime assessedAt) {
        List<HeadacheEntry> headaches = new ArrayList<>();
        Set<LocalDateTime> times = new HashSet<>();
        for (int i = random.nextInt(7); i > 0; i--) {
            LocalDateTime onset = assessedAt.minusMinutes(random.nextInt(60 * 24 * 120));
            if (!times.add(onset)) {
                continue;
            }
            headaches.add(new HeadacheEntry(onset, random.nextInt(11), pick(HeadacheType.values()),
                    someOf(SymptomCode.values(), 3)));
        }
        return headaches;
    }

    private PlannedInjection plannedInjection() {
        double prescribed = DOSES[random.nextInt(DOSES.length)];
        double dose = chance(0.85) ? prescribed : DOSES[random.nextInt(DOSES.length)];
        return new PlannedInjection(pick(Product.values()), dose, prescribed, pick(InjectionSite.values()));
    }

    private List<SymptomCode> someStandalone(int max) {
        return someOf(SymptomCode.values(), max).stream().filter(SymptomCode::isStandaloneSymptom).toList();
    }

    /** Up to {@code max} codes; now and then one twice, which the format allows and keeps. */
    private <E> List<E> someOf(E[] values, int max) {
        List<E> chosen = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }

    <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
