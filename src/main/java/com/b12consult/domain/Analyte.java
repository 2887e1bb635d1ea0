package com.b12consult.domain;

import static com.b12consult.domain.LabUnit.*;

import java.util.List;

/**
 * The lab analytes of the spec, each with the units it accepts and the canonical unit the report uses.
 * Conversion factors are those of the spec (assessment-format.md, "Units").
 */
public enum Analyte implements Coded {
    PLATELETS("platelets", "Platelets", GIGA_PER_L, List.of(GIGA_PER_L, THOUSAND_PER_UL, PER_UL)),
    MCV("mcv", "MCV", FL, List.of(FL)),
    HEMOGLOBIN("hemoglobin", "Hemoglobin", G_PER_DL, List.of(G_PER_DL, G_PER_L, MMOL_PER_L)),
    HEMATOCRIT("hematocrit", "Hematocrit", PERCENT, List.of(PERCENT, L_PER_L)),
    B12("b12", "Vitamin B12", PG_PER_ML, List.of(PG_PER_ML, NG_PER_L, PMOL_PER_L)),
    FOLATE("folate", "Folate", NG_PER_ML, List.of(NG_PER_ML, UG_PER_L, NMOL_PER_L)),
    /** Reticulocytes stay in the unit given: a percentage and an absolute count do not convert without the red cell count. */
    RETICULOCYTES("reticulocytes", "Reticulocytes", null, List.of(PERCENT, GIGA_PER_L));

    private final String code;
    private final String label;
    private final LabUnit canonical;
    private final List<LabUnit> accepted;

    Analyte(String code, String label, LabUnit canonical, List<LabUnit> accepted) {
        this.code = code;
        this.label = label;
        this.canonical = canonical;
        this.accepted = accepted;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public List<LabUnit> acceptedUnits() {
        return accepted;
    }

    public boolean accepts(LabUnit unit) {
        return accepted.contains(unit);
    }

    /** The report's unit for this analyte; for reticulocytes, the unit it was given in. */
    public LabUnit canonicalUnit(LabUnit given) {
        return canonical != null ? canonical : given;
    }

    /** Converts a value in an accepted unit to the canonical unit. */
    public double toCanonical(double value, LabUnit unit) {
        if (!accepts(unit)) {
            throw new IllegalArgumentException(unit.code() + " is not a unit of " + code);
        }
        return switch (unit) {
            case PER_UL -> value / 1000.0;             // /uL -> 10*9/L
            case G_PER_L -> value / 10.0;              // g/L -> g/dL
            case MMOL_PER_L -> value * 1.611;          // mmol/L (monomer) -> g/dL
            case L_PER_L -> value * 100.0;             // L/L -> %
            case PMOL_PER_L -> value * 1.355;          // pmol/L -> pg/mL
            case NMOL_PER_L -> value / 2.266;          // nmol/L -> ng/mL
            default -> value;                          // same number: 10*3/uL, ng/L, ug/L, or already canonical
        };
    }
}
