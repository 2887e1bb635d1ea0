package com.b12consult.ui;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.Report;
import com.b12consult.domain.Severity;
import java.util.ArrayList;
import java.util.List;

/** What the banner says for a decision: the headline, what to do now, and the reasons. */
public record DecisionBanner(String styleClass, String headline, String instruction, String reasons) {
    public static final DecisionBanner NO_PATIENT = new DecisionBanner("banner-none", "Choose a patient",
            "Pick the patient from the list on the left to start the check.", "");

    public static final DecisionBanner NO_PRESCRIPTION = new DecisionBanner("banner-none", "No prescription on record",
            "There is no dose to check against. Record the prescriber's order below, then check the dose.", "");

    public static final String NOT_CHECKED_HEADLINE = "NOT CHECKED YET";
    public static final String ASK_QUESTIONS = "Ask the patient today's questions, then tick \"All of today's questions"
            + " asked\".";
    public static final String DRAW_UP = "Enter the product and the dose drawn up.";

    /** What the check still needs before it can say the dose may be given; empty when nothing is missing. */
    public record Missing(boolean questionsAsked, boolean doseDrawnUp) {
        List<String> steps() {
            List<String> out = new ArrayList<>();
            if (!questionsAsked) {
                out.add(ASK_QUESTIONS);
            }
            if (!doseDrawnUp) {
                out.add(DRAW_UP);
            }
            return out;
        }
    }

    /** The banner for an open patient: without a prescription there is no dose to decide on. */
    public static DecisionBanner of(OnRecord record, Report report) {
        return of(record, report, new Missing(true, true));
    }

    /**
     * The banner for an open patient, saying so when the check is not done yet: a dose is never shown as one that
     * may be given before the questions were asked and the dose drawn up. A HOLD or URGENT shows at once, asked or
     * not: red flags always win.
     */
    public static DecisionBanner of(OnRecord record, Report report, Missing missing) {
        if (record != null && record.prescription().isEmpty()) {
            return NO_PRESCRIPTION;
        }
        if (report != null && !missing.steps().isEmpty() && (report.decision().status() == DecisionStatus.PROCEED
                || report.decision().status() == DecisionStatus.PROCEED_WITH_CARE)) {
            return new DecisionBanner("banner-none", NOT_CHECKED_HEADLINE, "Nothing is assessed yet: the decision"
                    + " shows when the check is complete.", String.join("\n", missing.steps().stream()
                    .map(s -> "\u2022 " + s).toList()));
        }
        return of(report);
    }

    public static DecisionBanner of(Report report) {
        if (report == null) {
            return NO_PATIENT;
        }
        String reasons = String.join("\n", report.decision().reasons().stream().map(r -> "\u2022 " + r).toList());
        return switch (report.decision().status()) {
            case URGENT -> new DecisionBanner("banner-urgent", "URGENT: do not inject",
                    "Do not give this dose. Get urgent medical assessment now: call the doctor on duty or"
                            + " emergency services, and keep the patient with you.", reasons);
            case HOLD -> new DecisionBanner("banner-hold", "HOLD: do not inject",
                    "Do not give this dose until the prescriber has reviewed. Contact the prescriber.", reasons);
            case PROCEED_WITH_CARE -> new DecisionBanner("banner-care", "PROCEED WITH CARE",
                    "The dose may be given. " + cautions(report), reasons);
            case PROCEED -> new DecisionBanner("banner-proceed", "PROCEED",
                    "Nothing on record or in today's answers stands against the dose.", "");
        };
    }

    /** Points at the cautions that are there, by number and title, or at the reasons when no finding says more. */
    public static String cautions(Report report) {
        List<String> titles = report.findings().stream().filter(f -> f.severity().compareTo(Severity.CAUTION) >= 0)
                .map(Finding::title).toList();
        if (titles.isEmpty()) {
            return "Read the reasons below first.";
        }
        return (titles.size() == 1 ? "Read the caution under Findings first: " + titles.get(0)
                : "Read the " + titles.size() + " cautions under Findings first, starting with: " + titles.get(0))
                + (titles.get(0).endsWith(".") ? "" : ".");
    }
}
