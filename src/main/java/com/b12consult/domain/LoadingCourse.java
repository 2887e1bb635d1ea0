package com.b12consult.domain;

/**
 * The loading course at the start of a prescription: a dose every {@code intervalDays} days, {@code doses}
 * times (alternate days for two weeks is {@code forDays(2, 14)}: 7 doses).
 */
public record LoadingCourse(int intervalDays, int doses) {
    public LoadingCourse {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("The loading interval must be at least 1 day, was " + intervalDays);
        }
        if (doses < 1) {
            throw new IllegalArgumentException("A loading course needs at least 1 dose, was " + doses);
        }
    }

    /** A course given as "every N days for M days": the doses that fall within those M days. */
    public static LoadingCourse forDays(int intervalDays, int lengthDays) {
        if (intervalDays < 1) {
            throw new IllegalArgumentException("The loading interval must be at least 1 day, was " + intervalDays);
        }
        if (lengthDays < 1) {
            throw new IllegalArgumentException("A loading course must last at least 1 day, was " + lengthDays);
        }
        return new LoadingCourse(intervalDays, (lengthDays + intervalDays - 1) / intervalDays);
    }

    /** Days from the first loading dose to the first maintenance dose. */
    public int lengthDays() {
        return intervalDays * doses;
    }
}
