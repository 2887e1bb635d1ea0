package com.b12consult.ui.rulebook;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.Topic;
import com.b12consult.rules.Rule;
import com.b12consult.rules.Rulebook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/**
 * The whole clinical content in one place, for a clinical lead to review: every rule grouped by topic,
 * filtered as the user types.
 */
public final class RulebookViewModel {
    /** One topic's rules, in rulebook order. */
    public record TopicGroup(Topic topic, String title, List<RuleItem> rules) {
    }

    private final Rulebook rulebook;
    private final List<RuleItem> items;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<TopicGroup>> groups = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableStringValue summary;

    public RulebookViewModel(Rulebook rulebook) {
        this.rulebook = rulebook;
        this.items = rulebook.rules().stream().map(r -> RuleItem.of(r, rulebook.onEveryHandout().contains(r.id()))).toList();
        search.addListener((obs, was, now) -> filter());
        filter();
        summary = Bindings.createStringBinding(this::describe, groups);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<List<TopicGroup>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /** "52 rules in rulebook 2026.11.1" or "3 of 52 rules match" while searching. */
    public ObservableStringValue summary() {
        return summary;
    }

    /** The version and content hash every report carries, so a printed report can be traced to this rulebook. */
    public String identity() {
        return "Rulebook " + rulebook.ref().version() + " \u00b7 SHA-256 " + rulebook.ref().sha256();
    }

    /**
     * "Every handout carries these red flags, whatever its report says: Possible blood clot in a leg; …. When its
     * topic applies, also: Bleeding signs (Platelets); …", in the rulebook's order: the clinical lead reviews that
     * policy here, where the rulebook sets it.
     */
    public String everyHandout() {
        List<String> titles = rulebook.onEveryHandout().stream().map(this::title).toList();
        List<String> byTopic = rulebook.onHandoutWhenTopic().entrySet().stream()
                .map(e -> title(e.getValue()) + " (" + CodeLabels.of(e.getKey()) + ")").toList();
        return "Every handout carries these red flags, whatever its report says: " + String.join("; ", titles) + "."
                + (byTopic.isEmpty() ? "" : " When its topic applies, also: " + String.join("; ", byTopic) + ".");
    }

    private String title(String id) {
        return rulebook.rules().stream().filter(r -> r.id().equals(id)).map(Rule::title).findFirst().orElse(id);
    }

    private void filter() {
        String[] words = search.get() == null ? new String[0]
                : search.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            words = new String[0];
        }
        Map<Topic, List<RuleItem>> byTopic = new EnumMap<>(Topic.class);
        for (RuleItem item : items) {
            if (item.matches(words)) {
                byTopic.computeIfAbsent(item.topic(), t -> new ArrayList<>()).add(item);
            }
        }
        List<TopicGroup> out = new ArrayList<>();
        byTopic.forEach((topic, rules) -> out.add(new TopicGroup(topic, CodeLabels.of(topic), List.copyOf(rules))));
        groups.set(List.copyOf(out));
    }

    private String describe() {
        int shown = groups.get().stream().mapToInt(g -> g.rules().size()).sum();
        if (shown == items.size()) {
            return items.size() + " rules in rulebook " + rulebook.ref().version();
        }
        return shown == 0 ? "No rule matches" : shown + " of " + items.size() + " rules match";
    }
}
