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
    void aRulebookWithoutATopicRedFlagIsRefusedNamingTheRule() throws Exception {
        Rulebook without = loader.load(mapper.writeValueAsBytes(without("headache.red-flags")));
        RulebookException e = assertThrows(RulebookException.class, () -> new HandoutComposer(without));
        assertTrue(e.problems().get(0).startsWith("rule headache.red-flags:"), e.problems().toString());
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
