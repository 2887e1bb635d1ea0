package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Sex;
import java.util.OptionalDouble;

/**
 * Where a lab value counts as normal under the limits in Settings, in the report's unit. The rule module keeps
 * one side of each: a lower limit for platelets and hemoglobin, an upper one for MCV; the other side is open.
 */
public record NormalBand(OptionalDouble low, OptionalDouble high) {
    public static NormalBand of(LabLimits limits, Sex sex, Analyte analyte) {
        return switch (analyte) {
            case PLATELETS -> new NormalBand(OptionalDouble.of(limits.value(LabLimitKey.PLATELETS_LOWER)), OptionalDouble.empty());
            case MCV -> new NormalBand(OptionalDouble.empty(), OptionalDouble.of(limits.value(LabLimitKey.MCV_UPPER)));
            case HEMOGLOBIN -> new NormalBand(OptionalDouble.of(limits.hemoglobinLower(sex)), OptionalDouble.empty());
            case B12 -> new NormalBand(OptionalDouble.of(limits.value(LabLimitKey.B12_LOWER)), OptionalDouble.empty());
            case FOLATE -> new NormalBand(OptionalDouble.of(limits.value(LabLimitKey.FOLATE_LOWER)), OptionalDouble.empty());
            case HEMATOCRIT -> new NormalBand(OptionalDouble.of(limits.hematocritLower(sex)), OptionalDouble.empty());
            case RETICULOCYTES -> new NormalBand(OptionalDouble.empty(), OptionalDouble.empty());
        };
    }

    public boolean isKnown() {
        return low.isPresent() || high.isPresent();
    }
}
