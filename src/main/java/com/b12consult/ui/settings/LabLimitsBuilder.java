package com.b12consult.ui.settings;

import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the lab limits the user typed from the defaults, one {@link LabLimits#with} at a time. Each step
 * checks the platelet grades' order, so a fixed order of steps could fail on the way to a valid end
 * (raising all three, say); retrying the refused steps until none is left or none succeeds reaches
 * every valid end, and a refusal that remains is the user's to fix.
 */
final class LabLimitsBuilder {
    private LabLimitsBuilder() {
    }

    static LabLimits build(Map<LabLimitKey, Double> values) {
        LabLimits limits = LabLimits.defaults();
        Map<LabLimitKey, Double> pending = new EnumMap<>(values);
        IllegalArgumentException lastRefusal = null;
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                try {
                    limits = limits.with(entry.getKey(), entry.getValue());
                    it.remove();
                    progress = true;
                } catch (IllegalArgumentException e) {
                    lastRefusal = e;
                }
            }
        }
        if (!pending.isEmpty()) {
            throw lastRefusal;
        }
        return limits;
    }
}
