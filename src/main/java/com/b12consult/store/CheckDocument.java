package com.b12consult.store;

import com.b12consult.domain.RulebookRef;
import java.util.Objects;

/** The pre-injection check as documented: its assessment file and report, and the rulebook behind the report. */
public record CheckDocument(String assessmentJson, String reportJson, RulebookRef rulebook) {
    public CheckDocument {
        Objects.requireNonNull(assessmentJson, "assessmentJson");
        Objects.requireNonNull(reportJson, "reportJson");
        Objects.requireNonNull(rulebook, "rulebook");
    }
}
