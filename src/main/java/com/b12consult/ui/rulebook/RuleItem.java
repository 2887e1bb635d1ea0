package com.b12consult.ui.rulebook;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Topic;
import com.b12consult.rules.Rule;
import java.util.Locale;

/** One rule as the rulebook screen shows it: every text, the condition in words, the citation. */
public record RuleItem(String id, Topic topic, String kind, String severity, String decision, String title, String text,
                       String patientText, String condition, String source) {

    static RuleItem of(Rule r) {
        return new RuleItem(r.id(), r.topic(), CodeLabels.of(r.kind()), CodeLabels.of(r.severity()),
                r.decision().map(d -> "Sets the decision to " + d.label().toLowerCase(Locale.ROOT)).orElse("Does not change the decision"),
                r.title(), r.text(), r.patientText(), r.when().describe(), r.source().display());
    }

    /** Case-insensitive match on every word of the query, anywhere in the rule's texts. */
    boolean matches(String[] words) {
        String all = (id + " " + kind + " " + severity + " " + title + " " + text + " " + patientText + " " + condition + " "
                + source + " " + CodeLabels.of(topic)).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
