package com.b12consult.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Topic;
import com.b12consult.rules.Rule;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulebookViewModelTest {
    private static final Rulebook BOOK = RulebookLoader.shipped();
    private final RulebookViewModel model = new RulebookViewModel(BOOK);

    private List<String> shownIds() {
        return model.groupsProperty().get().stream().flatMap(g -> g.rules().stream()).map(RuleItem::id).toList();
    }

    @Test
    void showsEveryRuleGroupedByTopicInTopicOrder() {
        assertEquals(BOOK.rules().size(), shownIds().size());
        List<Topic> topics = model.groupsProperty().get().stream().map(RulebookViewModel.TopicGroup::topic).toList();
        assertEquals(topics.stream().sorted().toList(), topics);
        model.groupsProperty().get().forEach(g -> g.rules().forEach(r -> assertEquals(g.topic(), r.topic())));
        assertEquals(BOOK.rules().size() + " rules in rulebook " + BOOK.ref().version(), model.summary().get());
    }

    @Test
    void eachRuleShowsItsTextsConditionInWordsAndCitation() {
        RuleItem leg = model.groupsProperty().get().get(0).rules().stream()
                .filter(r -> r.id().equals("clot.leg-red-flags")).findFirst().orElseThrow();
        Rule rule = BOOK.rules().stream().filter(r -> r.id().equals("clot.leg-red-flags")).findFirst().orElseThrow();
        assertEquals(rule.text(), leg.text());
        assertEquals(rule.patientText(), leg.patientText());
        assertTrue(leg.condition().startsWith("any blood clot in the leg sign among symptoms today"), leg.condition());
        assertTrue(leg.source().startsWith("blood-clots article, section \u201cKnow the red flags"), leg.source());
        assertEquals("Sets the decision to urgent", leg.decision());
        assertEquals("Urgent", leg.severity());
    }

    @Test
    void searchMatchesEveryWordAnywhereIgnoringCase() {
        model.searchProperty().set("PETECHIAE");
        assertTrue(shownIds().isEmpty() || shownIds().stream().allMatch(id -> id.startsWith("platelets")), shownIds().toString());
        model.searchProperty().set("platelets bruising");
        assertEquals(List.of("platelets.urgent-low-or-bleeding"), shownIds());
        assertEquals("1 of " + BOOK.rules().size() + " rules match", model.summary().get());
    }

    @Test
    void searchFindsRulesByTheirSourceSection() {
        model.searchProperty().set("Stop-and-seek-care");
        assertTrue(shownIds().contains("headache.red-flags"), shownIds().toString());
        assertTrue(shownIds().stream().allMatch(id -> BOOK.rules().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow().source().display().contains("Stop-and-seek-care")), shownIds().toString());
    }

    @Test
    void aSearchWithNoMatchSaysSoAndClearingShowsAllAgain() {
        model.searchProperty().set("zebra");
        assertEquals(List.of(), shownIds());
        assertEquals("No rule matches", model.summary().get());
        model.searchProperty().set("  ");
        assertEquals(BOOK.rules().size(), shownIds().size());
    }

    @Test
    void identityCarriesVersionAndHash() {
        assertEquals("Rulebook " + BOOK.ref().version() + " \u00b7 SHA-256 " + BOOK.ref().sha256(), model.identity());
    }
}
