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

/** Each rule has cases where it fires and near cases where it does not (rule-cases.json). */
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

    /** A case's "fires" or "silent" is one patch or a list of them: a class of situations, not one example. */
    private static List<JsonNode> variants(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        if (out.isEmpty()) {
            fail("a case needs at least one patch");
        }
        return out;
    }

    private static String label(int v, int of) {
        return of == 1 ? "" : " (" + (v + 1) + " of " + of + ")";
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
            List<JsonNode> fires = variants(c.getValue().get("fires"));
            for (int v = 0; v < fires.size(); v++) {
                JsonNode patch = fires.get(v);
                tests.add(DynamicTest.dynamicTest(id + " fires" + label(v, fires.size()), () -> {
                    Report r = evaluate(doc.get("base"), patch);
                    assertTrue(ids(r).contains(id), id + " did not fire; fired: " + ids(r));
                    Finding f = r.findings().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                    assertFalse(f.because().isEmpty(), id + " fired without saying why");
                }));
            }
            List<JsonNode> silent = variants(c.getValue().get("silent"));
            for (int v = 0; v < silent.size(); v++) {
                JsonNode patch = silent.get(v);
                tests.add(DynamicTest.dynamicTest(id + " stays silent" + label(v, silent.size()), () -> {
                    Report r = evaluate(doc.get("base"), patch);
                    assertFalse(ids(r).contains(id), id + " fired on its silent case: " + patch);
                }));
            }
        }
        return tests.stream();
    }
}
