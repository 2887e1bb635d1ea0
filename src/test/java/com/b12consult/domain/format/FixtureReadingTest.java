package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.assertGists;
import static com.b12consult.domain.format.ReaderChecks.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The project's own assessment files (src/test/resources/.../fixtures), read from disk like the CLI does. */
class FixtureReadingTest {
    private final AssessmentReader reader = new AssessmentReader();

    static Path fixture(String name) {
        try {
            return Path.of(FixtureReadingTest.class.getResource("/com/b12consult/fixtures/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("fixture " + name + " is missing", e);
        }
    }

    /** What assessment-rich.json says, typed out by hand. */
    static Assessment richExpected() {
        return new Assessment(1, AssessmentContext.CONSULTATION, LocalDateTime.of(2026, 10, 6, 14, 20),
                new PatientInfo("C-2207", Sex.FEMALE, Optional.of(LocalDate.of(1958, 9, 14))),
                List.of(ClotRiskFactor.OBESITY, ClotRiskFactor.RECENT_SURGERY),
                List.of(MedicalCondition.PERNICIOUS_ANEMIA, MedicalCondition.THYROID_DISORDER),
                List.of(Medication.NEW_MEDICATION),
                List.of(new Symptom(SymptomCode.TINGLING_NUMBNESS, Optional.empty()),
                        new Symptom(SymptomCode.FATIGUE, Optional.of(LocalDateTime.of(2026, 9, 20, 8, 0)))),
                Optional.of(new AllergyHistory(B12InjectionReaction.MILD, true)),
                List.of(new LabPanel(LocalDate.of(2026, 7, 2), Map.of(
                                Analyte.PLATELETS, new Quantity(118, LabUnit.THOUSAND_PER_UL),
                                Analyte.MCV, new Quantity(106, LabUnit.FL),
                                Analyte.HEMOGLOBIN, new Quantity(104, LabUnit.G_PER_L),
                                Analyte.B12, new Quantity(98, LabUnit.PMOL_PER_L),
                                Analyte.FOLATE, new Quantity(5.2, LabUnit.UG_PER_L))),
                        new LabPanel(LocalDate.of(2026, 9, 29), Map.of(
                                Analyte.PLATELETS, new Quantity(134000, LabUnit.PER_UL),
                                Analyte.MCV, new Quantity(101.5, LabUnit.FL),
                                Analyte.HEMOGLOBIN, new Quantity(7.1, LabUnit.MMOL_PER_L),
                                Analyte.HEMATOCRIT, new Quantity(0.33, LabUnit.L_PER_L),
                                Analyte.B12, new Quantity(612, LabUnit.PG_PER_ML),
                                Analyte.RETICULOCYTES, new Quantity(2.4, LabUnit.PERCENT)))),
                List.of(new Injection(LocalDateTime.of(2026, 7, 6, 10, 0), Product.HYDROXOCOBALAMIN, 1000,
                                InjectionSite.LEFT_DELTOID, List.of()),
                        new Injection(LocalDateTime.of(2026, 7, 8, 10, 15), Product.HYDROXOCOBALAMIN, 1000,
                                InjectionSite.RIGHT_DELTOID, List.of(SymptomCode.INJECTION_SITE_SORENESS)),
                        new Injection(LocalDateTime.of(2026, 7, 10, 9, 45), Product.HYDROXOCOBALAMIN, 1000,
                                InjectionSite.LEFT_DELTOID, List.of()),
                        new Injection(LocalDateTime.of(2026, 9, 10, 11, 30), Product.CYANOCOBALAMIN, 1000,
                                InjectionSite.RIGHT_GLUTEAL, List.of())),
                List.of(new HeadacheEntry(LocalDateTime.of(2026, 7, 8, 19, 30), 2, HeadacheType.TENSION, List.of()),
                        new HeadacheEntry(LocalDateTime.of(2026, 9, 10, 22, 0), 5, HeadacheType.MIGRAINE,
                                List.of(SymptomCode.NAUSEA, SymptomCode.LIGHT_SENSITIVITY))),
                List.of(HeadacheTrigger.POOR_SLEEP, HeadacheTrigger.DEHYDRATION),
                Optional.of(new ExercisePlan(PlannedExercise.LIGHT_STRENGTH, SiteSoreness.MILD)),
                Optional.of(new PlannedInjection(Product.CYANOCOBALAMIN, 1000, 1000, InjectionSite.LEFT_GLUTEAL)));
    }

    @Test
    void theRichFileReadsAsEveryFieldSays() throws Exception {
        assertEquals(richExpected(), reader.read(fixture("assessment-rich.json")));
    }

    @Test
    void theMinimalFileReads() throws Exception {
        Assessment a = reader.read(fixture("assessment-minimal.json"));
        assertEquals(new PatientInfo("N-31", Sex.UNKNOWN, Optional.empty()), a.patient());
        assertEquals(AssessmentContext.PRE_INJECTION, a.context());
    }

    @Test
    void everyProblemOfABadlyFilledFileIsReportedTogether() {
        List<ValidationProblem> problems = assertThrows(InvalidAssessmentException.class,
                () -> reader.read(fixture("assessment-invalid-many.json"))).problems();
        assertEquals(Set.of("/context", "/patient/sex", "/conditions/1", "/labs/0/results/hemoglobin/value",
                        "/labs/1/takenOn", "/injections/0/site", "/headaches/0/severity", "/headaches/0/associated/0",
                        "/exercise/intensity", "/plannedInjection/doseMicrograms"),
                problems.stream().map(ValidationProblem::pointer).collect(Collectors.toSet()),
                () -> ReaderChecks.lines(problems));
        assertEquals(10, problems.size(), "one problem per mistake, none twice");
        problemAt(problems, "/context", "did you mean consultation?");
        problemAt(problems, "/conditions/1", "did you mean iron_deficiency?");
        problemAt(problems, "/labs/0/results/hemoglobin/value", "g/L");
        problemAt(problems, "/injections/0/site", "left_deltoid", "right_deltoid");
        problemAt(problems, "/plannedInjection/doseMicrograms", "without quotes: 1000");
    }

    @Test
    void problemsComeSectionBySectionInTheSpecsOrder() {
        List<String> pointers = assertThrows(InvalidAssessmentException.class,
                () -> reader.read(fixture("assessment-invalid-many.json"))).problems().stream()
                .map(ValidationProblem::pointer).toList();
        assertEquals(List.of("/context", "/patient/sex", "/conditions/1", "/labs/0/results/hemoglobin/value",
                "/labs/1/takenOn", "/injections/0/site", "/headaches/0/severity", "/headaches/0/associated/0",
                "/exercise/intensity", "/plannedInjection/doseMicrograms"), pointers);
    }

    @Test
    void aSyntaxErrorInAFileNamesItsLine() {
        List<ValidationProblem> problems = assertThrows(InvalidAssessmentException.class,
                () -> reader.read(fixture("assessment-invalid-syntax.json"))).problems();
        assertEquals(1, problems.size());
        assertGists(problems.get(0), "line 6", "not valid JSON");
    }

    @Test
    void aFileFromANewerVersionIsRefusedOnItsVersionAlone() {
        List<ValidationProblem> problems = assertThrows(InvalidAssessmentException.class,
                () -> reader.read(fixture("assessment-invalid-newer-version.json"))).problems();
        assertEquals(List.of("/schemaVersion"), problems.stream().map(ValidationProblem::pointer).toList());
        assertGists(problems.get(0), "version 3");
    }
}
