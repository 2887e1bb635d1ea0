package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Finding;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Topic;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.Rule;
import com.b12consult.testing.SharedFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
    private static final Pattern CAUSAL_CLAIM = Pattern.compile(
            // the rulebook's own caution ("does not always mean the shot caused it", "not always caused by the shot") is allowed
            "(?i)(?<!mean )(B12|the shot|the injection) (caused|causes|is causing)|(?<!always )caused by (the )?(B12|shot|injection)");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        String rich = new String(HandoutVignetteTest.class.getResourceAsStream("/com/b12consult/cli/rich-consultation.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        all.add(Arguments.of("fixture rich-consultation", rich));
        Path dir = Path.of(System.getProperty("b12consult.shared", "../shared")).resolve("vignettes");
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

        for (String id : HandoutComposer.STANDING_RED_FLAGS) {
            assertContains(text, RULES.get(id).patientText(), id);
        }
        for (Map.Entry<Topic, String> t : HandoutComposer.TOPIC_RED_FLAGS.entrySet()) {
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
            boolean allowed = fired.contains(r.id()) || HandoutComposer.STANDING_RED_FLAGS.contains(r.id())
                    || HandoutComposer.TOPIC_RED_FLAGS.containsValue(r.id()) || r.id().equals(HandoutComposer.WHAT_TO_EXPECT);
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
        assertContains(text, RULES.get(HandoutComposer.WHAT_TO_EXPECT).patientText(), "what to expect");
        assertTrue(text.contains("For Grace Hopper"), "patient's name");
        assertTrue(text.contains("21 November 2026"), "date");
        assertTrue(text.contains("Your next shot: 5 December 2026"), "next dose");
        assertTrue(text.contains("Riverside Health Centre") && text.contains("01632 960 123"), "clinic and phone");
        assertTrue(text.contains("supports your clinician's advice. It does not replace it."), "supports, not replaces");
        assertFalse(CAUSAL_CLAIM.matcher(text).find(), "the handout must never say that B12 caused something: " + text);

        for (HandoutDocument.Section s : doc.sections()) {
            double grade = Readability.grade(s.text());
            assertTrue(grade <= ReadabilityTest.MAX_GRADE, String.format("section '%s' is at grade %.1f: %s",
                    s.heading(), grade, s.text()));
        }
    }

    @org.junit.jupiter.api.Test
    void theSharedVignettesAreAmongTheCasesWhenPresent() throws IOException {
        SharedFolder.require("vignettes"); // skips in a user's clone, where the shared folder is absent
        assertTrue(cases().count() >= 12, "the fixture and the eleven valid vignettes");
    }

    @org.junit.jupiter.api.Test
    void noPatientTextInTheRulebookSaysThatB12CausedSomething() {
        for (Rule r : RULES.values()) {
            assertFalse(CAUSAL_CLAIM.matcher(r.patientText()).find(), r.id() + ": " + r.patientText());
        }
        assertTrue(CAUSAL_CLAIM.matcher("Your headache was caused by the B12.").find(), "the check itself must bite");
        assertTrue(CAUSAL_CLAIM.matcher("The shot caused your rash.").find(), "the check itself must bite");
    }

    private static void assertContains(String text, String expected, String what) {
        assertTrue(text.contains(Handouts.flat(expected)), what + " missing from the handout: " + expected);
    }
}
