package com.b12consult.domain.format;

import static com.b12consult.domain.format.ReaderChecks.onlyProblem;
import static com.b12consult.domain.format.ReaderChecks.problems;
import static com.b12consult.domain.format.ReaderChecks.valid;
import static com.b12consult.domain.format.ReaderChecks.with;
import static com.b12consult.domain.format.ReaderChecks.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.Sex;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON syntax, schema version, required fields, unknown keys and wrong types. */
class ReaderStructureTest {

    @Test
    void aMinimalFileReadsWithEverythingOptionalEmpty() {
        Assessment a = valid(ReaderChecks.MINIMAL);
        assertEquals(AssessmentContext.CONSULTATION, a.context());
        assertEquals(LocalDateTime.of(2026, 3, 10, 11, 15), a.assessedAt());
        assertEquals("T-0001", a.patient().id());
        assertEquals(Sex.MALE, a.patient().sex());
        assertEquals(Optional.of(LocalDate.of(1970, 1, 1)), a.patient().birthDate());
        assertTrue(a.symptoms().isEmpty() && a.labs().isEmpty() && a.injections().isEmpty() && a.headaches().isEmpty());
        assertTrue(a.allergyHistory().isEmpty() && a.exercise().isEmpty() && a.plannedInjection().isEmpty());
    }

    @Test
    void nullMeansAbsentForOptionalParts() {
        String json = with(with(with("/labs", "null"), "/patient/birthDate", "null"), "/exercise", "null");
        Assessment a = valid(json);
        assertTrue(a.labs().isEmpty());
        assertTrue(a.patient().birthDate().isEmpty());
        assertTrue(a.exercise().isEmpty());
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"context\" \"consultation\"\n}";
        ValidationProblem p = onlyProblem(json, "", "line 3, column 13", "not valid JSON");
        assertEquals(p.message(), p.toString(), "a problem about the whole file prints without a pointer");
    }

    @Test
    void aTruncatedFileSaysItEndsTooEarly() {
        onlyProblem(ReaderChecks.MINIMAL.substring(0, 60), "", "ends too early");
    }

    @Test
    void aTrailingCommaIsExplained() {
        onlyProblem("{\"schemaVersion\": 1,}", "", "line 1", "no comma may stand just before a }");
    }

    @Test
    void theSameKeyTwiceIsRefusedRatherThanOneSilentlyWinning() {
        String json = ReaderChecks.MINIMAL.replace("\"context\": \"consultation\",",
                "\"context\": \"consultation\", \"context\": \"pre_injection\",");
        onlyProblem(json, "", "given twice", "context");
    }

    @Test
    void anEmptyFileIsRefused() {
        onlyProblem("  \n", "", "empty");
    }

    @Test
    void aFileThatIsNotAnObjectIsRefused() {
        onlyProblem("[" + ReaderChecks.MINIMAL + "]", "", "must be an object", "found a list");
    }

    @Test
    void textAfterTheObjectIsRefused() {
        onlyProblem(ReaderChecks.MINIMAL + " {}", "", "not valid JSON");
    }

    @Test
    void aNewerSchemaVersionIsTheOnlyProblemReported() {
        String json = with(with("/schemaVersion", "2"), "/dosingPlan", "{}");
        onlyProblem(json, "/schemaVersion", "version 2", "reads version 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1.5", "\"1\"", "true"})
    void schemaVersionMustBeTheNumberOne(String version) {
        onlyProblem(with("/schemaVersion", version), "/schemaVersion", "must be the number 1");
    }

    @Test
    void schemaVersionAsQuotedTextSaysToDropTheQuotes() {
        onlyProblem(with("/schemaVersion", "\"1\""), "/schemaVersion", "without quotes");
    }

    @ParameterizedTest
    @CsvSource({
        "/schemaVersion, schemaVersion",
        "/context, consultation",
        "/assessedAt, YYYY-MM-DDTHH:MM",
        "/patient, id",
        "/patient/id, identifier",
        "/patient/sex, unknown"})
    void requiredFieldsAreNamedWhenMissing(String pointer, String hint) {
        onlyProblem(without(pointer), pointer, "missing", hint);
    }

    @Test
    void requiredFieldsInsideEntriesAreNamedWhenMissing() {
        String json = with("/injections", "[{\"givenAt\": \"2026-03-01T09:00\", \"product\": \"hydroxocobalamin\", \"site\": \"left_thigh\"}]");
        onlyProblem(json, "/injections/0/doseMicrograms", "missing", "micrograms");
        json = with("/headaches", "[{\"onsetAt\": \"2026-03-01T09:00\", \"severity\": 3}]");
        onlyProblem(json, "/headaches/0/type", "missing", "use unknown when not known");
        json = with("/labs", "[{\"takenOn\": \"2026-03-01\", \"results\": {\"mcv\": {\"value\": 90}}}]");
        onlyProblem(json, "/labs/0/results/mcv/unit", "missing", "fL");
        json = with("/plannedInjection", "{\"product\": \"cyanocobalamin\", \"doseMicrograms\": 1000, \"site\": \"left_thigh\"}");
        onlyProblem(json, "/plannedInjection/prescribedDoseMicrograms", "missing", "prescribed");
    }

    @Test
    void anUnknownKeyAtTheTopIsNamedWithTheAcceptedKeys() {
        onlyProblem(with("/weightKg", "71"), "/weightKg", "unknown field \"weightKg\"", "accepted fields here",
                "clotRiskFactors", "plannedInjection");
    }

    @Test
    void anUnknownKeyDeepInsideIsNamedWithASuggestion() {
        String json = with("/injections", "[{\"givenAt\": \"2026-03-01T09:00\", \"product\": \"hydroxocobalamin\","
                + " \"dose\": 1000, \"doseMicrograms\": 1000, \"site\": \"left_thigh\"}]");
        onlyProblem(json, "/injections/0/dose", "unknown field \"dose\"", "did you mean \"doseMicrograms\"?",
                "givenAt, product, doseMicrograms, site, reactions");
    }

    @Test
    void aMisspeltKeyIsAnUnknownKeyAndTheRequiredOneIsMissing() {
        String json = with(without("/patient/birthDate"), "/patient/birthdate", "\"1970-01-01\"");
        ValidationProblem p = onlyProblem(json, "/patient/birthdate", "did you mean \"birthDate\"?");
        assertTrue(p.message().contains("id, sex, birthDate"));
    }

    @Test
    void aPointerEscapesSlashAndTildeInKeys() {
        String json = ReaderChecks.MINIMAL.replace("\"context\"", "\"a/b~c\": 1, \"context\"");
        onlyProblem(json, "/a~1b~0c", "unknown field \"a/b~c\"");
    }

    @Test
    void aNumberWrittenAsTextSaysToDropTheQuotes() {
        String json = with("/headaches", "[{\"onsetAt\": \"2026-03-01T21:00\", \"severity\": \"6\", \"type\": \"tension\"}]");
        onlyProblem(json, "/headaches/0/severity", "\"6\" is text", "without quotes: 6");
    }

    @Test
    void textWhereANumberIsWantedThatIsNoNumberGivesAnExample() {
        String json = with("/labs", "[{\"takenOn\": \"2026-03-01\", \"results\": {\"mcv\": {\"value\": \"high\", \"unit\": \"fL\"}}}]");
        onlyProblem(json, "/labs/0/results/mcv/value", "\"high\" is text", "must be a number");
    }

    @Test
    void aListGivenAsTextIsRefusedWithAnExample() {
        onlyProblem(with("/conditions", "\"migraine_history\""), "/conditions", "must be a list", "[\"pernicious_anemia\"]");
    }

    @Test
    void anEntryThatIsNotAnObjectIsRefused() {
        onlyProblem(with("/symptoms", "[\"fatigue\"]"), "/symptoms/0", "must be an object", "the text \"fatigue\"");
    }

    @Test
    void theIdMustBeTextAndNotBlank() {
        onlyProblem(with("/patient/id", "42"), "/patient/id", "must be text", "P-0042");
        onlyProblem(with("/patient/id", "\"  \""), "/patient/id", "empty");
    }

    @Test
    void aYesNoFieldWantsTrueOrFalse() {
        String json = with("/allergyHistory", "{\"b12InjectionReaction\": \"none\", \"otherMedicationAllergies\": \"false\"}");
        onlyProblem(json, "/allergyHistory/otherMedicationAllergies", "true or false", "without quotes: false");
    }

    @Test
    void anEmptyEntryInAListIsRefused() {
        onlyProblem(with("/conditions", "[\"migraine_history\", null]"), "/conditions/1", "empty entry");
    }

    @Test
    void readsFromAStreamAndSkipsAByteOrderMark() throws Exception {
        byte[] bytes = ("\uFEFF" + ReaderChecks.MINIMAL).getBytes(StandardCharsets.UTF_8);
        Assessment a = new AssessmentReader().read(new ByteArrayInputStream(bytes));
        assertEquals("T-0001", a.patient().id());
        assertEquals("T-0001", new AssessmentReader().read("\uFEFF" + ReaderChecks.MINIMAL).patient().id());
    }

    @Test
    void theExceptionMessageListsEveryProblemOnItsOwnLine() {
        List<ValidationProblem> problems = problems(with(with("/context", "\"clinic\""), "/patient/sex", "\"M\""));
        InvalidAssessmentException e = new InvalidAssessmentException(problems);
        assertTrue(e.getMessage().startsWith("The assessment file has 2 problems:"));
        assertTrue(e.getMessage().contains("\n/context: "));
        assertTrue(e.getMessage().contains("\n/patient/sex: "));
    }
}
