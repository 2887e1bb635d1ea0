package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Severity;
import com.b12consult.testing.CausationWording;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words a patient could misread. Timing is not causation: no text may say that B12 or the injection caused
 * something, and a hedge that still asserts a cause ("not always caused by the shot", "can cause") counts as
 * saying it. And an urgent red flag tells the patient to get help now: "today" or "soon" invite delay.
 */
class PatientWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Symptoms that start after a shot are not always caused by the shot.",
            "The injection caused your headache.",
            "Your headaches are due to the B12.",
            "A headache after a shot does not always mean the shot caused it.",
            "B12 shots can cause blood clots in some people.",
            "The dose may have triggered the rash.",
            "Headaches are sometimes caused by the injection.",
            "Clots after a dose are often due to the injection."})
    void theCausationCheckCatchesWordingsThatAssertACause(String sentence) {
        assertTrue(CausationWording.claimsCause(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Symptoms that start after a shot do not prove that the shot caused them.",
            "That symptoms began after an injection does not show that the injection caused them.",
            "A headache after a shot does not prove that the shot caused it.",
            "Doctors will look for the real cause.",
            "Something other than low B12 may be lowering your platelets.",
            "Keep a headache log."})
    void theCausationCheckLetsDenialsAndPlainAdvicePass(String sentence) {
        assertFalse(CausationWording.claimsCause(sentence), sentence);
    }

    @Test
    void noRuleTextClaimsThatB12CausedSomething() {
        List<String> claims = new ArrayList<>();
        for (Rule rule : RulebookLoader.shipped().rules()) {
            for (String text : List.of(rule.title(), rule.text(), rule.patientText())) {
                for (String sentence : CausationWording.sentences(text)) {
                    if (CausationWording.claimsCause(sentence)) {
                        claims.add(rule.id() + ": \"" + sentence + "\"");
                    }
                }
            }
        }
        assertTrue(claims.isEmpty(), "texts that state a cause:\n" + String.join("\n", claims));
    }

    private static final Pattern HELP_NOW = Pattern.compile("(?i)\\b(get|call for|seek)\\b[^.]*\\b(help|care)\\b[^.]*\\bnow\\b");
    private static final Pattern DELAY = Pattern.compile("(?i)\\b(today|soon|tomorrow|when you can|this week)\\b");

    @Test
    void everyUrgentRuleTellsThePatientToGetHelpNowAndNeverLater() {
        List<String> wrong = new ArrayList<>();
        int urgent = 0;
        for (Rule rule : RulebookLoader.shipped().rules()) {
            if (rule.severity() != Severity.URGENT) {
                continue;
            }
            urgent++;
            String p = rule.patientText();
            if (!HELP_NOW.matcher(p).find()) {
                wrong.add(rule.id() + " does not say to get help now: " + p);
            }
            if (DELAY.matcher(p).find()) {
                wrong.add(rule.id() + " invites delay: " + p);
            }
        }
        assertTrue(urgent >= 6, "the rulebook has its urgent red flags: " + urgent);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theUrgencyCheckCatchesTheOldWording() {
        String old = "New weakness, confusion, loss of vision, or fever with a stiff neck needs a doctor now. Get help today.";
        assertTrue(DELAY.matcher(old).find());
        assertFalse(HELP_NOW.matcher("Bruising can mean low platelets. See a doctor today.").find());
        assertTrue(HELP_NOW.matcher("Call for emergency help now.").find());
    }
}
