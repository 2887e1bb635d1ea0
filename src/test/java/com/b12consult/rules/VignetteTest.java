package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.LabLimits;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.testing.ExpectMatcher;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance examples (the project's copy of ../shared/vignettes), each run through the same path as
 * {@code evaluate} (reader, engine, report JSON).
 */
class VignetteTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final AssessmentEvaluator evaluator = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    @TestFactory
    Stream<DynamicTest> everyVignetteMeetsItsExpectations() throws IOException {
        Path dir = Vignettes.folder();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "expected the twelve vignettes, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        JsonNode vignette = MAPPER.readTree(file.toFile());
        JsonNode expect = vignette.get("expect");
        AssessmentEvaluator.Outcome outcome = evaluator.evaluate(MAPPER.writeValueAsString(vignette.get("assessment")),
                LabLimits.defaults());
        if (expect.has("invalid")) {
            assertTrue(outcome instanceof AssessmentEvaluator.Outcome.Invalid, "must be refused: " + file);
            List<String> pointers = ((AssessmentEvaluator.Outcome.Invalid) outcome).problems().stream()
                    .map(ValidationProblem::pointer).toList();
            expect.get("invalid").forEach(p -> assertTrue(pointers.contains(p.asText()), p.asText() + " not named in " + pointers));
            return;
        }
        assertTrue(outcome instanceof AssessmentEvaluator.Outcome.Evaluated, () -> "refused: " + outcome);
        JsonNode report = ReportJson.toTree(((AssessmentEvaluator.Outcome.Evaluated) outcome).report());
        assertEquals(List.of(), ExpectMatcher.failures(expect, report), vignette.path("title").asText());
    }
}
