package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each rule has a case where it fires and a near case where it does not (rule-cases.json). */
class RuleCasesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    private static JsonNode cases() throws IOException {
        try (InputStream in = RuleCasesTest.class.getResourceAsStream("rule-cases.json")) {
            return MAPPER.readTree(in);
        }
    }

    private static Report evaluate(JsonNode base, JsonNode patch) throws IOException {
        ObjectNode assessment = base.deepCopy();
        patch.fields().forEachRemaining(e -> assessment.set(e.getKey(), e.getValue()));
        AssessmentEvaluator.Outcome o = EVALUATOR.evaluate(MAPPER.writeValueAsString(assessment), LabLimits.defaults());
        if (o instanceof AssessmentEvaluator.Outcome.Invalid invalid) {
            fail("case is not a valid assessment: " + invalid.problems());
        }
        return ((AssessmentEvaluator.Outcome.Evaluated) o).report();
    }

    private static List<String> ids(Report r) {
        return r.findings().stream().map(Finding::id).toList();
    }

    @Test
    void everyRuleHasACaseAndEveryCaseARule() throws IOException {
        List<String> ruleIds = EVALUATOR.engine().rulebook().rules().stream().map(Rule::id).sorted().toList();
        List<String> caseIds = new ArrayList<>();
        cases().get("cases").fieldNames().forEachRemaining(caseIds::add);
        assertEquals(ruleIds, caseIds.stream().sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> eachRuleFiresAndStaysSilent() throws IOException {
        JsonNode doc = cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> c : (Iterable<Map.Entry<String, JsonNode>>) doc.get("cases")::fields) {
            String id = c.getKey();
            tests.add(DynamicTest.dynamicTest(id + " fires", () -> {
                Report r = evaluate(doc.get("base"), c.getValue().get("fires"));
                assertTrue(ids(r).contains(id), id + " did not fire; fired: " + ids(r));
                Finding f = r.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertFalse(f.because().isEmpty(), id + " fired without saying why");
            }));
            tests.add(DynamicTest.dynamicTest(id + " stays silent", () -> {
                Report r = evaluate(doc.get("base"), c.getValue().get("silent"));
                assertFalse(ids(r).contains(id), id + " fired on its silent case");
            }));
        }
        return tests.stream();
    }
}
