package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of a typed number for every field: a point or a comma for decimals, a thousands separator refused. */
class TypedNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"13.5|13.5", "13,5|13.5", "1000|1000", " 92 |92", "0.7|0.7", ",5|0.5",
        "1.25|1.25", "7,25|7.25", "-2|-2"})
    void aPointOrACommaIsTheDecimalInEveryClinic(String typed, double value) {
        assertEquals(Optional.of(value), TypedNumbers.decimal(typed, Locale.UK).value());
        assertEquals(Optional.of(value), TypedNumbers.decimal(typed, Locale.GERMANY).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1e3", "NaN", "1,2,3", "1.000,5", "12 5", "+5", "."})
    void whatIsNotANumberIsRefusedSayingWhatIsAccepted(String typed) {
        String problem = TypedNumbers.decimal(typed, Locale.UK).problem().orElseThrow();
        assertTrue(problem.contains("not a number") && problem.contains("e.g."), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,000|en-GB|1000 or 1.000", "1.000|de-DE|1000 or 1.000"})
    void theClinicsThousandsSeparatorBeforeThreeDigitsIsAmbiguousAndRefused(String typed, String locale, String said) {
        TypedDates.Reading<Double> r = TypedNumbers.decimal(typed, Locale.forLanguageTag(locale));
        assertEquals(Optional.empty(), r.value());
        assertTrue(r.problem().orElseThrow().contains(said), r.problem().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.000|en-GB|1.0", "1,000|de-DE|1.0"})
    void theDecimalSeparatorBeforeThreeDigitsIsADecimal(String typed, String locale, double value) {
        assertEquals(Optional.of(value), TypedNumbers.decimal(typed, Locale.forLanguageTag(locale)).value());
    }
}
