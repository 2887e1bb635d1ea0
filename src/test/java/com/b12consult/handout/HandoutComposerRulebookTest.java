package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.PaperSize;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookException;
import com.b12consult.rules.RulebookLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The red flags a handout shows come from the rulebook; a rulebook without one it needs is refused, naming the rule. */
class HandoutComposerRulebookTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final RulebookLoader loader = new RulebookLoader(new FactCatalog(), ArticleIndex.load());

    @Test
    void aRulebookWithoutARedFlagEveryHandoutCarriesIsRefusedNamingTheRule() throws Exception {
        ObjectNode root = without("clot.stroke-red-flags");
        RulebookException e = assertThrows(RulebookException.class, () -> loader.load(mapper.writeValueAsBytes(root)));
        assertTrue(e.problems().contains("rulebook: \"onEveryHandout\" names \"clot.stroke-red-flags\", and no rule has that id"),
                e.problems().toString());
    }

    @Test
    void aRulebookWithoutATopicRedFlagOrThePlansCaveatIsRefusedNamingTheRule() throws Exception {
        RulebookException e = assertThrows(RulebookException.class,
                () -> loader.load(mapper.writeValueAsBytes(without("headache.red-flags"))));
        assertTrue(e.problems().contains("rulebook: \"onHandoutWhenTopic\" names \"headache.red-flags\", and no rule has"
                + " that id"), e.problems().toString());
        RulebookException plan = assertThrows(RulebookException.class,
                () -> loader.load(mapper.writeValueAsBytes(without("general.expect-gradual"))));
        assertTrue(plan.problems().contains("rulebook: \"onEveryPlan\" names \"general.expect-gradual\", and no rule"
                + " has that id"), plan.problems().toString());
    }

    @Test
    void aTopicRedFlagMustBeAnUrgentAlertOfThatTopic() throws Exception {
        ObjectNode root = tree();
        ((ObjectNode) root.get("onHandoutWhenTopic")).put("headache", "platelets.bleeding-signs");
        RulebookException e = assertThrows(RulebookException.class, () -> loader.load(mapper.writeValueAsBytes(root)));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("rule platelets.bleeding-signs: \"onHandoutWhenTopic\"")),
                e.problems().toString());
    }

    @Test
    void aHandoutCarriesTheTopicRedFlagsAndThePlansCaveatTheRulebookNames() throws Exception {
        ObjectNode root = tree();
        root.set("onHandoutWhenTopic", mapper.createObjectNode());
        root.put("onEveryPlan", "general.expect-gradual");
        Rulebook none = loader.load(mapper.writeValueAsBytes(root));
        Rulebook shipped = loader.load(mapper.writeValueAsBytes(tree()));
        String rich = new String(getClass().getResourceAsStream("/com/b12consult/cli/rich-consultation.json").readAllBytes(),
                StandardCharsets.UTF_8);
        AssessmentEvaluator.Outcome.Evaluated e = Handouts.evaluate(rich);
        String withTopics = new HandoutComposer(shipped).compose(e.assessment(), e.report(), "Grace Hopper",
                Handouts.clinic(PaperSize.A4), Optional.empty(), Handouts.DAY).sections().toString();
        String withoutTopics = new HandoutComposer(none).compose(e.assessment(), e.report(), "Grace Hopper",
                Handouts.clinic(PaperSize.A4), Optional.empty(), Handouts.DAY).sections().toString();
        assertTrue(withTopics.contains(patientText(shipped, "general.expect-gradual")), withTopics);
        assertTrue(withoutTopics.contains(patientText(none, "general.expect-gradual")), withoutTopics);
        List<String> notFired = shipped.onHandoutWhenTopic().values().stream()
                .filter(id -> e.report().findings().stream().noneMatch(f -> f.id().equals(id))).toList();
        assertTrue(notFired.stream().anyMatch(id -> withTopics.contains(patientText(shipped, id))),
                "a topic of the rich consultation brings its red flag though it did not fire: " + withTopics);
        notFired.forEach(id -> assertFalse(withoutTopics.contains(patientText(none, id)),
                id + " is carried only because the rulebook names it for its topic"));
    }

    @Test
    void everyHandoutCarriesTheRedFlagsTheRulebookNamesAndNoOthers() throws Exception {
        ObjectNode root = tree();
        root.set("onEveryHandout", mapper.createArrayNode().add("clot.stroke-red-flags"));
        Rulebook one = loader.load(mapper.writeValueAsBytes(root));
        String rich = new String(getClass().getResourceAsStream("/com/b12consult/cli/rich-consultation.json").readAllBytes(),
                StandardCharsets.UTF_8);
        AssessmentEvaluator.Outcome.Evaluated e = Handouts.evaluate(rich);
        HandoutDocument doc = new HandoutComposer(one).compose(e.assessment(), e.report(), "Grace Hopper",
                Handouts.clinic(PaperSize.A4), Optional.empty(), Handouts.DAY);
        String text = doc.sections().toString();
        assertTrue(text.contains(patientText(one, "clot.stroke-red-flags")), text);
        assertFalse(text.contains(patientText(one, "clot.leg-red-flags")), "the leg is named by the shipped rulebook only");
    }

    private static String patientText(Rulebook book, String id) {
        return book.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().patientText();
    }

    private ObjectNode tree() throws Exception {
        try (InputStream in = RulebookLoader.class.getResourceAsStream(RulebookLoader.RESOURCE)) {
            return (ObjectNode) mapper.readTree(in);
        }
    }

    private ObjectNode without(String id) throws Exception {
        ObjectNode root = tree();
        ArrayNode rules = (ArrayNode) root.get("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals(id)) {
                rules.remove(i);
                break;
            }
        }
        return root;
    }
}
