package com.b12consult.domain;

/** Lab units in UCUM spelling, as the spec accepts them. */
public enum LabUnit implements Coded {
    GIGA_PER_L("10*9/L"),
    THOUSAND_PER_UL("10*3/uL"),
    PER_UL("/uL"),
    FL("fL"),
    G_PER_DL("g/dL"),
    G_PER_L("g/L"),
    MMOL_PER_L("mmol/L"),
    PERCENT("%"),
    L_PER_L("L/L"),
    PG_PER_ML("pg/mL"),
    NG_PER_L("ng/L"),
    PMOL_PER_L("pmol/L"),
    NG_PER_ML("ng/mL"),
    UG_PER_L("ug/L"),
    NMOL_PER_L("nmol/L");

    private final String code;

    LabUnit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
