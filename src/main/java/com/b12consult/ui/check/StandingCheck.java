package com.b12consult.ui.check;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.Decision;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Report;
import com.b12consult.domain.StandingDecision;
import com.b12consult.domain.format.TypedDates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A HOLD or URGENT found earlier stands over the check until a prescriber clears it: the decision is never
 * quieter than the standing one, and its first reason says where it comes from. The signs reported with it are
 * carried into the check's assessment ({@link CheckAssessment}), so the rule module gives its own findings.
 */
final class StandingCheck {

    private StandingCheck() {
    }

    static Report apply(Report report, Optional<StandingDecision> standing, ZoneId zone) {
        if (standing.isEmpty()) {
            return report;
        }
        StandingDecision s = standing.get();
        DecisionStatus status = report.decision().status().max(s.decision());
        List<String> reasons = new ArrayList<>();
        reasons.add(describe(s, zone));
        if (report.decision().status() == status) {
            reasons.addAll(report.decision().reasons());
        }
        return new Report(report.schemaVersion(), report.rulebook(), new Decision(status, reasons), report.findings(),
                report.derived());
    }

    /** "Standing URGENT from the check of 2 Dec 2026 15:14 (NK): Possible blood clot in a leg; needs a prescriber's review". */
    static String describe(StandingDecision s, ZoneId zone) {
        String from = s.context() == AssessmentContext.CONSULTATION ? "consultation" : "check";
        String who = s.savedBy().isBlank() ? "" : " (" + s.savedBy() + ")";
        String why = s.reasons().isEmpty() ? "" : ": " + String.join("; ", s.reasons());
        String review = s.review().map(r -> "; reviewed by " + r.reviewedBy() + ", not cleared: " + r.note())
                .orElse("; a prescriber's review is needed to clear it");
        return "Standing " + s.decision().label().toUpperCase(Locale.ROOT) + " from the " + from + " of "
                + TypedDates.format(s.savedAt(), zone) + who + why + review;
    }
}
