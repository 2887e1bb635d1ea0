package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.testing.AssessmentGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The validator the screens call on an assessment they built says exactly what the file reader would say of that
 * assessment written to a file and read back (same problems, same places, same order), without the round trip.
 */
class AssessmentValidatorTest {
    private static final long SEED = 20_261_203L;

    private final AssessmentValidator validator = new AssessmentValidator();
    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();

    /** What the reader refuses in the assessment's file: the round trip the validator replaces. */
    private List<ValidationProblem> roundTrip(Assessment a) {
        try {
            reader.read(writer.toJson(a));
            return List.of();
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
    }

    private static final List<UnaryOperator<Assessment>> BREAKAGES = List.of(
            a -> withInjections(a, add(a.injections(), new Injection(a.assessedAt().plusDays(2), Product.CYANOCOBALAMIN,
                    1000, InjectionSite.LEFT_DELTOID, List.of()))),
            a -> withInjections(a, add(a.injections(), new Injection(a.assessedAt().minusDays(3), Product.HYDROXOCOBALAMIN,
                    0.5, InjectionSite.RIGHT_DELTOID, List.of(SymptomCode.LIGHT_SENSITIVITY)))),
            a -> withInjections(a, add(a.injections(), new Injection(a.assessedAt().minusDays(4), Product.HYDROXOCOBALAMIN,
                    50_000, InjectionSite.RIGHT_DELTOID, List.of()))),
            a -> a.injections().isEmpty() ? a : withInjections(a, add(a.injections(), a.injections().get(0))),
            a -> withLabs(a, add(a.labs(), new LabPanel(a.assessedAt().toLocalDate().plusDays(1),
                    Map.of(Analyte.PLATELETS, new Quantity(240, LabUnit.GIGA_PER_L))))),
            a -> withLabs(a, add(a.labs(), new LabPanel(a.assessedAt().toLocalDate().minusDays(9),
                    Map.of(Analyte.PLATELETS, new Quantity(90_000, LabUnit.GIGA_PER_L))))),
            a -> a.labs().isEmpty() ? a : withLabs(a, add(a.labs(), a.labs().get(0))),
            a -> withLabs(a, add(a.labs(), new LabPanel(a.assessedAt().toLocalDate().minusDays(12),
                    Map.of(Analyte.HEMOGLOBIN, new Quantity(92, LabUnit.FL), Analyte.MCV, new Quantity(13, LabUnit.G_PER_DL))))),
            a -> withHeadaches(a, add(a.headaches(), new HeadacheEntry(a.assessedAt().plusHours(3), 4, HeadacheType.UNKNOWN,
                    List.of()))),
            a -> a.headaches().isEmpty() ? a : withHeadaches(a, add(a.headaches(), a.headaches().get(0))),
            a -> withSymptoms(a, add(a.symptoms(), new Symptom(SymptomCode.LIGHT_SENSITIVITY, Optional.empty()))),
            a -> withSymptoms(a, add(a.symptoms(), new Symptom(SymptomCode.FATIGUE, Optional.of(a.assessedAt().plusMinutes(5))))),
            a -> withPatient(a, new PatientInfo("  ", a.patient().sex(), a.patient().birthDate())),
            a -> withPatient(a, new PatientInfo(a.patient().id(), a.patient().sex(),
                    Optional.of(a.assessedAt().toLocalDate().plusDays(1)))),
            a -> withPatient(a, new PatientInfo(a.patient().id(), a.patient().sex(),
                    Optional.of(a.assessedAt().toLocalDate().minusYears(130)))),
            a -> withPatient(a, new PatientInfo(a.patient().id(), a.patient().sex(),
                    Optional.of(a.assessedAt().toLocalDate().minusDays(2)))),
            a -> withPlanned(a, new PlannedInjection(Product.CYANOCOBALAMIN, -5, 12_000, InjectionSite.LEFT_THIGH)));

    @Test
    void saysWhatTheFileReaderWouldSayOfGeneratedAssessmentsValidAndBroken() {
        AssessmentGenerator generator = new AssessmentGenerator(SEED);
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < 2_000; i++) {
            Assessment a = generator.validAssessment();
            int breakages = random.nextInt(4);
            for (int b = 0; b < breakages; b++) {
                a = BREAKAGES.get(random.nextInt(BREAKAGES.size())).apply(a);
            }
            List<ValidationProblem> expected = roundTrip(a);
            assertEquals(expected, validator.problemsIn(a), () -> "for\n" + writer.toJson(generator.validAssessment()));
            refused += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(refused > 500, "the breakages were refused often enough to mean something: " + refused);
    }

    @Test
    void eachBreakageIsFoundOnItsOwn() {
        AssessmentGenerator generator = new AssessmentGenerator(SEED + 1);
        for (int k = 0; k < BREAKAGES.size(); k++) {
            int found = 0;
            for (int i = 0; i < 50; i++) {
                Assessment a = BREAKAGES.get(k).apply(generator.validAssessment());
                List<ValidationProblem> problems = validator.problemsIn(a);
                assertEquals(roundTrip(a), problems, "breakage " + k);
                found += problems.isEmpty() ? 0 : 1;
            }
            assertTrue(found > 0, "breakage " + k + " was found at least once");
        }
    }

    @Test
    void aTypedMomentIsJudgedAtTheFilesMinuteAsTheReaderWould() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 3, 10, 30, 10);
        Assessment a = FixtureReadingTest.richExpected();
        Assessment atNow = new Assessment(a.schemaVersion(), a.context(), now, a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), List.of(new Symptom(SymptomCode.FATIGUE, Optional.of(now.plusSeconds(40)))),
                a.allergyHistory(), List.of(), List.of(), List.of(), a.headacheTriggers(), a.exercise(), Optional.empty());
        assertEquals(List.of(), roundTrip(atNow));
        assertEquals(List.of(), validator.problemsIn(atNow), "10:30:50 is the assessment's minute, 10:30");
    }

    @Test
    void namesTheFieldAndWhatIsAccepted() {
        Assessment a = withPlanned(FixtureReadingTest.richExpected(),
                new PlannedInjection(Product.CYANOCOBALAMIN, 1, 1000, InjectionSite.LEFT_THIGH));
        List<ValidationProblem> problems = validator.problemsIn(a);
        assertEquals(List.of(new ValidationProblem("/plannedInjection/doseMicrograms", "1 microgram is below any B12 "
                + "injection dose; doses are in micrograms: if this is milligrams, 1 mg is 1000 micrograms")), problems);
        assertFalse(AssessmentValidator.dose(Double.NaN).isEmpty(), "a dose that is no number is refused");
        assertTrue(AssessmentValidator.dose(1000).isEmpty());
        assertTrue(validator.problemsIn(FixtureReadingTest.richExpected()).isEmpty());
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static Assessment withInjections(Assessment a, List<Injection> injections) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), a.symptoms(), a.allergyHistory(), a.labs(), injections, a.headaches(),
                a.headacheTriggers(), a.exercise(), a.plannedInjection());
    }

    private static Assessment withLabs(Assessment a, List<LabPanel> labs) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), a.symptoms(), a.allergyHistory(), labs, a.injections(), a.headaches(),
                a.headacheTriggers(), a.exercise(), a.plannedInjection());
    }

    private static Assessment withHeadaches(Assessment a, List<HeadacheEntry> headaches) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), a.symptoms(), a.allergyHistory(), a.labs(), a.injections(), headaches,
                a.headacheTriggers(), a.exercise(), a.plannedInjection());
    }

    private static Assessment withSymptoms(Assessment a, List<Symptom> symptoms) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), symptoms, a.allergyHistory(), a.labs(), a.injections(), a.headaches(),
                a.headacheTriggers(), a.exercise(), a.plannedInjection());
    }

    private static Assessment withPatient(Assessment a, PatientInfo patient) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), patient, a.clotRiskFactors(),
                a.conditions(), a.medications(), a.symptoms(), a.allergyHistory(), a.labs(), a.injections(), a.headaches(),
                a.headacheTriggers(), a.exercise(), a.plannedInjection());
    }

    private static Assessment withPlanned(Assessment a, PlannedInjection planned) {
        return new Assessment(a.schemaVersion(), a.context(), a.assessedAt(), a.patient(), a.clotRiskFactors(),
                a.conditions(), a.medications(), a.symptoms(), a.allergyHistory(), a.labs(), a.injections(), a.headaches(),
                a.headacheTriggers(), a.exercise(), Optional.of(planned));
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
