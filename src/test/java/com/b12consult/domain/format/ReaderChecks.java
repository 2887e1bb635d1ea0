package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.b12consult.domain.Assessment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds small assessment files for one rule at a time: a minimal valid file with one part replaced, read, and the
 * problems asserted by pointer and gist.
 */
final class ReaderChecks {
    /** A minimal valid file: a clinician seeing a man born in 1970, on 10 March 2026 at 11:15. */
    static final String MINIMAL = """
            {"schemaVersion": 1, "context": "consultation", "assessedAt": "2026-03-10T11:15",
             "patient": {"id": "T-0001", "sex": "male", "birthDate": "1970-01-01"}}""";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReaderChecks() {
    }

    /** The minimal file with the JSON value at {@code pointer} set (parents must exist) to {@code json}. */
    static String with(String pointer, String json) {
        return with(MINIMAL, pointer, json);
    }

    static String with(String base, String pointer, String json) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(base);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
            ((ObjectNode) parent).set(pointer.substring(slash + 1), MAPPER.readTree(json));
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String without(String pointer) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(MINIMAL);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = slash == 0 ? root : root.at(pointer.substring(0, slash));
            ((ObjectNode) parent).remove(pointer.substring(slash + 1));
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Assessment valid(String json) {
        try {
            return new AssessmentReader().read(json);
        } catch (InvalidAssessmentException e) {
            return fail("expected a valid file, got:\n" + e.getMessage());
        }
    }

    static List<ValidationProblem> problems(String json) {
        return assertThrows(InvalidAssessmentException.class, () -> new AssessmentReader().read(json)).problems();
    }

    /** Asserts the file is refused for exactly one reason, at {@code pointer}, whose message holds every gist. */
    static ValidationProblem onlyProblem(String json, String pointer, String... gists) {
        List<ValidationProblem> problems = problems(json);
        assertEquals(1, problems.size(), () -> "expected one problem, got:\n" + lines(problems));
        ValidationProblem problem = problems.get(0);
        assertEquals(pointer, problem.pointer(), problem::toString);
        assertGists(problem, gists);
        return problem;
    }

    /** Asserts some problem sits at {@code pointer} and holds every gist; other problems may exist. */
    static ValidationProblem problemAt(List<ValidationProblem> problems, String pointer, String... gists) {
        ValidationProblem problem = problems.stream().filter(p -> p.pointer().equals(pointer)).findFirst()
                .orElseGet(() -> fail("no problem at " + pointer + " among:\n" + lines(problems)));
        assertGists(problem, gists);
        return problem;
    }

    static void assertGists(ValidationProblem problem, String... gists) {
        for (String gist : gists) {
            assertTrue(problem.message().toLowerCase(Locale.ROOT).contains(gist.toLowerCase(Locale.ROOT)),
                    () -> "message lacks \"" + gist + "\": " + problem);
        }
    }

    static String lines(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n"));
    }
}
