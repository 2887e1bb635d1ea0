package com.b12consult.ui.consult;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.StoredReport;
import com.b12consult.ui.DecisionBanner;
import java.util.List;
import java.util.Objects;

/**
 * A past consultation opened read-only, exactly as it was saved: its stored report (never evaluated again),
 * the findings grouped as the review showed them, the ticks, the note and the answers; and, when the
 * rulebook in use is not the one that produced the report, a notice that says so.
 */
public record PastConsultation(SavedConsultation saved, StoredReport report, String heading, String rulebookNotice) {
    public PastConsultation {
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(rulebookNotice, "rulebookNotice");
    }

    public List<FindingGroup> groups() {
        return FindingGroup.of(report.findings());
    }

    public DecisionBanner banner() {
        return PastBanner.of(report);
    }

    public boolean ticked(String findingId) {
        return saved.responses().ticked().contains(findingId);
    }

    /** The answer given to an alert, in words: "Acted on", or "Not applicable: reason". */
    public String answerText(String findingId) {
        return saved.responses().answerTo(findingId).map(PastConsultation::words).orElse("");
    }

    private static String words(AlertAnswer a) {
        String reason = a.reason().isEmpty() ? "" : ": " + a.reason();
        return (a.response() == AlertResponse.ACTED_ON ? "Acted on" : "Not applicable") + reason;
    }
}
