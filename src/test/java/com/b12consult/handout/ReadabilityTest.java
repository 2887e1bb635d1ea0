package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.Rule;
import com.b12consult.rules.RulebookLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readability bar of patient text (NIH: below grade 8), and the counter it rests on. */
class ReadabilityTest {
    static final double MAX_GRADE = 8.0;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"cat, 1", "the, 1", "you, 1", "eye, 1", "free, 1", "make, 1", "shapes, 1", "used, 1", "water, 2",
            "table, 2", "headache, 2", "needed, 2", "boxes, 2", "changes, 2", "breathing, 2", "swelling, 2",
            "doctor, 2", "tomato, 3", "vitamin, 3", "injection, 3", "clinician, 3", "medicine, 3", "emergency, 4",
            "1000, 1", "hydroxocobalamin, 7"})
    void syllablesOfKnownWords(String word, int expected) {
        assertEquals(expected, Readability.syllables(word));
    }

    @Test
    void gradeFollowsTheFormula() {
        // 2 sentences, 9 words, 10 syllables (the, cat, sat, on, the, mat / it, was: 1 each; happy: 2)
        double expected = 0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59;
        assertEquals(expected, Readability.grade("The cat sat on the mat. It was happy."), 1e-9);
        assertEquals(0, Readability.grade("  "), 1e-9);
    }

    @Test
    void longWordsAndLongSentencesRaiseTheGrade() {
        double plain = Readability.grade("Drink water. Rest today. Call us if you feel worse.");
        double dense = Readability.grade("Hypersensitivity manifestations necessitate immediate discontinuation"
                + " of parenteral cobalamin administration pending comprehensive immunological evaluation.");
        assertTrue(plain < 4, "plain text graded " + plain);
        assertTrue(dense > 16, "dense text graded " + dense);
    }

    @Test
    void everyPatientTextInTheRulebookIsAtMostGrade8() {
        List<String> tooHard = new ArrayList<>();
        for (Rule rule : new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled().rules()) {
            double grade = Readability.grade(rule.patientText());
            if (grade > MAX_GRADE) {
                tooHard.add(String.format("%s (grade %.1f): %s", rule.id(), grade, rule.patientText()));
            }
        }
        assertEquals(List.of(), tooHard);
    }
}
