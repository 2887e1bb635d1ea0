package com.b12consult.ui.consult;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Sex;

/**
 * The lab limits in use, in a few words beside a field and in the unit chosen there, so a clinician comparing
 * a report in g/L is not left converting 12 g/dL in their head.
 */
final class LabLimitWords {
    private LabLimitWords() {
    }

    static String of(LabLimits limits, Sex sex, Analyte analyte, LabUnit unit) {
        return switch (analyte) {
            case PLATELETS -> "normal \u2265 " + in(limits.value(LabLimitKey.PLATELETS_LOWER), analyte, unit)
                    + ", very low < " + in(limits.value(LabLimitKey.PLATELETS_VERY_LOW), analyte, unit) + " " + label(unit);
            case MCV -> "macrocytic > " + in(limits.value(LabLimitKey.MCV_UPPER), analyte, unit) + " " + label(unit);
            case HEMOGLOBIN -> "anemia < " + in(limits.hemoglobinLower(sex), analyte, unit) + " " + label(unit)
                    + switch (sex) {
                        case FEMALE -> " (women)";
                        case MALE -> " (men)";
                        default -> " (lower of the two)";
                    };
            case B12 -> "low < " + in(limits.value(LabLimitKey.B12_LOWER), analyte, unit) + " " + label(unit);
            case FOLATE -> "low < " + in(limits.value(LabLimitKey.FOLATE_LOWER), analyte, unit) + " " + label(unit);
            case HEMATOCRIT -> "anemia < " + in(limits.hematocritLower(sex), analyte, unit) + " " + label(unit)
                    + " when no hemoglobin" + switch (sex) {
                        case FEMALE -> " (women)";
                        case MALE -> " (men)";
                        default -> " (lower of the two)";
                    };
            case RETICULOCYTES -> "no limit in Settings";
        };
    }

    /** A limit kept in the report's unit, in the unit of the field. */
    private static String in(double canonical, Analyte analyte, LabUnit unit) {
        double perUnit = analyte.toCanonical(1, unit);
        return LabNumbers.rounded(canonical / perUnit);
    }

    private static String label(LabUnit unit) {
        return CodeLabels.of(unit);
    }
}
