package com.b12consult.rules;

import java.util.List;

/** The rulebook cannot be used; each problem names the rule (or place) it concerns. The app and CLI refuse to start. */
public final class RulebookException extends RuntimeException {
    private final List<String> problems;

    public RulebookException(List<String> problems) {
        super("The rulebook cannot be used:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
