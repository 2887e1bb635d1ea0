package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.Severity;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.testing.AssessmentGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated assessments, valid and deliberately broken, through the evaluate path: nothing but a
 * validation outcome ever comes out of a bad file, and every report is complete and consistent.
 */
class GeneratedEvaluationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    @Test
    void tenThousandGeneratedAssessmentsEvaluateOrAreRefusedCleanly() throws Exception {
        Random random = new Random(20261121L);
        AssessmentGenerator generator = new AssessmentGenerator(random);
        int evaluated = 0;
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            boolean valid = random.nextInt(3) != 0;
            String json = valid ? generator.valid() : generator.broken();
            final int n = i;
            final AssessmentEvaluator.Outcome outcome = evaluate(json, n);
            if (outcome instanceof AssessmentEvaluator.Outcome.Evaluated e) {
                assertTrue(valid, () -> "case " + n + " is broken but was evaluated:\n" + json);
                checkComplete(e.report(), i);
                evaluated++;
            } else {
                assertFalse(valid, () -> "case " + n + " is valid but was refused: " + outcome + "\n" + json);
                assertFalse(((AssessmentEvaluator.Outcome.Invalid) outcome).problems().isEmpty());
                refused++;
            }
        }
        assertTrue(evaluated > 5000 && refused > 2500, evaluated + " evaluated, " + refused + " refused");
    }

    private static AssessmentEvaluator.Outcome evaluate(String json, int n) {
        try {
            return EVALUATOR.evaluate(json, LabLimits.defaults());
        } catch (RuntimeException e) {
            throw new AssertionError("case " + n + " threw instead of evaluating or refusing:\n" + json, e);
        }
    }

    private static void checkComplete(Report r, int i) throws Exception {
        assertNotNull(r.decision().status());
        assertFalse(r.decision().reasons().isEmpty(), "case " + i + ": a decision without reasons");
        boolean urgentFinding = false;
        for (Finding f : r.findings()) {
            assertFalse(f.because().isEmpty(), "case " + i + ": " + f.id() + " without because");
            assertFalse(f.title().isBlank() || f.text().isBlank() || f.patientText().isBlank(), f.id());
            urgentFinding |= f.severity() == Severity.URGENT;
        }
        // Red flags always win, both ways: an urgent finding means an urgent decision, and only then.
        assertEquals(urgentFinding, r.decision().status() == DecisionStatus.URGENT, "case " + i);
        JsonNode json = MAPPER.readTree(ReportJson.write(r));
        for (String field : new String[] {"/schemaVersion", "/rulebook/version", "/rulebook/sha256", "/decision/status",
                "/findings", "/derived/latestLabs", "/derived/megaloblasticPattern", "/derived/plateletTrend",
                "/derived/headacheTiming/injections", "/derived/headacheTiming/followedWithin24h",
                "/derived/headacheTiming/escalating"}) {
            if (json.at(field).isMissingNode()) {
                fail("case " + i + ": report lacks " + field);
            }
        }
    }
}
