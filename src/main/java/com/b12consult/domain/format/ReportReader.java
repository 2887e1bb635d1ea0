package com.b12consult.domain.format;

import com.b12consult.domain.Citation;
import com.b12consult.domain.Coded;
import com.b12consult.domain.Decision;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.Severity;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.Topic;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back a report that the rule module wrote (its {@code ReportJson}), as it was: the rulebook, the decision and every
 * finding with its reasons and source. A past consultation is shown from this, never evaluated again.
 */
public final class ReportReader {
    private ReportReader() {
    }

    /** @throws IllegalArgumentException naming what is missing or wrong, when the text is not such a report */
    public static StoredReport read(String json) {
        JsonNode root;
        try {
            root = JsonTrees.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The stored report is not JSON: " + e.getOriginalMessage(), e);
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != Report.SCHEMA_VERSION) {
            throw new IllegalArgumentException("The stored report is of version " + root.path("schemaVersion")
                    + "; this app reads version " + Report.SCHEMA_VERSION);
        }
        RulebookRef rulebook = new RulebookRef(text(root, "/rulebook/version"), text(root, "/rulebook/sha256"));
        List<String> reasons = new ArrayList<>();
        root.path("decision").path("reasons").forEach(r -> reasons.add(r.asText()));
        Decision decision = new Decision(code(DecisionStatus.class, root, "/decision/status"), reasons);
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.path("findings")) {
            findings.add(finding(f, "/findings/" + i++));
        }
        return new StoredReport(version, rulebook, decision, findings);
    }

    private static Finding finding(JsonNode f, String at) {
        List<String> because = new ArrayList<>();
        f.path("because").forEach(b -> because.add(b.asText()));
        JsonNode source = f.path("source");
        Citation citation = source.has("guideline")
                ? new Citation.Guideline(text(source, "/guideline"))
                : new Citation.Article(text(source, "/article", at + "/source/article"),
                text(source, "/section", at + "/source/section"));
        return new Finding(text(f, "/id", at + "/id"), code(Topic.class, f, "/topic"),
                code(FindingKind.class, f, "/kind"), code(Severity.class, f, "/severity"),
                text(f, "/title", at + "/title"), text(f, "/text", at + "/text"),
                text(f, "/patientText", at + "/patientText"), because, citation);
    }

    private static String text(JsonNode node, String pointer) {
        return text(node, pointer, pointer);
    }

    private static String text(JsonNode node, String pointer, String where) {
        JsonNode n = node.at(pointer);
        if (!n.isTextual()) {
            throw new IllegalArgumentException("The stored report has no text at " + where);
        }
        return n.asText();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, JsonNode node, String pointer) {
        String code = node.at(pointer).asText("");
        return Coded.fromCode(type, code).orElseThrow(() -> new IllegalArgumentException("The stored report has \""
                + code + "\" at " + pointer + "; accepted: " + String.join(", ", Coded.codes(type))));
    }
}
