package com.b12consult.ui.check;

import com.b12consult.domain.Report;

/** What the banner says for a decision: the headline, what to do now, and the reasons. */
public record DecisionBanner(String styleClass, String headline, String instruction, String reasons) {
    static final DecisionBanner NO_PATIENT = new DecisionBanner("banner-none", "Choose a patient",
            "Pick the patient from the list on the left to start the check.", "");

    static final DecisionBanner NO_PRESCRIPTION = new DecisionBanner("banner-none", "No prescription on record",
            "There is no dose to check against. Record the prescriber's order below, then check the dose.", "");

    /** The banner for an open patient: without a prescription there is no dose to decide on. */
    public static DecisionBanner of(OnRecord record, Report report) {
        if (record != null && record.prescription().isEmpty()) {
            return NO_PRESCRIPTION;
        }
        return of(report);
    }

    public static DecisionBanner of(Report report) {
        if (report == null) {
            return NO_PATIENT;
        }
        String reasons = String.join("\n", report.decision().reasons().stream().map(r -> "• " + r).toList());
        return switch (report.decision().status()) {
            case URGENT -> new DecisionBanner("banner-urgent", "URGENT: do not inject",
                    "Do not give this dose. Get urgent medical assessment now: call the doctor on duty or"
                            + " emergency services, and keep the patient with you.", reasons);
            case HOLD -> new DecisionBanner("banner-hold", "HOLD: do not inject",
                    "Do not give this dose until the prescriber has reviewed. Contact the prescriber.", reasons);
            case PROCEED_WITH_CARE -> new DecisionBanner("banner-care", "PROCEED WITH CARE",
                    "The dose may be given. Read the cautions below first.", reasons);
            case PROCEED -> new DecisionBanner("banner-proceed", "PROCEED",
                    "Nothing on record or in today's answers stands against the dose.", "");
        };
    }
}
