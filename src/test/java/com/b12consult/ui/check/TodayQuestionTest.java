package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TodayQuestionTest {
    private static final Set<SymptomGroup> RED_FLAGS = EnumSet.of(SymptomGroup.CLOT_LEG, SymptomGroup.CLOT_LUNG,
            SymptomGroup.STROKE, SymptomGroup.HEADACHE_RED_FLAG, SymptomGroup.ALLERGY, SymptomGroup.BLEEDING);

    @Test
    void everyRedFlagSignOfTheSpecCanBeAnsweredToday() {
        for (SymptomCode code : SymptomCode.values()) {
            if (RED_FLAGS.contains(code.group())) {
                assertTrue(Arrays.stream(TodayQuestion.values())
                        .anyMatch(q -> !q.aboutLastDose() && q.signs().contains(code)), code + " is never asked");
            }
        }
    }

    @Test
    void theSignAssumedForAnUnfinishedYesIsOneOfTheQuestionsOwnAndStandsAlone() {
        for (TodayQuestion q : TodayQuestion.values()) {
            assertTrue(q.signs().contains(q.assumed()), q.toString());
            q.signs().forEach(s -> assertTrue(s.isStandaloneSymptom(), s.toString()));
        }
    }

    @Test
    void aFeverIsAskedBesideTheStiffNeckAndABareYesCountsAsTheStiffNeck() {
        assertEquals(List.of(SymptomCode.FEVER_NECK_STIFFNESS, SymptomCode.FEVER), TodayQuestion.FEVER_NECK.signs());
        Answer a = new Answer(TodayQuestion.FEVER_NECK);
        a.yesProperty().set(true);
        assertEquals(List.of(SymptomCode.FEVER_NECK_STIFFNESS), a.codes(), "the sign that weighs most");
        a.signProperty(SymptomCode.FEVER).set(true);
        assertEquals(List.of(SymptomCode.FEVER), a.codes());
    }

    @Test
    void anAnswerIsNoneForNoTheAssumedSignForABareYesAndTheTickedSignsOtherwise() {
        Answer a = new Answer(TodayQuestion.BLEEDING);
        assertEquals(List.of(), a.codes());
        a.signProperty(SymptomCode.PETECHIAE).set(true);
        assertEquals(List.of(), a.codes(), "a sign ticked under a no does not count");
        a.yesProperty().set(true);
        assertEquals(List.of(SymptomCode.PETECHIAE), a.codes());
        a.signProperty(SymptomCode.PETECHIAE).set(false);
        assertTrue(a.assuming());
        assertEquals(List.of(SymptomCode.BLEEDING), a.codes());
    }
}
