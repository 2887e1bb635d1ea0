package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Citation;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Severity;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RulebookLoaderTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final RulebookLoader loader = new RulebookLoader(new FactCatalog(), ArticleIndex.load());

    private static ObjectNode bundledTree() throws IOException {
        try (InputStream in = RulebookLoader.class.getResourceAsStream(RulebookLoader.RESOURCE)) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    /** The bundled rulebook with one change applied to its first rule. */
    private static byte[] withFirstRule(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = bundledTree();
        change.accept((ObjectNode) root.get("rules").get(0));
        return MAPPER.writeValueAsBytes(root);
    }

    private List<String> problems(byte[] json) {
        return assertThrows(RulebookException.class, () -> loader.load(json)).problems();
    }

    @Test
    void bundledRulebookLoadsWithVersionAndHash() {
        Rulebook book = loader.loadBundled();
        assertFalse(book.rules().isEmpty());
        assertEquals("2026.12.2", book.ref().version());
        assertTrue(book.ref().sha256().matches("[0-9a-f]{64}"));
    }

    @Test
    void hashChangesWithTheContent() throws IOException {
        Rulebook a = loader.load(MAPPER.writeValueAsBytes(bundledTree()));
        Rulebook b = loader.load(withFirstRule(r -> r.put("title", "Another title")));
        assertFalse(a.ref().sha256().equals(b.ref().sha256()));
    }

    @Test
    void everyRuleCitesAnArticleSectionOrANamedGuideline() {
        for (Rule r : loader.loadBundled().rules()) {
            assertTrue(r.source() instanceof Citation.Article || r.source() instanceof Citation.Guideline, r.id());
        }
    }

    @Test
    void everyUrgentRuleMakesTheDecisionUrgent() {
        loader.loadBundled().rules().stream().filter(r -> r.severity() == Severity.URGENT)
                .forEach(r -> assertEquals("urgent", r.decision().orElseThrow().code(), r.id()));
    }

    @Test
    void refusesAnUnknownFactNamingTheRule() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.set("when", MAPPER.createObjectNode().put("is", "plateletz"))));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule clot.leg-red-flags") && s.contains("unknown fact \"plateletz\"")), p.toString());
    }

    @Test
    void refusesAnUnknownCode() throws IOException {
        List<String> p = problems(withFirstRule(r -> {
            ObjectNode has = MAPPER.createObjectNode().put("has", "symptoms");
            has.putArray("anyOf").add("leg_swollen");
            r.set("when", has);
        }));
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown code \"leg_swollen\"")), p.toString());
    }

    @Test
    void refusesAFactUsedAsTheWrongKind() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.set("when", MAPPER.createObjectNode().put("is", "platelets"))));
        assertTrue(p.stream().anyMatch(s -> s.contains("fact \"platelets\" is a number")), p.toString());
    }

    @Test
    void refusesALimitForAnotherAnalyte() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.set("when", MAPPER.createObjectNode()
                .put("fact", "mcv").put("op", "<").put("limit", "platelets_lower"))));
        assertTrue(p.stream().anyMatch(s -> s.contains("limit platelets_lower is for platelets, not mcv")), p.toString());
    }

    @Test
    void refusesASectionThatIsNotInTheArticle() throws IOException {
        List<String> p = problems(withFirstRule(r -> ((ObjectNode) r.get("source")).put("section", "Red flags")));
        assertTrue(p.stream().anyMatch(s -> s.contains("\"Red flags\" is not a section heading of the blood-clots article")), p.toString());
    }

    @Test
    void refusesAnUnknownArticle() throws IOException {
        List<String> p = problems(withFirstRule(r -> ((ObjectNode) r.get("source")).put("article", "vitamins")));
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown article \"vitamins\"")), p.toString());
    }

    @Test
    void refusesAMissingSource() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.remove("source")));
        assertTrue(p.stream().anyMatch(s -> s.contains("\"source\" is missing")), p.toString());
    }

    @Test
    void acceptsANamedGuideline() throws IOException {
        Rulebook book = loader.load(withFirstRule(r -> r.set("source", MAPPER.createObjectNode().put("guideline", "NICE NG239 (2024)"))));
        assertEquals(new Citation.Guideline("NICE NG239 (2024)"), book.rules().get(0).source());
    }

    @Test
    void refusesADuplicateId() throws IOException {
        ObjectNode root = bundledTree();
        ArrayNode rules = (ArrayNode) root.get("rules");
        rules.add(rules.get(0).deepCopy());
        List<String> p = problems(MAPPER.writeValueAsBytes(root));
        assertTrue(p.contains("rule clot.leg-red-flags: duplicate id"), p.toString());
    }

    @Test
    void refusesAnUrgentFindingThatDoesNotDecideUrgent() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.put("decision", "hold")));
        assertTrue(p.stream().anyMatch(s -> s.contains("an urgent finding must set the decision to \"urgent\"")), p.toString());
    }

    @Test
    void refusesAHoldOnAnInformationalFinding() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.put("severity", "info").put("decision", "hold")));
        assertTrue(p.stream().anyMatch(s -> s.contains("decision \"hold\" needs severity \"warning\"")), p.toString());
    }

    @Test
    void refusesUnknownKeysAndMissingTexts() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.put("note", "x").put("patientText", " ")));
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown key \"note\"")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("\"patientText\" is missing or empty")), p.toString());
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() throws IOException {
        ObjectNode root = bundledTree();
        ((ObjectNode) root.get("rules").get(0)).put("topic", "legs");
        ((ObjectNode) root.get("rules").get(1)).put("kind", "hint");
        List<String> p = problems(MAPPER.writeValueAsBytes(root));
        assertTrue(p.stream().anyMatch(s -> s.contains("\"topic\" is \"legs\"")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("\"kind\" is \"hint\"")), p.toString());
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        List<String> p = problems("{ rules: ".getBytes(StandardCharsets.UTF_8));
        assertTrue(p.get(0).startsWith("not valid JSON"), p.toString());
    }

    @Test
    void ruleIdsAreUniqueAndNamedByTopic() {
        Set<String> seen = new HashSet<>();
        for (Rule r : loader.loadBundled().rules()) {
            assertTrue(seen.add(r.id()), r.id());
            assertTrue(r.id().startsWith(r.topic().code() + "."), r.id() + " should start with its topic");
        }
    }

    /** The bundled rulebook with one change applied to the rule of that id. */
    private static byte[] withRule(String id, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = bundledTree();
        for (var r : root.get("rules")) {
            if (r.get("id").asText().equals(id)) {
                change.accept((ObjectNode) r);
            }
        }
        return MAPPER.writeValueAsBytes(root);
    }

    @Test
    void refusesWithholdingARuleThatSetsTheDecision() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.set("withheldWhen", MAPPER.createArrayNode().add("hold"))));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule clot.leg-red-flags") && s.contains("cannot be withheld")), p.toString());
    }

    @Test
    void refusesAnUnknownDecisionInWithheldWhen() throws IOException {
        List<String> p = problems(withRule("exercise.usually-fine", r -> r.set("withheldWhen", MAPPER.createArrayNode().add("held"))));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule exercise.usually-fine") && s.contains("\"held\"")
                && s.contains("proceed_with_care")), p.toString());
    }

    @Test
    void refusesAnEmptyConvention() throws IOException {
        List<String> p = problems(withRule("headache.severe-after-dose", r -> r.put("convention", " ")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule headache.severe-after-dose") && s.contains("\"convention\"")), p.toString());
    }

    @Test
    void theShippedRulebookSaysWhichThresholdsAreHouseConventions() {
        Rule severe = loader.loadBundled().rules().stream().filter(r -> r.id().equals("headache.severe-after-dose")).findFirst()
                .orElseThrow();
        assertTrue(severe.convention().orElseThrow().contains("7 or more out of 10"), severe.convention().toString());
        Rule borderline = loader.loadBundled().rules().stream().filter(r -> r.id().equals("blood_count.borderline-b12"))
                .findFirst().orElseThrow();
        assertTrue(borderline.convention().isEmpty(), "NICE NG239's range is its source's, not a house convention");
        Rule withheld = loader.loadBundled().rules().stream().filter(r -> r.id().equals("exercise.usually-fine")).findFirst()
                .orElseThrow();
        assertEquals(Set.of(com.b12consult.domain.DecisionStatus.URGENT, com.b12consult.domain.DecisionStatus.HOLD),
                withheld.withheldWhen());
    }

    /**
     * Rulebook 2026.12.1 stated every rule's decision beside its severity; since 2026.12.2 the decision follows from
     * the severity unless the rule says otherwise. The test resource keeps each rule's decision as 2026.12.1 stated
     * it ("none": the rule did not move the decision), so no default moved any rule's decision.
     */
    @Test
    void decisionsFollowingFromSeverityAreThoseTheRulesStatedBefore() throws IOException {
        Map<String, String> before;
        try (InputStream in = RulebookLoaderTest.class.getResourceAsStream("decisions-2026.12.1.json")) {
            before = MAPPER.readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
        }
        Map<String, String> now = new LinkedHashMap<>();
        loader.loadBundled().rules().forEach(r -> now.put(r.id(), r.decision().map(DecisionStatus::code).orElse("none")));
        assertEquals(before, now);
    }

    @Test
    void aRuleWithoutADecisionDecidesWhatItsSeverityAsks() throws IOException {
        Rule caution = load(withRule("exercise.skip-today", r -> r.remove("decision")), "exercise.skip-today");
        assertEquals(Severity.CAUTION, caution.severity());
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, caution.decision().orElseThrow());
        Rule warning = load(withRule("exercise.skip-today", r -> r.put("severity", "warning")), "exercise.skip-today");
        assertEquals(DecisionStatus.HOLD, warning.decision().orElseThrow());
        Rule info = load(withRule("exercise.skip-today", r -> r.put("severity", "info")), "exercise.skip-today");
        assertTrue(info.decision().isEmpty(), info.decision().toString());
    }

    @Test
    void decisionNoneLeavesTheDecisionAloneWhateverTheSeverity() throws IOException {
        Rule evaluate = load(withRule("platelets.very-low-evaluate", r -> { }), "platelets.very-low-evaluate");
        assertEquals(Severity.WARNING, evaluate.severity());
        assertTrue(evaluate.decision().isEmpty(), evaluate.decision().toString());
        Rule lower = load(withRule("injection.dose-not-as-prescribed", r -> r.put("decision", "proceed_with_care")),
                "injection.dose-not-as-prescribed");
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, lower.decision().orElseThrow());
    }

    @Test
    void refusesADecisionThatOnlyRepeatsTheSeverity() throws IOException {
        List<String> p = problems(withRule("injection.dose-not-as-prescribed", r -> r.put("decision", "hold")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule injection.dose-not-as-prescribed")
                && s.contains("what severity \"warning\" decides anyway")), p.toString());
        List<String> info = problems(withRule("general.expect-gradual", r -> r.put("decision", "none")));
        assertTrue(info.stream().anyMatch(s -> s.startsWith("rule general.expect-gradual") && s.contains("decides anyway")),
                info.toString());
    }

    @Test
    void refusesProceedAndUnknownDecisions() throws IOException {
        for (String bad : List.of("proceed", "held")) {
            List<String> p = problems(withRule("exercise.skip-today", r -> r.put("decision", bad)));
            assertTrue(p.stream().anyMatch(s -> s.startsWith("rule exercise.skip-today") && s.contains("\"" + bad + "\"")
                    && s.contains("\"none\"")), p.toString());
        }
    }

    @Test
    void refusesAnUrgentRuleThatSaysItDecidesNothing() throws IOException {
        List<String> p = problems(withFirstRule(r -> r.put("decision", "none")));
        assertTrue(p.stream().anyMatch(s -> s.contains("an urgent finding must set the decision to \"urgent\"")), p.toString());
    }

    @Test
    void theShippedRulebookNamesTheRedFlagsEveryHandoutCarries() {
        assertEquals(List.of("clot.leg-red-flags", "clot.lung-red-flags", "clot.stroke-red-flags", "allergy.severe-signs-now"),
                loader.loadBundled().onEveryHandout());
    }

    @Test
    void refusesAnEveryHandoutRedFlagThatIsNoRule() throws IOException {
        ObjectNode root = bundledTree();
        ((ArrayNode) root.get("onEveryHandout")).add("clot.arm-red-flags");
        List<String> p = problems(MAPPER.writeValueAsBytes(root));
        assertTrue(p.contains("rulebook: \"onEveryHandout\" names \"clot.arm-red-flags\", and no rule has that id"),
                p.toString());
    }

    @Test
    void refusesAnEveryHandoutEntryThatIsNotARedFlag() throws IOException {
        ObjectNode root = bundledTree();
        ((ArrayNode) root.get("onEveryHandout")).add("exercise.usually-fine");
        List<String> p = problems(MAPPER.writeValueAsBytes(root));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rule exercise.usually-fine: \"onEveryHandout\" lists red flags only")),
                p.toString());
    }

    @Test
    void refusesARulebookThatNamesNoRedFlagsForEveryHandout() throws IOException {
        ObjectNode root = bundledTree();
        root.remove("onEveryHandout");
        List<String> p = problems(MAPPER.writeValueAsBytes(root));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("rulebook: \"onEveryHandout\" must list")), p.toString());
    }

    private Rule load(byte[] json, String id) {
        return loader.load(json).rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
