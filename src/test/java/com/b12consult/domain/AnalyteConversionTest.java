package com.b12consult.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec's unit conversions, value by value, for every accepted unit of every analyte. */
class AnalyteConversionTest {
    private static final String TABLE = """
            platelets,     210,    10*9/L,  210,    10*9/L
            platelets,     210,    10*3/uL, 210,    10*9/L
            platelets,     210000, /uL,     210,    10*9/L
            platelets,     95000,  /uL,     95,     10*9/L
            mcv,           108,    fL,      108,    fL
            hemoglobin,    9.8,    g/dL,    9.8,    g/dL
            hemoglobin,    138,    g/L,     13.8,   g/dL
            hemoglobin,    6.2,    mmol/L,  9.9882, g/dL
            hemoglobin,    8.5,    mmol/L,  13.6935, g/dL
            hematocrit,    42,     %,       42,     %
            hematocrit,    0.42,   L/L,     42,     %
            b12,           120,    pg/mL,   120,    pg/mL
            b12,           120,    ng/L,    120,    pg/mL
            b12,           300,    pmol/L,  406.5,  pg/mL
            b12,           148,    pmol/L,  200.54, pg/mL
            folate,        4.4,    ng/mL,   4.4,    ng/mL
            folate,        4.4,    ug/L,    4.4,    ng/mL
            folate,        10,     nmol/L,  4.4131, ng/mL
            folate,        6.8,    nmol/L,  3.0009, ng/mL
            reticulocytes, 1.8,    %,       1.8,    %
            reticulocytes, 65,     10*9/L,  65,     10*9/L
            """;

    @ParameterizedTest(name = "{1} {2} {0} = {3} {4}")
    @CsvSource(textBlock = TABLE)
    void convertsToTheReportsUnit(String analyteCode, double value, String unitCode, double expected, String canonicalCode) {
        Analyte analyte = Coded.fromCode(Analyte.class, analyteCode).orElseThrow();
        LabUnit unit = Coded.fromCode(LabUnit.class, unitCode).orElseThrow();
        assertEquals(expected, analyte.toCanonical(value, unit), 0.0005);
        assertEquals(canonicalCode, analyte.canonicalUnit(unit).code());
    }

    @Test
    void theTableCoversEveryAcceptedUnitOfEveryAnalyte() {
        Map<Analyte, Set<LabUnit>> covered = new HashMap<>();
        for (String row : TABLE.strip().split("\n")) {
            String[] cells = row.split(",");
            Analyte analyte = Coded.fromCode(Analyte.class, cells[0].trim()).orElseThrow();
            covered.computeIfAbsent(analyte, a -> EnumSet.noneOf(LabUnit.class))
                    .add(Coded.fromCode(LabUnit.class, cells[2].trim()).orElseThrow());
        }
        for (Analyte analyte : Analyte.values()) {
            assertEquals(Set.copyOf(analyte.acceptedUnits()), covered.get(analyte), analyte.code());
        }
    }

    @Test
    void theSpecsWorkedExamplesToTheirPrintedDigits() {
        assertEquals(210, Analyte.PLATELETS.toCanonical(210_000, LabUnit.PER_UL), 1e-9);
        assertEquals(13.8, Analyte.HEMOGLOBIN.toCanonical(138, LabUnit.G_PER_L), 1e-9);
        assertEquals(406.5, Analyte.B12.toCanonical(300, LabUnit.PMOL_PER_L), 1e-9);
        assertEquals(9.99, Analyte.HEMOGLOBIN.toCanonical(6.2, LabUnit.MMOL_PER_L), 0.005);
        assertEquals(42, Analyte.HEMATOCRIT.toCanonical(0.42, LabUnit.L_PER_L), 1e-9);
        assertEquals(4.41, Analyte.FOLATE.toCanonical(10, LabUnit.NMOL_PER_L), 0.005);
    }

    @Test
    void reticulocytesStayInTheUnitGiven() {
        assertEquals(LabUnit.PERCENT, Analyte.RETICULOCYTES.canonicalUnit(LabUnit.PERCENT));
        assertEquals(LabUnit.GIGA_PER_L, Analyte.RETICULOCYTES.canonicalUnit(LabUnit.GIGA_PER_L));
    }

    @Test
    void aUnitTheAnalyteDoesNotAcceptIsRefusedRatherThanConverted() {
        for (Analyte analyte : Analyte.values()) {
            for (LabUnit unit : LabUnit.values()) {
                if (!analyte.accepts(unit)) {
                    assertThrows(IllegalArgumentException.class, () -> analyte.toCanonical(1, unit),
                            analyte.code() + " in " + unit.code());
                } else {
                    assertTrue(Double.isFinite(analyte.toCanonical(1, unit)));
                }
            }
        }
    }
}
