package com.b12consult.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code expect} block as the vignettes' README defines it and lists what a report (as JSON)
 * fails to meet. Shared by the vignette test and the project's own expectation fixtures.
 */
public final class ExpectMatcher {
    private ExpectMatcher() {
    }

    public static List<String> failures(JsonNode expect, JsonNode report) {
        List<String> out = new ArrayList<>();
        JsonNode findings = report.path("findings");
        if (expect.has("decision")) {
            String status = report.path("decision").path("status").asText();
            if (!anyEquals(expect.get("decision"), report.path("decision").path("status"))) {
                out.add("decision " + status + " is not one of " + expect.get("decision"));
            }
        }
        for (JsonNode pattern : expect.path("findings")) {
            if (!anyFindingMatches(pattern, findings)) {
                out.add("no finding matches " + pattern);
            }
        }
        for (JsonNode pattern : expect.path("noFindings")) {
            for (JsonNode f : findings) {
                if (matches(pattern, f)) {
                    out.add("finding " + f.path("id").asText() + " matches forbidden " + pattern);
                }
            }
        }
        if (expect.has("derived")) {
            compareDerived("derived", expect.get("derived"), report.path("derived"), out);
        }
        for (JsonNode f : findings) {
            JsonNode s = f.path("source");
            boolean article = s.path("article").isTextual() && s.path("section").isTextual();
            boolean guideline = s.path("guideline").isTextual() && !s.path("guideline").asText().isBlank();
            if (!article && !guideline) {
                out.add("finding " + f.path("id").asText() + " cites no source");
            }
        }
        return out;
    }

    static boolean anyFindingMatches(JsonNode pattern, JsonNode findings) {
        for (JsonNode f : findings) {
            if (matches(pattern, f)) {
                return true;
            }
        }
        return false;
    }

    /** Every key the pattern names has the same value in the finding; a list means any of them. */
    static boolean matches(JsonNode pattern, JsonNode finding) {
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!anyEquals(e.getValue(), finding.path(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyEquals(JsonNode expected, JsonNode actual) {
        if (expected.isArray()) {
            for (JsonNode option : expected) {
                if (option.equals(actual)) {
                    return true;
                }
            }
            return false;
        }
        return expected.equals(actual);
    }

    private static void compareDerived(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compareDerived(path + "." + e.getKey(), e.getValue(), actual.path(e.getKey()), out);
            }
        } else if (expected.isNumber()) {
            double want = expected.asDouble();
            if (!actual.isNumber() || Math.abs(actual.asDouble() - want) > Math.abs(want) * 0.01) {
                out.add(path + " is " + actual + ", expected " + want + " within 1 %");
            }
        } else if (!expected.equals(actual)) {
            out.add(path + " is " + actual + ", expected " + expected);
        }
    }
}
