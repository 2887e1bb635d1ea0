package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Topic;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.Rule;
import com.b12consult.testing.CausationWording;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each vignette's handout, read back out of the PDF: the red flags that apply and none that do not, the
 * sections its findings call for, every patient text of the report, and the reading level of each section.
 */
class HandoutVignetteTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Rule> RULES = Handouts.EVALUATOR.engine().rulebook().rules().stream()
            .collect(Collectors.toMap(Rule::id, r -> r));

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        String rich = new String(HandoutVignetteTest.class.getResourceAsStream("/com/b12consult/cli/rich-consultation.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        all.add(Arguments.of("fixture rich-consultation", rich));
        Path dir = Vignettes.folder();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode v = MAPPER.readTree(f.toFile());
                    AssessmentEvaluator.Outcome o = Handouts.EVALUATOR.evaluate(
                            MAPPER.writeValueAsString(v.get("assessment")), com.b12consult.domain.LabLimits.defaults());
                    if (o instanceof AssessmentEvaluator.Outcome.Evaluated) {
                        all.add(Arguments.of("vignette " + f.getFileName(), MAPPER.writeValueAsString(v.get("assessment"))));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void handoutHoldsWhatAppliesAndNothingElse(String name, String json) throws IOException {
        AssessmentEvaluator.Outcome.Evaluated e = Handouts.evaluate(json);
        HandoutDocument doc = Handouts.compose(e, "Grace Hopper", PaperSize.A4);
        String text = Handouts.text(Handouts.PDF.render(doc));
        Set<Topic> topics = e.report().findings().stream().map(Finding::topic).collect(Collectors.toSet());

        for (String id : Handouts.EVALUATOR.engine().rulebook().onEveryHandout()) {
            assertContains(text, RULES.get(id).patientText(), id);
        }
        for (Map.Entry<Topic, String> t : Handouts.EVALUATOR.engine().rulebook().onHandoutWhenTopic().entrySet()) {
            String flag = Handouts.flat(RULES.get(t.getValue()).patientText());
            assertEquals(topics.contains(t.getKey()), text.contains(flag),
                    t.getValue() + " must be shown exactly when the " + t.getKey() + " topic applies");
        }
        for (Finding f : e.report().findings()) {
            assertContains(text, f.patientText(), f.id());
        }
        // no patient text from a rule that did not fire, beyond the red flags and what to expect
        Set<String> fired = e.report().findings().stream().map(Finding::id).collect(Collectors.toSet());
        for (Rule r : RULES.values()) {
            boolean allowed = fired.contains(r.id()) || Handouts.EVALUATOR.engine().rulebook().onEveryHandout().contains(r.id())
                    || Handouts.EVALUATOR.engine().rulebook().onHandoutWhenTopic().containsValue(r.id()) || r.id().equals(Handouts.EVALUATOR.engine().rulebook().onEveryPlan());
            if (!allowed) {
                assertFalse(text.contains(Handouts.flat(r.patientText())), r.id() + " did not fire but is on the handout");
            }
        }
        boolean urgentNow = e.report().findings().stream().anyMatch(f -> f.severity() == com.b12consult.domain.Severity.URGENT);
        assertEquals(urgentNow, text.contains("From your check on"), "what fired as urgent is set apart");
        assertEquals(topics.contains(Topic.HEADACHE), text.contains("Your headache log"), "headache log");
        assertEquals(topics.contains(Topic.HEADACHE), text.contains("When the headache started"), "headache log columns");
        assertTrue(text.contains(HandoutComposer.URGENT_HEADING) && text.contains(HandoutComposer.PLAN_HEADING), text);
        assertTrue(text.indexOf(HandoutComposer.URGENT_HEADING) < text.indexOf(HandoutComposer.PLAN_HEADING),
                "urgent help comes before the plan");
        assertContains(text, RULES.get(Handouts.EVALUATOR.engine().rulebook().onEveryPlan()).patientText(), "what to expect");
        assertTrue(text.contains("For Grace Hopper"), "patient's name");
        assertTrue(text.contains("21 November 2026"), "date");
        DecisionStatus decision = e.report().decision().status();
        if (decision == DecisionStatus.URGENT || decision == DecisionStatus.HOLD) {
            // the dose is not given: the plan says so and why, and offers no date for a shot that waits on a check
            assertContains(text, decision == DecisionStatus.URGENT ? HandoutComposer.SHOT_NOT_NOW : HandoutComposer.SHOT_ON_HOLD, "plan");
            assertFalse(text.contains("Your B12 shot:"), "a held or stopped dose is not listed as the patient's shot");
            assertFalse(text.contains("Your next shot: 5 December 2026"), "no next date while the dose waits on a check");
            assertContains(text, "Your next shot: " + HandoutComposer.NEXT_AFTER_CHECK, "next dose");
        } else {
            assertTrue(text.contains("Your B12 shot:"), "the shot");
            assertTrue(text.contains("Your next shot: 5 December 2026"), "next dose");
        }
        assertFalse(text.contains("Do not change the dose on your own"), "the clinic's drawn-up dose is not the patient's doing");
        assertTrue(text.contains("Riverside Health Centre") && text.contains("01632 960 123"), "clinic and phone");
        assertTrue(text.contains("supports your clinician's advice. It does not replace it."), "supports, not replaces");
        for (String sentence : CausationWording.sentences(text)) {
            assertFalse(CausationWording.claimsCause(sentence), "the handout must never say that B12 caused something: " + sentence);
        }

        for (HandoutDocument.Section s : doc.sections()) {
            double grade = Readability.grade(s.text());
            assertTrue(grade <= ReadabilityTest.MAX_GRADE, String.format("section '%s' is at grade %.1f: %s",
                    s.heading(), grade, s.text()));
        }
    }

    @org.junit.jupiter.api.Test
    void theVignettesAreAmongTheCases() throws IOException {
        assertTrue(cases().count() >= 12, "the fixture and the eleven valid vignettes");
    }

    @org.junit.jupiter.api.Test
    void noPatientTextInTheRulebookSaysThatB12CausedSomething() {
        for (Rule r : RULES.values()) {
            for (String sentence : CausationWording.sentences(r.patientText())) {
                assertFalse(CausationWording.claimsCause(sentence), r.id() + ": " + sentence);
            }
        }
        assertTrue(CausationWording.claimsCause("Your headache was caused by the B12."), "the check itself must bite");
        assertTrue(CausationWording.claimsCause("The shot caused your rash."), "the check itself must bite");
        assertTrue(CausationWording.claimsCause("Symptoms that start after a shot are not always caused by the shot."),
                "a hedge that still asserts a cause is a claim");
    }

    private static void assertContains(String text, String expected, String what) {
        assertTrue(text.contains(Handouts.flat(expected)), what + " missing from the handout: " + expected);
    }
}
