package com.b12consult.testing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a sentence for a claim that B12 or the injection caused something. Timing is not causation, and a hedge
 * that still asserts a cause ("not always caused by the shot", "can cause") counts as the claim. Shared by the
 * rulebook's test and the handout's, so the two can never disagree on what a claim is.
 */
public final class CausationWording {
    private CausationWording() {
    }

    private static final Pattern CAUSAL = Pattern.compile(
            "(?i)\\b(caus\\w*|due to|because of|trigger\\w*|induc\\w*|result\\w* from|led to|brought on by)\\b");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(b12|injections?|shots?|doses?|cobalamin)\\b");
    /** Words that deny or put a cause in question. */
    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(not|no|nothing|never|unrelated|whether|less likely|other|actual|real|prove\\w*|proof|show\\w*)\\b");
    /** Hedges that still assert a cause, some of the time or as a possibility. */
    private static final Pattern ASSERTING_HEDGE = Pattern.compile(
            "(?i)\\b(not always|not every|not only|not necessarily|not all|sometimes|often|usually|mostly|in part|partly"
                    + "|can|could|may|might|likely)\\s+(\\w+\\s+){0,3}?(be\\s+)?(caus\\w*|trigger\\w*|induc\\w*|due to|result\\w* from)");

    /** Whether one sentence says, or still implies, that B12 or the injection caused something. */
    public static boolean claimsCause(String sentence) {
        if (!CAUSAL.matcher(sentence).find() || !SUBJECT.matcher(sentence).find()) {
            return false;
        }
        return ASSERTING_HEDGE.matcher(sentence).find() || !DENIAL.matcher(sentence).find();
    }

    public static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.;:!?])\\s+"));
    }
}
