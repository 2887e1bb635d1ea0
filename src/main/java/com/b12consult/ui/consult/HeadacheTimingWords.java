package com.b12consult.ui.consult;

import com.b12consult.domain.HeadacheTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The headache timing the rule module derives, in plain words. Timing only: the words say when headaches began
 * relative to doses and never that a dose explains one (the rulebook's own texts are held to the same).
 */
final class HeadacheTimingWords {
    private HeadacheTimingWords() {
    }

    static List<String> of(HeadacheTiming t) {
        List<String> lines = new ArrayList<>();
        if (t.injections() == 0) {
            lines.add("No doses on record yet, so there is no timing against doses to show.");
            return lines;
        }
        String doses = t.injections() == 1 ? "the one dose" : "the " + t.injections() + " doses";
        if (t.followedWithin24h() == 0) {
            lines.add("No headache began within 24 hours after " + doses + " on record.");
        } else {
            String which = t.injections() == 1 ? doses : t.followedWithin24h() + " of " + doses;
            lines.add("Followed a dose within 24 h: a headache began within 24 hours after " + which
                    + " on record (worst " + t.maxSeverityAfterDose() + " of 10).");
        }
        if (t.recurring()) {
            lines.add("Recurring after doses: headaches followed most doses, after at least two of them.");
        }
        if (t.escalating()) {
            lines.add("Escalating: the worst severity after each dose rose, "
                    + t.severitiesAfterDoses().stream().map(String::valueOf).collect(Collectors.joining(" \u2192 "))
                    + " of 10, oldest dose first.");
        }
        if (t.headachesAwayFromDoses() > 0) {
            lines.add(t.headachesAwayFromDoses() == 1
                    ? "1 headache began more than 24 hours from any dose."
                    : t.headachesAwayFromDoses() + " headaches began more than 24 hours from any dose.");
        }
        lines.add("This is timing alone; headaches near a dose may have other explanations (sleep, fluids, caffeine,"
                + " stress).");
        return lines;
    }
}
