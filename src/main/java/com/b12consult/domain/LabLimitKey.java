package com.b12consult.domain;

/** The lab limits the rule module uses, each in the canonical unit of its analyte. */
public enum LabLimitKey implements Coded {
    PLATELETS_LOWER("platelets_lower", "Platelets, lower limit of normal", Analyte.PLATELETS, 150,
            "Common adult reference interval 150-400 x10^9/L; the lower limit starts grade 1 of NCI CTCAE v5.0 (2017) \"platelet count decreased\""),
    PLATELETS_VERY_LOW("platelets_very_low", "Platelets, very low below", Analyte.PLATELETS, 50,
            "NCI CTCAE v5.0 (2017), platelet count decreased: grade 3 is below 50 x10^9/L"),
    PLATELETS_SEVERE("platelets_severe", "Platelets, severe below", Analyte.PLATELETS, 25,
            "NCI CTCAE v5.0 (2017), platelet count decreased: grade 4 is below 25 x10^9/L"),
    MCV_UPPER("mcv_upper", "MCV, upper limit (macrocytosis above)", Analyte.MCV, 100,
            "BSH guideline for the diagnosis and treatment of cobalamin and folate disorders (Devalia et al., 2014): macrocytosis is an MCV above 100 fL"),
    HEMOGLOBIN_FEMALE_LOWER("hemoglobin_female_lower", "Hemoglobin, anemia below (women)", Analyte.HEMOGLOBIN, 12.0,
            "WHO guideline on haemoglobin cutoffs to define anaemia (2024): non-pregnant women, below 120 g/L"),
    HEMOGLOBIN_MALE_LOWER("hemoglobin_male_lower", "Hemoglobin, anemia below (men)", Analyte.HEMOGLOBIN, 13.0,
            "WHO guideline on haemoglobin cutoffs to define anaemia (2024): men, below 130 g/L"),
    HEMATOCRIT_FEMALE_LOWER("hematocrit_female_lower", "Hematocrit, anemia below (women; used when no hemoglobin)",
            Analyte.HEMATOCRIT, 36,
            "WHO/UNICEF/UNU, Iron deficiency anaemia: assessment, prevention and control (2001), table 6: non-pregnant women, haematocrit below 0.36"),
    HEMATOCRIT_MALE_LOWER("hematocrit_male_lower", "Hematocrit, anemia below (men; used when no hemoglobin)",
            Analyte.HEMATOCRIT, 39,
            "WHO/UNICEF/UNU, Iron deficiency anaemia: assessment, prevention and control (2001), table 6: men, haematocrit below 0.39"),
    B12_LOWER("b12_lower", "Vitamin B12, low below", Analyte.B12, 180,
            "NICE NG239 (2024), vitamin B12 deficiency in over 16s: total B12 below 180 ng/L"),
    FOLATE_LOWER("folate_lower", "Folate, low below", Analyte.FOLATE, 3.0,
            "BSH guideline for the diagnosis and treatment of cobalamin and folate disorders (Devalia et al., 2014): serum folate below 3 ug/L (7 nmol/L)");

    private final String code;
    private final String label;
    private final Analyte analyte;
    private final double defaultValue;
    private final String source;

    LabLimitKey(String code, String label, Analyte analyte, double defaultValue, String source) {
        this.code = code;
        this.label = label;
        this.analyte = analyte;
        this.defaultValue = defaultValue;
        this.source = source;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Analyte analyte() {
        return analyte;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public String source() {
        return source;
    }

    public LabLimit defaultLimit() {
        return new LabLimit(this, defaultValue, source);
    }
}
