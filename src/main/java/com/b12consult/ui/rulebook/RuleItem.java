package com.b12consult.ui.rulebook;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Topic;
import com.b12consult.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One rule as the rulebook screen shows it: every text, the condition in words, the citation, and its basis:
 * whether the rule rests on its source alone or also on a convention of the house, and beside which
 * decisions its advice is left out of the report ({@code withheld}, empty when never); and whether every handout
 * carries it, whatever the report says.
 */
public record RuleItem(String id, Topic topic, String kind, String severity, String decision, String title, String text,
                       String patientText, String condition, String source, boolean houseConvention, String basis,
                       String withheld, boolean onEveryHandout) {

    /** The words of the badge that marks a rule carrying a house convention; searching for them finds those rules. */
    public static final String CONVENTION_BADGE = "House convention";
    /** The words of the badge on the red flags every handout carries; searching for them finds those rules. */
    public static final String EVERY_HANDOUT_BADGE = "On every handout";

    static RuleItem of(Rule r, boolean onEveryHandout) {
        String source = r.source().display();
        String basis = r.convention()
                .map(c -> CONVENTION_BADGE + ": " + c + "\nSource: " + source)
                .orElse("From the source: " + source);
        return new RuleItem(r.id(), r.topic(), CodeLabels.of(r.kind()), CodeLabels.of(r.severity()),
                r.decision().map(d -> "Sets the decision to " + d.label().toLowerCase(Locale.ROOT)).orElse("Does not change the decision"),
                r.title(), r.text(), r.patientText(), r.when().describe(), source, r.convention().isPresent(), basis,
                withheld(r.withheldWhen()), onEveryHandout);
    }

    /** "Left out when the decision is Hold or Urgent", least serious first; empty when the advice always stands. */
    private static String withheld(Set<DecisionStatus> when) {
        List<String> labels = when.stream().sorted().map(DecisionStatus::label).toList();
        if (labels.isEmpty()) {
            return "";
        }
        String list = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
        return "Left out when the decision is " + list;
    }

    /**
     * Case-insensitive match on every word of the query, anywhere in the rule's texts. The basis carries the
     * source and, for a rule with a convention, the words of its badge, so "house convention" lists those rules;
     * "on every handout" lists the red flags every handout carries the same way.
     */
    boolean matches(String[] words) {
        String all = (id + " " + kind + " " + severity + " " + title + " " + text + " " + patientText + " " + condition + " "
                + basis + " " + withheld + " " + CodeLabels.of(topic) + (onEveryHandout ? " " + EVERY_HANDOUT_BADGE : ""))
                .toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
