package com.b12consult.domain.format;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which lab values a living person can have, and the likely fix when a value is not one of them.
 *
 * <p>The ranges are deliberately generous: they bound what has been seen in living patients, extremes included,
 * not what is normal. Their job is to catch a value typed in the wrong unit or with a slipped decimal point before
 * the rules read it; anything inside them is left for the rules to judge. In canonical units:
 * <ul>
 * <li>platelets 0 to 5000 x10^9/L: counts near 0 occur in severe immune thrombocytopenia and marrow failure;
 *     essential thrombocythaemia has been reported above 3000. A count written out per microlitre is a number of
 *     thousands (see {@link #SMALLEST_COUNT_PER_UL}), so 150 /uL is a count of 150 x10^9/L given the wrong unit;</li>
 * <li>MCV 40 to 180 fL: severe iron deficiency and thalassaemia reach the 50s; megaloblastic anaemia the 130s-150s,
 *     cold agglutinins give artefactual values higher still;</li>
 * <li>hemoglobin 1 to 26 g/dL: survival with about 1.5-2 g/dL is reported in chronic anaemia; polycythaemia and
 *     high altitude reach the mid 20s;</li>
 * <li>hematocrit 3 to 80 %: the same extremes as hemoglobin, at about three times the number;</li>
 * <li>vitamin B12 10 to 100000 pg/mL: assays bottom out around 30-50; after injections, in liver disease and in
 *     myeloproliferative disorders values far above the assay ceiling are measured after dilution;</li>
 * <li>folate 0.1 to 2000 ng/mL: serum folate rarely exceeds 50, but red cell folate (up to about 1500 ng/mL) is also
 *     reported as "folate" and must not be refused as impossible;</li>
 * <li>reticulocytes 0 to 70 % of red cells (brisk haemolytic responses reach 30-50 %), or 0 to 2000 x10^9/L
 *     absolute; they are kept in the unit given, so each unit has its own range.</li>
 * </ul>
 */
public final class LabPlausibility {
    private record Range(double low, double high) {
        boolean contains(double v) {
            return v >= low && v <= high;
        }
    }

    /**
     * The smallest platelet count a lab writes out per microlitre, short of none at all: analysers count no finer than
     * about 1 x10^9/L, so a count in /uL comes in thousands (a very low one as "5000/uL"). Below it, a count of a few
     * hundred /uL is read as what it almost always is, a count in 10*9/L or 10*3/uL under the wrong unit, rather than as
     * a fraction of one x10^9/L. It is a separate check, not the range's lower end, because 0.15 x10^9/L typed as such
     * is left for the rules like any count near 0.
     */
    static final double SMALLEST_COUNT_PER_UL = 1000;

    /** Units a thousand times larger than an accepted one, seen on lab reports: the usual slip of three zeros. */
    private static final Map<LabUnit, String> THOUSAND_TIMES_LARGER = Map.of(
            LabUnit.PG_PER_ML, "ng/mL",
            LabUnit.NG_PER_L, "ug/L",
            LabUnit.PMOL_PER_L, "nmol/L",
            LabUnit.NG_PER_ML, "ug/mL",
            LabUnit.UG_PER_L, "mg/L",
            LabUnit.NMOL_PER_L, "umol/L");
    private static final Map<LabUnit, String> THOUSAND_TIMES_SMALLER = Map.of(
            LabUnit.NG_PER_ML, "pg/mL",
            LabUnit.UG_PER_L, "ng/L",
            LabUnit.NMOL_PER_L, "pmol/L",
            LabUnit.PG_PER_ML, "fg/mL",
            LabUnit.PMOL_PER_L, "fmol/L");

    private LabPlausibility() {
    }

    /** True when a living person can have this value (in an accepted unit of the analyte). */
    public static boolean isPlausible(Analyte analyte, Quantity quantity) {
        return implausibility(analyte, quantity).isEmpty();
    }

    /**
     * Why the value cannot be right, with the likely fix when a unit mix-up or three slipped zeros explain it;
     * empty when the value is plausible. The unit must be one the analyte accepts.
     */
    public static Optional<String> implausibility(Analyte analyte, Quantity quantity) {
        double value = quantity.value();
        LabUnit unit = quantity.unit();
        if (value < 0) {
            return Optional.of(number(value) + " " + unit.code() + " is negative; " + noun(analyte)
                    + " cannot be below 0. Check the sign on the lab report.");
        }
        LabUnit shownIn = analyte.canonicalUnit(unit);
        if (unit == LabUnit.PER_UL && value > 0 && value < SMALLEST_COUNT_PER_UL) {
            return Optional.of(number(value) + " " + unit.code() + " is not " + noun(analyte)
                    + " as a lab writes one per microlitre (at least " + number(SMALLEST_COUNT_PER_UL) + " " + unit.code()
                    + ", which is " + rounded(analyte.toCanonical(SMALLEST_COUNT_PER_UL, unit)) + " " + shownIn.code() + "). "
                    + likelyFix(analyte, value, unit));
        }
        Range range = range(analyte, unit);
        if (range.contains(analyte.toCanonical(value, unit))) {
            return Optional.empty();
        }
        String what = number(value) + " " + unit.code() + " is not " + noun(analyte)
                + " a living person can have (plausible: " + number(range.low()) + " to " + number(range.high())
                + " " + shownIn.code() + ").";
        return Optional.of(what + " " + likelyFix(analyte, value, unit));
    }

    /**
     * When a unit that is not accepted is a thousand times one that is (a B12 in ng/mL, say), how to convert it:
     * "1 ng/mL is 1000 pg/mL: enter 0.3 ng/mL as 300 pg/mL". Empty otherwise. {@code value} may be null.
     */
    static Optional<String> conversionHint(Analyte analyte, String givenUnit, Double value) {
        for (LabUnit accepted : analyte.acceptedUnits()) {
            if (givenUnit.equals(THOUSAND_TIMES_LARGER.get(accepted))) {
                return Optional.of(conversion(givenUnit, accepted, 1000, value));
            }
            if (givenUnit.equals(THOUSAND_TIMES_SMALLER.get(accepted))) {
                return Optional.of(conversion(givenUnit, accepted, 0.001, value));
            }
        }
        return Optional.empty();
    }

    private static String conversion(String givenUnit, LabUnit accepted, double factor, Double value) {
        String rule = "1 " + givenUnit + " is " + number(factor) + " " + accepted.code();
        return value == null ? rule
                : rule + ": enter " + number(value) + " " + givenUnit + " as " + rounded(value * factor) + " " + accepted.code();
    }

    private static String likelyFix(Analyte analyte, double value, LabUnit unit) {
        List<LabUnit> explaining = new ArrayList<>();
        for (LabUnit other : analyte.acceptedUnits()) {
            if (other != unit && range(analyte, other).contains(analyte.toCanonical(value, other))) {
                explaining.add(other);
            }
        }
        if (explaining.size() == 1) {
            LabUnit other = explaining.get(0);
            return "It is almost surely " + inUnit(analyte, value, other) + ": change the unit to \"" + other.code() + "\".";
        }
        if (!explaining.isEmpty()) {
            return "It is probably " + CodeSuggestions.orList(explaining.stream().map(u -> inUnit(analyte, value, u)).toList())
                    + ": check the unit on the lab report.";
        }
        Range range = range(analyte, unit);
        if (THOUSAND_TIMES_LARGER.containsKey(unit) && range.contains(analyte.toCanonical(value * 1000, unit))) {
            return "It looks copied from a report in " + THOUSAND_TIMES_LARGER.get(unit) + ": " + number(value) + " "
                    + THOUSAND_TIMES_LARGER.get(unit) + " is " + rounded(value * 1000) + " " + unit.code()
                    + ", so enter " + rounded(value * 1000) + " with unit \"" + unit.code() + "\".";
        }
        if (THOUSAND_TIMES_SMALLER.containsKey(unit) && range.contains(analyte.toCanonical(value / 1000, unit))) {
            return "It looks copied from a report in " + THOUSAND_TIMES_SMALLER.get(unit) + ": " + number(value) + " "
                    + THOUSAND_TIMES_SMALLER.get(unit) + " is " + rounded(value / 1000) + " " + unit.code()
                    + ", so enter " + rounded(value / 1000) + " with unit \"" + unit.code() + "\".";
        }
        return "Check the value and its unit against the lab report; accepted units: "
                + String.join(", ", analyte.acceptedUnits().stream().map(LabUnit::code).toList()) + ".";
    }

    /** "150000 /uL (150 10*9/L)": the number in another unit, and what that makes it in the report's unit. */
    private static String inUnit(Analyte analyte, double value, LabUnit other) {
        LabUnit canonical = analyte.canonicalUnit(other);
        String text = number(value) + " " + other.code();
        return other == canonical ? text
                : text + " (" + rounded(analyte.toCanonical(value, other)) + " " + canonical.code() + ")";
    }

    private static Range range(Analyte analyte, LabUnit given) {
        return switch (analyte) {
            case PLATELETS -> new Range(0, 5000);
            case MCV -> new Range(40, 180);
            case HEMOGLOBIN -> new Range(1, 26);
            case HEMATOCRIT -> new Range(3, 80);
            case B12 -> new Range(10, 100_000);
            case FOLATE -> new Range(0.1, 2000);
            case RETICULOCYTES -> given == LabUnit.PERCENT ? new Range(0, 70) : new Range(0, 2000);
        };
    }

    /** With its article, for "is not an MCV a living person can have". */
    private static String noun(Analyte analyte) {
        return switch (analyte) {
            case PLATELETS -> "a platelet count";
            case MCV -> "an MCV";
            case HEMOGLOBIN -> "a hemoglobin";
            case HEMATOCRIT -> "a hematocrit";
            case B12 -> "a vitamin B12 level";
            case FOLATE -> "a folate level";
            case RETICULOCYTES -> "a reticulocyte count";
        };
    }

    /** The number as entered, without a trailing ".0". */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A converted value, to four significant digits: 300 pmol/L is 406.5 pg/mL, not 406.49999999999994. */
    static String rounded(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
