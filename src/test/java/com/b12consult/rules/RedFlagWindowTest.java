package com.b12consult.rules;

import static com.b12consult.testing.AssessmentBuilder.NOW;
import static com.b12consult.testing.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import com.b12consult.testing.AssessmentBuilder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One window of time for every red flag: the same sign weighs the same whatever its group. */
class RedFlagWindowTest {
    private static final RuleEngine ENGINE = new RuleEngine(RulebookLoader.shipped());

    private static Report evaluate(AssessmentBuilder b) {
        return ENGINE.evaluate(b.build(), LabLimits.defaults());
    }

    private static List<String> ids(Report r) {
        return r.findings().stream().map(Finding::id).toList();
    }

    static List<SymptomCode> redFlagSigns() {
        return Arrays.stream(SymptomCode.values()).filter(s -> s.group().isRedFlag()).toList();
    }

    @ParameterizedTest
    @MethodSource("redFlagSigns")
    void aRedFlagAfterTheLastDoseIsWeighedNowWhateverItsGroup(SymptomCode sign) {
        Report r = evaluate(assessment().dose(NOW.minusDays(7), sign).planned());
        // mild allergic-type signs hold; every other red flag is urgent
        DecisionStatus expected = sign == SymptomCode.RASH || sign == SymptomCode.ITCHING ? DecisionStatus.HOLD : DecisionStatus.URGENT;
        assertEquals(expected, r.decision().status(), sign + ": " + ids(r));
    }

    @ParameterizedTest
    @MethodSource("redFlagSigns")
    void aRedFlagAfterAnEarlierDoseHoldsWithinTheWindowWhateverItsGroup(SymptomCode sign) {
        Report r = evaluate(assessment().dose(NOW.minusDays(CodeFacts.EARLIER_WINDOW_DAYS), sign).dose(NOW.minusDays(7)).planned());
        assertEquals(DecisionStatus.HOLD, r.decision().status(), sign + ": " + ids(r));
        Finding f = r.findings().stream().filter(x -> x.id().equals("general.red-flag-after-earlier-dose")).findFirst().orElseThrow();
        assertTrue(f.because().get(0).contains("a dose was given after it"), f.because().toString());
    }

    @ParameterizedTest
    @MethodSource("redFlagSigns")
    void aRedFlagOlderThanTheWindowIsStillNamedAtCautionWhateverItsGroup(SymptomCode sign) {
        Report r = evaluate(assessment().dose(NOW.minusDays(CodeFacts.EARLIER_WINDOW_DAYS + 1), sign).dose(NOW.minusDays(7)).planned());
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, r.decision().status(), sign + ": " + ids(r));
        assertTrue(ids(r).contains("general.red-flag-long-ago"), ids(r).toString());
        assertFalse(ids(r).contains("general.red-flag-after-earlier-dose"), ids(r).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GENERAL", "HEADACHE_FEATURE"})
    void signsOutsideTheRedFlagGroupsAreNotRedFlags(SymptomGroup group) {
        for (SymptomCode s : SymptomCode.values()) {
            if (s.group() == group && s.isStandaloneSymptom()) {
                Report r = evaluate(assessment().dose(NOW.minusDays(30), s).dose(NOW.minusDays(7)).planned());
                assertFalse(ids(r).contains("general.red-flag-after-earlier-dose"), s + ": " + ids(r));
            }
        }
    }
}
