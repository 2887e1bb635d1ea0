package com.b12consult.domain;

import java.util.List;

/**
 * Headaches against injection times. An injection is "followed" when a headache began within 24 hours
 * after it. This describes timing only: it never says that a dose caused a headache.
 *
 * @param injections         doses given on record
 * @param followedWithin24h  how many of them were followed by a headache within 24 hours
 * @param recurring          followed after at least two doses and after most of them
 * @param escalating         the worst post-dose headache severity rose across the followed doses
 * @param severitiesAfterDoses worst severity within 24 hours of each followed dose, oldest first
 * @param headachesAwayFromDoses headaches that began more than 24 hours after any dose (or before the first)
 */
public record HeadacheTiming(int injections, int followedWithin24h, boolean recurring, boolean escalating,
                             List<Integer> severitiesAfterDoses, int headachesAwayFromDoses) {
    public HeadacheTiming {
        severitiesAfterDoses = List.copyOf(severitiesAfterDoses);
    }

    public int maxSeverityAfterDose() {
        return severitiesAfterDoses.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
