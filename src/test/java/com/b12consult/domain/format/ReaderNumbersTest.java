package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.onlyProblem;
import static com.b12consult.domain.format.ReaderChecks.valid;
import static com.b12consult.domain.format.ReaderChecks.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headache severity, doses, and entries that would be counted twice. */
class ReaderNumbersTest {

    private static String severity(String value) {
        return with("/headaches", "[{\"onsetAt\": \"2026-03-01T20:00\", \"severity\": " + value + ", \"type\": \"migraine\"}]");
    }

    private static String dose(String value) {
        return with("/injections", "[{\"givenAt\": \"2026-03-01T09:00\", \"product\": \"hydroxocobalamin\","
                + " \"doseMicrograms\": " + value + ", \"site\": \"left_deltoid\"}]");
    }

    @Test
    void aSeverityAboveTenIsOutOfRange() {
        ValidationProblem p = onlyProblem(severity("14"), "/headaches/0/severity", "14 is out of range",
                "severity is a whole number from 0");
        assertEquals("/headaches/0/severity: 14 is out of range; severity is a whole number from 0 (no headache) to 10 "
                + "(worst imaginable)", p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "11", "100000000000000000000"})
    void aSeverityOutside0To10IsRefused(String value) {
        onlyProblem(severity(value), "/headaches/0/severity", "out of range");
    }

    @Test
    void aFractionalSeverityIsRefusedButAWholeOneWrittenWithDecimalsIsRead() {
        onlyProblem(severity("4.5"), "/headaches/0/severity", "4.5 is not a whole number");
        assertEquals(4, valid(severity("4.0")).headaches().get(0).severity());
        assertEquals(0, valid(severity("0")).headaches().get(0).severity());
        assertEquals(10, valid(severity("10")).headaches().get(0).severity());
    }

    @Test
    void aDoseOfNothingOrLessIsRefused() {
        onlyProblem(dose("0"), "/injections/0/doseMicrograms", "more than 0 micrograms");
        onlyProblem(dose("-1000"), "/injections/0/doseMicrograms", "more than 0 micrograms");
    }

    @Test
    void aDoseThatLooksLikeMilligramsSaysSo() {
        onlyProblem(dose("1"), "/injections/0/doseMicrograms", "1 microgram is below any B12 injection dose",
                "1 mg is 1000 micrograms");
    }

    @Test
    void aDoseAbove10000MicrogramsIsRefused() {
        onlyProblem(dose("1000000"), "/injections/0/doseMicrograms", "more than any B12 injection dose", "10000 micrograms");
    }

    @Test
    void dosesAtTheEdgesOfThePlausibleAreRead() {
        assertEquals(10, valid(dose("10")).injections().get(0).doseMicrograms());
        assertEquals(10000, valid(dose("10000")).injections().get(0).doseMicrograms());
        assertEquals(62.5, valid(dose("62.5")).injections().get(0).doseMicrograms());
    }

    @Test
    void thePrescribedDoseIsCheckedLikeTheDoseGiven() {
        String json = with("/plannedInjection", "{\"product\": \"hydroxocobalamin\", \"doseMicrograms\": 1000,"
                + " \"prescribedDoseMicrograms\": 50000, \"site\": \"left_thigh\"}");
        onlyProblem(json, "/plannedInjection/prescribedDoseMicrograms", "more than any B12 injection dose");
    }

    @Test
    void twoDosesAtTheSameMinuteAreADuplicatedEntry() {
        String one = "{\"givenAt\": \"2026-03-01T09:00\", \"product\": \"hydroxocobalamin\", \"doseMicrograms\": 1000,"
                + " \"site\": \"left_deltoid\"}";
        onlyProblem(with("/injections", "[" + one + "," + one + "]"), "/injections/1/givenAt",
                "same time (/injections/0/givenAt)", "remove the duplicate");
    }

    @Test
    void twoHeadachesAtTheSameMinuteAreADuplicatedEntry() {
        String one = "{\"onsetAt\": \"2026-03-01T20:00\", \"severity\": 5, \"type\": \"other\"}";
        String other = "{\"onsetAt\": \"2026-03-01T20:00\", \"severity\": 6, \"type\": \"other\"}";
        onlyProblem(with("/headaches", "[" + one + "," + other + "]"), "/headaches/1/onsetAt", "same time");
    }
}
