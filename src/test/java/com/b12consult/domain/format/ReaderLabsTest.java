package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.onlyProblem;
import static com.b12consult.domain.format.ReaderChecks.valid;
import static com.b12consult.domain.format.ReaderChecks.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lab units, analytes, values a living person can have (after conversion), and one result per lab per day. */
class ReaderLabsTest {

    private static String result(String analyte, String value, String unit) {
        return with("/labs", "[{\"takenOn\": \"2026-02-20\", \"results\": {\"" + analyte + "\": {\"value\": " + value
                + ", \"unit\": \"" + unit + "\"}}}]");
    }

    private static String pointer(String analyte, String field) {
        return "/labs/0/results/" + analyte + "/" + field;
    }

    @Test
    void resultsReadInTheUnitGiven() {
        LabPanel panel = valid(with("/labs", """
                [{"takenOn": "2026-02-20", "results": {
                   "platelets": {"value": 172000, "unit": "/uL"}, "hemoglobin": {"value": 7.4, "unit": "mmol/L"},
                   "folate": {"value": 9.1, "unit": "nmol/L"}, "reticulocytes": {"value": 48, "unit": "10*9/L"}}}]""")).labs().get(0);
        assertEquals(Map.of(Analyte.PLATELETS, new Quantity(172000, LabUnit.PER_UL),
                Analyte.HEMOGLOBIN, new Quantity(7.4, LabUnit.MMOL_PER_L),
                Analyte.FOLATE, new Quantity(9.1, LabUnit.NMOL_PER_L),
                Analyte.RETICULOCYTES, new Quantity(48, LabUnit.GIGA_PER_L)), panel.results());
    }

    @Test
    void anUnknownUnitListsTheUnitsThatAnalyteAccepts() {
        onlyProblem(result("b12", "310", "IU/L"), pointer("b12", "unit"), "\"IU/L\" is not a unit for Vitamin B12",
                "accepted: pg/mL, ng/L, pmol/L");
    }

    @Test
    void aUnitOfAnotherAnalyteIsRefused() {
        onlyProblem(result("mcv", "91", "%"), pointer("mcv", "unit"), "not a unit for MCV", "accepted: fL");
    }

    @ParameterizedTest
    @CsvSource({
        "platelets,  240, x10^9/L, 10*9/L",
        "platelets,  240, K/uL,    10*3/uL",
        "hemoglobin, 12,  G/DL,    g/dL",
        "folate,     6,   µg/L,    ug/L",
        "folate,     6,   mcg/L,   ug/L",
        "b12,        250, pmol/l,  pmol/L"})
    void aUnitSpeltAsOnALabReportSuggestsTheCode(String analyte, String value, String given, String suggested) {
        onlyProblem(result(analyte, value, given), pointer(analyte, "unit"), "did you mean \"" + suggested + "\"?");
    }

    @Test
    void aB12InNanogramsPerMillilitreIsConvertedInTheMessage() {
        onlyProblem(result("b12", "0.45", "ng/mL"), pointer("b12", "unit"), "1 ng/mL is 1000 pg/mL",
                "enter 0.45 ng/mL as 450 pg/mL");
    }

    @Test
    void anUnknownLabIsRefusedWithTheAcceptedLabs() {
        onlyProblem(result("ferritin", "40", "ug/L"), "/labs/0/results/ferritin", "not a lab this file records",
                "accepted: platelets, mcv, hemoglobin, hematocrit, b12, folate, reticulocytes");
        onlyProblem(result("Hgb", "12", "g/dL"), "/labs/0/results/Hgb", "did you mean hemoglobin?");
        onlyProblem(result("vitamin_b12", "300", "pg/mL"), "/labs/0/results/vitamin_b12", "did you mean b12?");
    }

    @Test
    void aPlateletCountInTheThousandsPerLitreIsAlmostSurelyPerMicrolitre() {
        onlyProblem(result("platelets", "150000", "10*9/L"), pointer("platelets", "value"),
                "not a platelet count a living person can have", "almost surely 150000 /uL (150 10*9/L)",
                "change the unit to \"/uL\"");
    }

    @Test
    void aPlateletCountOfAFewHundredPerMicrolitreIsProbablyInThousands() {
        onlyProblem(result("platelets", "150", "/uL"), pointer("platelets", "value"),
                "150 /uL is not a platelet count as a lab writes one per microlitre (at least 1000 /uL, which is 1 10*9/L)",
                "It is probably 150 10*9/L or 150 10*3/uL (150 10*9/L): check the unit on the lab report.");
        onlyProblem(result("platelets", "999", "/uL"), pointer("platelets", "value"), "It is probably 999 10*9/L");
        valid(result("platelets", "1000", "/uL"));
        valid(result("platelets", "0", "/uL"));
        valid(result("platelets", "150", "10*3/uL"));
    }

    @Test
    void aHemoglobinOf98GramsPerDecilitreIsAlmostSurelyGramsPerLitre() {
        onlyProblem(result("hemoglobin", "98", "g/dL"), pointer("hemoglobin", "value"),
                "almost surely 98 g/L (9.8 g/dL)", "change the unit to \"g/L\"");
    }

    @Test
    void aB12OfAFractionOfAPicogramLooksCopiedFromNanograms() {
        onlyProblem(result("b12", "0.3", "pg/mL"), pointer("b12", "value"), "not a vitamin B12 level",
                "report in ng/mL", "enter 300 with unit \"pg/mL\"");
    }

    @Test
    void aHematocritFractionGivenAsPercentIsAlmostSurelyLitresPerLitre() {
        onlyProblem(result("hematocrit", "0.39", "%"), pointer("hematocrit", "value"), "almost surely 0.39 L/L (39 %)");
        onlyProblem(result("hematocrit", "39", "L/L"), pointer("hematocrit", "value"), "almost surely 39 %");
    }

    @Test
    void aNegativeValueIsRefused() {
        onlyProblem(result("mcv", "-88", "fL"), pointer("mcv", "value"), "negative");
    }

    @Test
    void anImplausibleValueWithoutAnObviousFixAsksToCheckTheReport() {
        onlyProblem(result("mcv", "400", "fL"), pointer("mcv", "value"), "plausible: 40 to 180 fL",
                "check the value and its unit against the lab report");
    }

    @Test
    void plausibilityIsJudgedAfterConversion() {
        onlyProblem(result("platelets", "6000000", "/uL"), pointer("platelets", "value"), "plausible: 0 to 5000 10*9/L");
        valid(result("platelets", "4500000", "/uL"));
        onlyProblem(result("hemoglobin", "270", "g/L"), pointer("hemoglobin", "value"), "plausible: 1 to 26 g/dL");
        valid(result("hemoglobin", "250", "g/L"));
        onlyProblem(result("b12", "80000", "pmol/L"), pointer("b12", "value"), "10 to 100000 pg/mL");
    }

    @Test
    void extremeButRealValuesAreRead() {
        valid(result("platelets", "2", "10*9/L"));
        valid(result("hemoglobin", "3.1", "g/dL"));
        valid(result("b12", "25000", "pg/mL"));
        valid(result("mcv", "138", "fL"));
        valid(result("folate", "900", "ng/mL"));
        valid(result("reticulocytes", "35", "%"));
    }

    @Test
    void theDirectApiAgreesWithTheReader() {
        assertTrue(LabPlausibility.isPlausible(Analyte.PLATELETS, new Quantity(150, LabUnit.GIGA_PER_L)));
        assertFalse(LabPlausibility.isPlausible(Analyte.PLATELETS, new Quantity(150000, LabUnit.GIGA_PER_L)));
        assertFalse(LabPlausibility.isPlausible(Analyte.PLATELETS, new Quantity(150, LabUnit.PER_UL)));
        assertTrue(LabPlausibility.implausibility(Analyte.RETICULOCYTES, new Quantity(250, LabUnit.PERCENT)).orElseThrow()
                .contains("plausible: 0 to 70 %"));
    }

    @Test
    void theSameLabTwiceOnOneDayIsRefused() {
        String json = with("/labs", """
                [{"takenOn": "2026-02-20", "results": {"platelets": {"value": 38, "unit": "10*9/L"}}},
                 {"takenOn": "2026-02-20", "results": {"platelets": {"value": 161, "unit": "10*9/L"}}}]""");
        onlyProblem(json, "/labs/1/results/platelets", "already given at /labs/0/results/platelets",
                "one result per lab per day");
    }

    @Test
    void differentLabsFromOneDayMayStandInSeparatePanels() {
        String json = with("/labs", """
                [{"takenOn": "2026-02-20", "results": {"platelets": {"value": 161, "unit": "10*9/L"}}},
                 {"takenOn": "2026-02-20", "results": {"b12": {"value": 190, "unit": "ng/L"}}}]""");
        assertEquals(2, valid(json).labs().size());
    }

    @Test
    void aPanelWithoutResultsIsReadAsEmpty() {
        assertTrue(valid(with("/labs", "[{\"takenOn\": \"2026-02-20\", \"results\": {}}]")).labs().get(0).results().isEmpty());
    }

    @Test
    void aResultThatIsNullIsRefused() {
        onlyProblem(with("/labs", "[{\"takenOn\": \"2026-02-20\", \"results\": {\"mcv\": null}}]"), "/labs/0/results/mcv",
                "no result given");
    }
}
