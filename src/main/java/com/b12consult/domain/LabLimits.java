package com.b12consult.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The full set of lab limits in force; every key has a value. */
public final class LabLimits {
    private final Map<LabLimitKey, LabLimit> limits;

    private LabLimits(Map<LabLimitKey, LabLimit> limits) {
        this.limits = limits;
    }

    public static LabLimits defaults() {
        Map<LabLimitKey, LabLimit> m = new EnumMap<>(LabLimitKey.class);
        for (LabLimitKey k : LabLimitKey.values()) {
            m.put(k, k.defaultLimit());
        }
        return new LabLimits(m);
    }

    /** A copy with one value changed; the ordering of the platelet grades is checked. */
    public LabLimits with(LabLimitKey key, double value) {
        Map<LabLimitKey, LabLimit> m = new EnumMap<>(limits);
        m.put(key, new LabLimit(key, value, key.source()));
        double lower = m.get(LabLimitKey.PLATELETS_LOWER).value();
        double veryLow = m.get(LabLimitKey.PLATELETS_VERY_LOW).value();
        double severe = m.get(LabLimitKey.PLATELETS_SEVERE).value();
        if (!(severe < veryLow && veryLow < lower)) {
            throw new IllegalArgumentException("Platelet limits must be ordered: severe (" + severe
                    + ") < very low (" + veryLow + ") < lower limit (" + lower + ")");
        }
        return new LabLimits(m);
    }

    public double value(LabLimitKey key) {
        return limits.get(key).value();
    }

    public LabLimit limit(LabLimitKey key) {
        return limits.get(key);
    }

    /** The hemoglobin below which anemia is called: the sex-specific limit; for other or unknown sex the lower of the two, so anemia is never claimed from a limit that may not apply. */
    public double hemoglobinLower(Sex sex) {
        return switch (sex) {
            case MALE -> value(LabLimitKey.HEMOGLOBIN_MALE_LOWER);
            case FEMALE -> value(LabLimitKey.HEMOGLOBIN_FEMALE_LOWER);
            default -> Math.min(value(LabLimitKey.HEMOGLOBIN_MALE_LOWER), value(LabLimitKey.HEMOGLOBIN_FEMALE_LOWER));
        };
    }

    /** The hematocrit below which anemia is read when no hemoglobin is on record; for other or unknown sex, the lower. */
    public double hematocritLower(Sex sex) {
        return switch (sex) {
            case MALE -> value(LabLimitKey.HEMATOCRIT_MALE_LOWER);
            case FEMALE -> value(LabLimitKey.HEMATOCRIT_FEMALE_LOWER);
            default -> Math.min(value(LabLimitKey.HEMATOCRIT_MALE_LOWER), value(LabLimitKey.HEMATOCRIT_FEMALE_LOWER));
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabLimits other && limits.equals(other.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limits);
    }
}
