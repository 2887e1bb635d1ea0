package com.b12consult.testing;

import com.b12consult.domain.LabUnit;

/**
 * The spec's conversion factors written out again on the test side, so the generator does not lean on the
 * production code it is meant to check, and the decimals each unit is usually reported with.
 */
final class UnitFactors {
    private UnitFactors() {
    }

    /** Multiply a value in {@code unit} by this to get the canonical unit of its analyte. */
    static double toCanonical(LabUnit unit) {
        return switch (unit) {
            case PER_UL -> 0.001;
            case G_PER_L -> 0.1;
            case MMOL_PER_L -> 1.611;
            case L_PER_L -> 100;
            case PMOL_PER_L -> 1.355;
            case NMOL_PER_L -> 1 / 2.266;
            default -> 1;
        };
    }

    static int decimals(LabUnit unit) {
        return switch (unit) {
            case PER_UL, G_PER_L, PG_PER_ML, NG_PER_L, PMOL_PER_L -> 0;
            case L_PER_L -> 3;
            case MMOL_PER_L -> 2;
            default -> 1;
        };
    }
}
