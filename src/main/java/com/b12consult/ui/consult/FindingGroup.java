package com.b12consult.ui.consult;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Severity;
import com.b12consult.domain.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of one topic, as the review shows them: the most severe first and, at equal severity,
 * alerts before checklist items before caveats. {@link #of} orders the groups by their most severe
 * finding, so what matters most is read first.
 */
public record FindingGroup(Topic topic, List<Finding> findings) {
    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::kind);

    public FindingGroup {
        Objects.requireNonNull(topic, "topic");
        findings = List.copyOf(findings);
    }

    /** The topic in the clinic's words, e.g. "Blood clots". */
    public String title() {
        return CodeLabels.of(topic);
    }

    public Severity mostSevere() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
    }

    public long count(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    /** The findings grouped by topic; groups by their most severe finding, then in the topic order. */
    public static List<FindingGroup> of(List<Finding> findings) {
        Map<Topic, List<Finding>> byTopic = new EnumMap<>(Topic.class);
        for (Finding f : findings) {
            byTopic.computeIfAbsent(f.topic(), t -> new ArrayList<>()).add(f);
        }
        List<FindingGroup> groups = new ArrayList<>();
        byTopic.forEach((topic, list) -> {
            list.sort(MOST_SEVERE_FIRST);
            groups.add(new FindingGroup(topic, list));
        });
        groups.sort(Comparator.comparing(FindingGroup::mostSevere, Comparator.reverseOrder())
                .thenComparing(FindingGroup::topic));
        return List.copyOf(groups);
    }
}
