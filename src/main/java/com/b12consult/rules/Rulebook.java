package com.b12consult.rules;

import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.Topic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clinical content: a version, the SHA-256 of the file it was read from, the rules in order, and the ids of
 * the red flags every handout carries whatever its report says (the loader has checked that each is an urgent
 * alert among the rules); the red flag a handout carries when its topic applies to the patient
 * ({@code onHandoutWhenTopic}); and the caveat every plan carries, what to expect and when ({@code onEveryPlan}).
 */
public record Rulebook(RulebookRef ref, List<Rule> rules, List<String> onEveryHandout,
                       Map<Topic, String> onHandoutWhenTopic, String onEveryPlan) {
    public Rulebook {
        rules = List.copyOf(rules);
        onEveryHandout = List.copyOf(onEveryHandout);
        // in the rulebook's order, which is the order a handout lists them in
        onHandoutWhenTopic = Collections.unmodifiableMap(new LinkedHashMap<>(onHandoutWhenTopic));
        Objects.requireNonNull(onEveryPlan, "onEveryPlan");
    }
}
