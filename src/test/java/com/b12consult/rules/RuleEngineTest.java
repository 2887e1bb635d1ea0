package com.b12consult.rules;

import static com.b12consult.testing.AssessmentBuilder.NOW;
import static com.b12consult.testing.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.Finding;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Product;
import com.b12consult.domain.Report;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.SymptomCode;
import com.b12consult.testing.AssessmentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    static final RuleEngine ENGINE = new RuleEngine(RulebookLoader.shipped());

    static Report evaluate(AssessmentBuilder b) {
        return ENGINE.evaluate(b.build(), LabLimits.defaults());
    }

    static Finding finding(Report r, String id) {
        return r.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " did not fire; fired: " + r.findings().stream().map(Finding::id).toList()));
    }

    @Test
    void aQuietAssessmentProceedsAndSaysWhy() {
        Report r = evaluate(assessment().dose(NOW.minusDays(30)).planned());
        assertEquals(DecisionStatus.PROCEED, r.decision().status());
        assertEquals(List.of(RuleEngine.NOTHING_AGAINST), r.decision().reasons());
    }

    @Test
    void aRedFlagWinsOverEverythingElse() {
        Report r = evaluate(assessment()
                .symptom(SymptomCode.LEG_SWELLING_ONE_SIDED)
                .planned(Product.HYDROXOCOBALAMIN, 2000, 1000, InjectionSite.LEFT_DELTOID)
                .exercise(new ExercisePlan(PlannedExercise.MAX_EFFORT, SiteSoreness.NONE)));
        assertEquals(DecisionStatus.URGENT, r.decision().status());
        assertEquals(List.of("Possible blood clot in a leg"), r.decision().reasons());
        assertTrue(r.findings().stream().anyMatch(f -> f.id().equals("injection.dose-not-as-prescribed")),
                "lesser findings are still shown");
    }

    @Test
    void holdOutranksProceedWithCare() {
        Report r = evaluate(assessment().planned(Product.HYDROXOCOBALAMIN, 500, 1000, InjectionSite.LEFT_DELTOID)
                .exercise(new ExercisePlan(PlannedExercise.HIIT, SiteSoreness.MILD)));
        assertEquals(DecisionStatus.HOLD, r.decision().status());
        assertEquals(List.of("Dose drawn up is not as prescribed"), r.decision().reasons());
    }

    @Test
    void findingsComeMostSevereFirst() {
        Report r = evaluate(assessment().consultation().symptom(SymptomCode.PETECHIAE)
                .labs(1, Analyte.PLATELETS, 120, Analyte.MCV, 110));
        List<Finding> f = r.findings();
        for (int i = 1; i < f.size(); i++) {
            assertTrue(f.get(i - 1).severity().compareTo(f.get(i).severity()) >= 0, f.toString());
        }
        assertEquals("platelets.bleeding-signs", f.get(0).id());
    }

    @Test
    void becauseNamesTheFactsFromThisAssessment() {
        Report r = evaluate(assessment().labs(2, Analyte.PLATELETS, 18).symptom(SymptomCode.EASY_BRUISING));
        Finding count = finding(r, "platelets.very-low-hold");
        assertTrue(count.because().stream().anyMatch(b -> b.startsWith("Platelets 18 x10^9/L on 2025-03-10") && b.contains("below limit 50")),
                count.because().toString());
        Finding bleeding = finding(r, "platelets.bleeding-signs");
        assertTrue(bleeding.because().stream().anyMatch(b -> b.startsWith("easy bruising since 2025-03-11 18:00")),
                bleeding.because().toString());
    }

    @Test
    void labLimitsFromSettingsChangeWhatFires() {
        var b = assessment().labs(2, Analyte.PLATELETS, 55);
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, evaluate(b).decision().status());
        Report stricter = ENGINE.evaluate(b.build(), LabLimits.defaults().with(LabLimitKey.PLATELETS_VERY_LOW, 60));
        assertEquals(DecisionStatus.HOLD, stricter.decision().status());
    }

    @Test
    void reactionsAfterTheLastDoseCountAsReportedNow() {
        Report r = evaluate(assessment().dose(NOW.minusDays(3), SymptomCode.CHEST_PAIN));
        assertEquals(DecisionStatus.URGENT, r.decision().status());
        assertTrue(finding(r, "clot.lung-red-flags").because().get(0).contains("after the dose of 2025-03-09"));
    }

    @Test
    void theReportCarriesTheRulebookVersionAndHash() {
        Report r = evaluate(assessment());
        assertEquals(ENGINE.rulebook().ref(), r.rulebook());
    }
}
