package com.b12consult.rules;

import com.b12consult.domain.RulebookRef;
import java.util.List;

/** The clinical content: a version, the SHA-256 of the file it was read from, and the rules in order. */
public record Rulebook(RulebookRef ref, List<Rule> rules) {
    public Rulebook {
        rules = List.copyOf(rules);
    }
}
