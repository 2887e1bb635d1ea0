package com.b12consult.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Citation;
import com.b12consult.domain.CodeLabels;
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
        model.searchProperty().set("platelets bruising alert");
        assertEquals(List.of("platelets.bleeding-signs"), shownIds());
        assertEquals("1 of " + BOOK.rules().size() + " rules match", model.summary().get());
    }

    private RuleItem item(String id) {
        return model.groupsProperty().get().stream().flatMap(g -> g.rules().stream()).filter(r -> r.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static Rule rule(String id) {
        return BOOK.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRuleFromItsSourceAloneSaysSoAndNamesTheSection() {
        RuleItem limitation = item("clot.no-zero-risk");
        assertTrue(rule("clot.no-zero-risk").convention().isEmpty(), "the example must be a rule without a convention");
        assertFalse(limitation.houseConvention());
        assertEquals("From the source: blood-clots article, section \u201cImportant limitation\u201d", limitation.basis());
        assertEquals("", limitation.withheld());
    }

    @Test
    void aRuleFromAGuidelineNamesTheGuideline() {
        RuleItem borderline = item("blood_count.borderline-b12");
        Rule rule = rule("blood_count.borderline-b12");
        assertTrue(rule.source() instanceof Citation.Guideline, "the example must cite a guideline");
        assertEquals("From the source: " + ((Citation.Guideline) rule.source()).guideline(), borderline.basis());
    }

    @Test
    void aRuleWithAHouseConventionGivesTheConventionsWordsThenItsSource() {
        RuleItem escalating = item("headache.escalating-after-doses");
        Rule rule = rule("headache.escalating-after-doses");
        assertTrue(escalating.houseConvention());
        assertEquals("House convention: " + rule.convention().orElseThrow() + "\n"
                + "Source: headaches article, section \u201cShort-term steps I recommend\u201d", escalating.basis());
        assertTrue(escalating.basis().startsWith("House convention: Escalating means the worst headache"),
                escalating.basis());
    }

    @Test
    void aRuleWithheldBesideSomeDecisionsSaysWhichLeastSeriousFirst() {
        assertEquals("Left out when the decision is Hold or Urgent", item("exercise.usually-fine").withheld());
        assertEquals("Left out when the decision is Urgent", item("clot.not-a-reason-to-withhold").withheld());
    }

    @Test
    void searchingForHouseConventionListsExactlyTheRulesThatCarryOne() {
        model.searchProperty().set("house convention");
        List<String> withConvention = BOOK.rules().stream().filter(r -> r.convention().isPresent()).map(Rule::id).sorted()
                .toList();
        assertFalse(withConvention.isEmpty());
        assertEquals(withConvention, shownIds().stream().sorted().toList());
        assertTrue(model.groupsProperty().get().stream().flatMap(g -> g.rules().stream()).allMatch(RuleItem::houseConvention));
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

    @Test
    void saysWhichRedFlagsEveryHandoutCarriesAndMarksThem() {
        assertEquals("Every handout carries these red flags, whatever its report says: Possible blood clot in a leg; "
                + "Possible blood clot in the lung; Possible stroke; " + rule("allergy.severe-signs-now").title() + "."
                + " When its topic applies, also: " + rule("platelets.bleeding-signs").title() + " ("
                + CodeLabels.of(Topic.PLATELETS) + "); " + rule("headache.red-flags").title() + " ("
                + CodeLabels.of(Topic.HEADACHE) + ").", model.everyHandout());
        assertTrue(item("clot.leg-red-flags").onEveryHandout());
        assertFalse(item("headache.red-flags").onEveryHandout(), "a topic red flag is shown only when its topic applies");
        model.searchProperty().set("on every handout");
        assertEquals(BOOK.onEveryHandout(), shownIds());
    }
}
