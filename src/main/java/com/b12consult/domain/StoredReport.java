package com.b12consult.domain;

import java.util.List;
import java.util.Objects;

/**
 * A report as it was stored with a past assessment, read back from its JSON: the rulebook that produced
 * it, the decision and the findings. The derived facts are not read back (the stored JSON keeps only a
 * summary of them), so a past report is shown, never evaluated further.
 */
public record StoredReport(int schemaVersion, RulebookRef rulebook, Decision decision, List<Finding> findings) {
    public StoredReport {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(decision, "decision");
        findings = List.copyOf(findings);
    }

    /** The same view of a report just evaluated. */
    public static StoredReport of(Report report) {
        return new StoredReport(report.schemaVersion(), report.rulebook(), report.decision(), report.findings());
    }
}
