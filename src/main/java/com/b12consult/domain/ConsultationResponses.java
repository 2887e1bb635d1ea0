package com.b12consult.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the clinician adds to a consultation's report: the checklist findings ticked done (by finding id),
 * a free-text note, and the answers to its alerts (at most one per finding).
 */
public record ConsultationResponses(Set<String> ticked, String note, List<AlertAnswer> answers) {
    public static final ConsultationResponses NONE = new ConsultationResponses(Set.of(), "", List.of());

    public ConsultationResponses {
        // kept in the order given, so a saved consultation reads back as it was ticked
        ticked = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(ticked, "ticked")));
        note = Objects.requireNonNull(note, "note").strip();
        answers = List.copyOf(answers);
        List<String> seen = new ArrayList<>();
        for (AlertAnswer a : answers) {
            if (seen.contains(a.findingId())) {
                throw new IllegalArgumentException("The alert " + a.findingId() + " is answered twice");
            }
            seen.add(a.findingId());
        }
    }

    public Optional<AlertAnswer> answerTo(String findingId) {
        return answers.stream().filter(a -> a.findingId().equals(findingId)).findFirst();
    }

    /** The overrides: alerts answered "not applicable", each with its reason. */
    public List<AlertAnswer> overrides() {
        return answers.stream().filter(a -> a.response() == AlertResponse.NOT_APPLICABLE).toList();
    }
}
