package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.onlyProblem;
import static com.b12consult.domain.format.ReaderChecks.problemAt;
import static com.b12consult.domain.format.ReaderChecks.problems;
import static com.b12consult.domain.format.ReaderChecks.valid;
import static com.b12consult.domain.format.ReaderChecks.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date shapes, impossible dates, and events dated after the assessment or before birth (assessed 2026-03-10T11:15). */
class ReaderDatesTest {

    private static String headacheAt(String onset) {
        return with("/headaches", "[{\"onsetAt\": \"" + onset + "\", \"severity\": 3, \"type\": \"tension\"}]");
    }

    private static String labOn(String day) {
        return with("/labs", "[{\"takenOn\": \"" + day + "\", \"results\": {\"mcv\": {\"value\": 96, \"unit\": \"fL\"}}}]");
    }

    private static String injectionAt(String givenAt) {
        return with("/injections", "[{\"givenAt\": \"" + givenAt + "\", \"product\": \"cyanocobalamin\","
                + " \"doseMicrograms\": 1000, \"site\": \"right_gluteal\"}]");
    }

    @Test
    void anImpossibleDayIsRefusedNotRolledOver() {
        onlyProblem(labOn("2026-02-30"), "/labs/0/takenOn", "not a date in the calendar", "February 2026 has 28 days");
        onlyProblem(labOn("2025-02-29"), "/labs/0/takenOn", "February 2025 has 28 days");
        onlyProblem(labOn("2025-04-31"), "/labs/0/takenOn", "April 2025 has 30 days");
        onlyProblem(labOn("2025-13-01"), "/labs/0/takenOn", "no such month");
    }

    @Test
    void aLeapDayIsADate() {
        assertEquals(LocalDate.of(2024, 2, 29), valid(labOn("2024-02-29")).labs().get(0).takenOn());
    }

    @Test
    void anImpossibleTimeIsRefused() {
        onlyProblem(headacheAt("2026-03-01T24:00"), "/headaches/0/onsetAt", "no such time of day");
        onlyProblem(headacheAt("2026-03-01T10:60"), "/headaches/0/onsetAt", "minutes 00-59");
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-01T09:00:00, without seconds or time zone: 2026-03-01T09:00",
        "2026-03-01T09:00Z,   without seconds or time zone: 2026-03-01T09:00",
        "2026-03-01 09:00,    without seconds or time zone: 2026-03-01T09:00",
        "2026-03-01,          the time of day is needed here",
        "01/03/2026 09:00,    YYYY-MM-DDTHH:MM",
        "2026-3-1T9:00,       YYYY-MM-DDTHH:MM"})
    void aMomentMustBeWrittenYearMonthDayHourMinute(String given, String gist) {
        onlyProblem(injectionAt(given), "/injections/0/givenAt", "is not a date and time", gist);
    }

    @Test
    void aDayFieldWantsNoTime() {
        onlyProblem(labOn("2026-03-01T08:30"), "/labs/0/takenOn", "YYYY-MM-DD", "a day without a time, e.g. 2026-03-01");
        onlyProblem(labOn("01/03/2026"), "/labs/0/takenOn", "YYYY-MM-DD");
    }

    @Test
    void anImpossibleAssessmentDateIsReported() {
        onlyProblem(with("/assessedAt", "\"2026-02-29T10:00\""), "/assessedAt", "February 2026 has 28 days");
    }

    @Test
    void aLabTakenAfterTheAssessmentIsRefusedButTheSameDayIsFine() {
        onlyProblem(labOn("2026-03-11"), "/labs/0/takenOn", "2026-03-11 is after the assessment (2026-03-10T11:15)",
                "check the date");
        assertEquals(LocalDate.of(2026, 3, 10), valid(labOn("2026-03-10")).labs().get(0).takenOn());
    }

    @Test
    void aDoseGivenAfterTheAssessmentIsRefusedEvenByAMinute() {
        onlyProblem(injectionAt("2026-03-10T11:16"), "/injections/0/givenAt", "is after the assessment");
        assertEquals(LocalDateTime.of(2026, 3, 10, 11, 15), valid(injectionAt("2026-03-10T11:15")).injections().get(0).givenAt());
    }

    @Test
    void aHeadacheOrSymptomStartingAfterTheAssessmentIsRefused() {
        onlyProblem(headacheAt("2026-04-01T08:00"), "/headaches/0/onsetAt", "is after the assessment");
        onlyProblem(with("/symptoms", "[{\"code\": \"fatigue\", \"onsetAt\": \"2026-03-12T08:00\"}]"),
                "/symptoms/0/onsetAt", "is after the assessment");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        onlyProblem(with("/patient/birthDate", "\"2026-03-11\""), "/patient/birthDate", "cannot be in the future");
    }

    @Test
    void aBirthDateMoreThan125YearsBackIsRefusedAsATypo() {
        onlyProblem(with("/patient/birthDate", "\"1900-01-01\""), "/patient/birthDate", "older than 125 years", "check the year");
        assertEquals(LocalDate.of(1902, 1, 1), valid(with("/patient/birthDate", "\"1902-01-01\"")).patient().birthDate().orElseThrow());
    }

    @Test
    void anEventBeforeTheBirthDateIsRefused() {
        onlyProblem(with(labOn("1969-12-31"), "/patient/birthDate", "\"1970-01-01\""), "/labs/0/takenOn",
                "before the patient's birth date (1970-01-01)");
    }

    @Test
    void withoutAValidAssessmentTimeEventsAreNotComparedToIt() {
        var problems = problems(with(labOn("2026-05-01"), "/assessedAt", "\"10 March 2026\""));
        assertEquals(1, problems.size(), () -> ReaderChecks.lines(problems));
        problemAt(problems, "/assessedAt", "YYYY-MM-DDTHH:MM");
    }
}
