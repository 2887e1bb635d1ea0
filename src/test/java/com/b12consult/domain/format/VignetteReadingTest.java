package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vignette of the shared folder through the reader: those that expect {@code invalid} are refused naming
 * exactly the listed pointers, all others read. The folder sits beside the project in development only (surefire passes it as
 * {@code b12consult.shared}); a user's clone has none, and the test is then skipped, not failed.
 */
class VignetteReadingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> vignettes() throws IOException {
        String shared = System.getProperty("b12consult.shared");
        Assumptions.assumeTrue(shared != null, "b12consult.shared is not set");
        Path folder = Path.of(shared, "vignettes");
        Assumptions.assumeTrue(Files.isDirectory(folder), "no vignettes folder at " + folder);
        List<Arguments> arguments = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                arguments.add(Arguments.of(file.getFileName().toString(), MAPPER.readTree(file.toFile())));
            }
        }
        return arguments.stream();
    }

    /** Shows up as skipped when the folder is absent (an aborted parameter source alone would leave no trace). */
    @Test
    void theFolderHoldsBothValidAndRefusedVignettes() throws IOException {
        List<JsonNode> all = vignettes().map(a -> (JsonNode) a.get()[1]).toList();
        long refused = all.stream().filter(v -> v.path("expect").has("invalid")).count();
        assertTrue(refused >= 1 && refused < all.size(), refused + " of " + all.size() + " vignettes expect a refusal");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void readsAsTheVignetteExpects(String name, JsonNode vignette) throws Exception {
        AssessmentReader reader = new AssessmentReader();
        JsonNode assessment = vignette.get("assessment");
        JsonNode invalid = vignette.path("expect").get("invalid");
        if (invalid != null) {
            List<ValidationProblem> problems = assertThrows(InvalidAssessmentException.class,
                    () -> reader.read(assessment)).problems();
            Set<String> pointers = problems.stream().map(ValidationProblem::pointer).collect(Collectors.toSet());
            Set<String> expected = new HashSet<>();
            invalid.forEach(p -> expected.add(p.asText()));
            // Exactly these: a refusal that also blames a correct field would send the clinician hunting.
            assertEquals(expected, pointers, () -> name + ":\n" + ReaderChecks.lines(problems));
        } else {
            Assessment read = reader.read(assessment);
            assertEquals(read, reader.read(new AssessmentWriter().toJson(read)), name + " survives a save");
        }
    }
}
