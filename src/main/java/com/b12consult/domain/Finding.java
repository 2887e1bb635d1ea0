package com.b12consult.domain;

import java.util.List;
import java.util.Objects;

/** One rule that fired: what it says to the clinician and the patient, why it fired, and its source. */
public record Finding(String id, Topic topic, FindingKind kind, Severity severity, String title, String text,
                      String patientText, List<String> because, Citation source) {
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(patientText, "patientText");
        because = List.copyOf(because);
        Objects.requireNonNull(source, "source");
    }

    /** An alert the clinician must answer before a consultation is saved: every urgent or warning alert. */
    public boolean needsAnswer() {
        return kind == FindingKind.ALERT && severity.compareTo(Severity.WARNING) >= 0;
    }
}
