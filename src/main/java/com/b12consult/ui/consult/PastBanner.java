package com.b12consult.ui.consult;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.StoredReport;
import com.b12consult.ui.DecisionBanner;

/**
 * The banner of a past consultation: the decision it reached, in the past tense, so it is never read as
 * advice for today.
 */
final class PastBanner {
    private PastBanner() {
    }

    static DecisionBanner of(StoredReport report) {
        DecisionStatus status = report.decision().status();
        String reasons = String.join("\n", report.decision().reasons().stream().map(r -> "\u2022 " + r).toList());
        String style = switch (status) {
            case URGENT -> "banner-urgent";
            case HOLD -> "banner-hold";
            case PROCEED_WITH_CARE -> "banner-care";
            case PROCEED -> "banner-proceed";
        };
        return new DecisionBanner(style, "Decision then: " + status.label().toUpperCase(),
                "As saved at the time; today's decision may differ.", reasons);
    }
}
