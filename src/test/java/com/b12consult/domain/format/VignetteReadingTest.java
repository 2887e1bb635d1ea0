package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.testing.Vignettes;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vignette (the project's copy of the shared folder's) through the reader: those that expect
 * {@code invalid} are refused naming exactly the listed pointers, all others read.
 */
class VignetteReadingTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> vignettes() throws IOException {
        Path folder = Vignettes.folder();
        List<Arguments> arguments = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                arguments.add(Arguments.of(file.getFileName().toString(), MAPPER.readTree(file.toFile())));
            }
        }
        return arguments.stream();
    }

    /** The copy holds both kinds, so neither half of the parameterized test below can run on nothing. */
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
