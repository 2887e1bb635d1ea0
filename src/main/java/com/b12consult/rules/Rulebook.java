package com.b12consult.rules;

import com.b12consult.domain.RulebookRef;
import java.util.List;

/**
 * The clinical content: a version, the SHA-256 of the file it was read from, the rules in order, and the ids of
 * the red flags every handout carries whatever its report says (the loader has checked that each is an urgent
 * alert among the rules).
 */
public record Rulebook(RulebookRef ref, List<Rule> rules, List<String> onEveryHandout) {
    public Rulebook {
        rules = List.copyOf(rules);
        onEveryHandout = List.copyOf(onEveryHandout);
    }
}
