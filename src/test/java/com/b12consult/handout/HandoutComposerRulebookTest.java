package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookException;
import com.b12consult.rules.RulebookLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The handout's standing red flags come from the rulebook; a rulebook without them is refused, naming the rule. */
class HandoutComposerRulebookTest {
    @Test
    void aRulebookWithoutAStandingRedFlagIsRefusedNamingTheRule() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = RulebookLoader.class.getResourceAsStream(RulebookLoader.RESOURCE)) {
            root = (ObjectNode) mapper.readTree(in);
        }
        ArrayNode rules = (ArrayNode) root.get("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals("clot.stroke-red-flags")) {
                rules.remove(i);
                break;
            }
        }
        Rulebook without = new RulebookLoader(new FactCatalog(), ArticleIndex.load()).load(mapper.writeValueAsBytes(root));
        RulebookException e = assertThrows(RulebookException.class, () -> new HandoutComposer(without));
        assertTrue(e.problems().get(0).startsWith("rule clot.stroke-red-flags:"), e.problems().toString());
    }
}
