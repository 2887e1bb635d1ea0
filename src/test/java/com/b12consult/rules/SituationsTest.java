package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.b12consult.domain.Finding;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole situations (situations.json), each with the decision it must reach: where rule-cases.json shows that each
 * rule fires and stays silent, these show that the rules together give the right decision for a class of
 * situations, red flags winning and advice that would contradict the decision left out.
 */
class SituationsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = SituationsTest.class.getResourceAsStream(name)) {
            return MAPPER.readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachSituationReachesItsDecision() throws IOException {
        JsonNode base = read("rule-cases.json").get("base");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : (Iterable<Map.Entry<String, JsonNode>>) read("situations.json").get("situations")::fields) {
            tests.add(DynamicTest.dynamicTest(s.getKey(), () -> check(base, s.getValue())));
        }
        return tests.stream();
    }

    private static void check(JsonNode base, JsonNode situation) throws IOException {
        ObjectNode assessment = base.deepCopy();
        situation.get("assessment").fields().forEachRemaining(e -> assessment.set(e.getKey(), e.getValue()));
        AssessmentEvaluator.Outcome o = EVALUATOR.evaluate(MAPPER.writeValueAsString(assessment), LabLimits.defaults());
        if (o instanceof AssessmentEvaluator.Outcome.Invalid invalid) {
            fail("not a valid assessment: " + invalid.problems());
        }
        Report r = ((AssessmentEvaluator.Outcome.Evaluated) o).report();
        List<String> ids = r.findings().stream().map(Finding::id).toList();
        List<String> decisions = new ArrayList<>();
        situation.get("decision").forEach(d -> decisions.add(d.asText()));
        assertTrue(decisions.contains(r.decision().status().code()),
                "decision " + r.decision().status().code() + ", expected one of " + decisions + "; findings " + ids);
        situation.path("findings").forEach(id -> assertTrue(ids.contains(id.asText()), id.asText() + " missing; findings " + ids));
        situation.path("noFindings").forEach(id -> assertFalse(ids.contains(id.asText()), id.asText() + " must not show; findings " + ids));
        situation.path("because").fields().forEachRemaining(e -> {
            Finding f = r.findings().stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElseThrow();
            assertTrue(f.because().stream().anyMatch(b -> b.contains(e.getValue().asText())),
                    e.getKey() + " does not name " + e.getValue().asText() + ": " + f.because());
        });
    }
}
