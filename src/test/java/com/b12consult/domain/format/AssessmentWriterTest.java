package com.b12consult.domain.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentWriterTest {
    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();

    private static Assessment minimal(LocalDateTime assessedAt, Optional<PlannedInjection> planned) {
        return new Assessment(1, AssessmentContext.PRE_INJECTION, assessedAt,
                new PatientInfo("N-31", Sex.UNKNOWN, Optional.empty()), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), planned);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameAssessment() throws Exception {
        Assessment rich = FixtureReadingTest.richExpected();
        assertEquals(rich, reader.read(writer.toJson(rich)));
    }

    @Test
    void aMinimalAssessmentIsWrittenExactlySo() {
        assertEquals("""
                {
                  "schemaVersion": 1,
                  "context": "pre_injection",
                  "assessedAt": "2026-10-06T08:05",
                  "patient": {
                    "id": "N-31",
                    "sex": "unknown"
                  }
                }
                """, writer.toJson(minimal(LocalDateTime.of(2026, 10, 6, 8, 5), Optional.empty())));
    }

    @Test
    void keysComeInTheSpecsOrder() throws Exception {
        List<String> keys = new ArrayList<>();
        new ObjectMapper().readTree(writer.toJson(FixtureReadingTest.richExpected())).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("schemaVersion", "context", "assessedAt", "patient", "clotRiskFactors", "conditions",
                "medications", "symptoms", "allergyHistory", "labs", "injections", "headaches", "headacheTriggers",
                "exercise", "plannedInjection"), keys);
    }

    @Test
    void numbersAreWrittenAsOnALabReport() {
        String json = writer.toJson(FixtureReadingTest.richExpected());
        assertTrue(json.contains("\"doseMicrograms\": 1000,"), json);
        assertFalse(json.contains("1000.0"), json);
        assertTrue(json.contains("\"value\": 134000,"), json);
        assertTrue(json.contains("\"value\": 0.33,"), json);
        assertTrue(json.contains("\"value\": 101.5,"), json);
    }

    @Test
    void noReactionsIsWrittenAsAnEmptyListNotLeftOut() {
        assertTrue(writer.toJson(FixtureReadingTest.richExpected()).contains("\"reactions\": []\n"));
    }

    @Test
    void writingIsStable() throws Exception {
        String once = writer.toJson(FixtureReadingTest.richExpected());
        assertEquals(once, writer.toJson(reader.read(once)));
    }

    @Test
    void secondsAreDroppedBecauseTheFileKeepsMinutes() throws Exception {
        Assessment withSeconds = minimal(LocalDateTime.of(2026, 10, 6, 8, 5, 59), Optional.empty());
        String json = writer.toJson(withSeconds);
        assertTrue(json.contains("\"assessedAt\": \"2026-10-06T08:05\""), json);
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 5), reader.read(json).assessedAt());
    }

    @Test
    void writesToAFileReplacingItWholeAndLeavingNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("consultation.json");
        Files.writeString(file, "an older save");
        writer.write(FixtureReadingTest.richExpected(), file);
        assertEquals(FixtureReadingTest.richExpected(), reader.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writesUtf8ToAStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(FixtureReadingTest.richExpected(), out);
        assertEquals(writer.toJson(FixtureReadingTest.richExpected()), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theValidatorSaysWhatAnAssessmentBuiltInMemoryWouldBeRefusedFor() {
        Assessment zeroDose = minimal(LocalDateTime.of(2026, 10, 6, 8, 5),
                Optional.of(new PlannedInjection(Product.CYANOCOBALAMIN, 0, 1000, InjectionSite.LEFT_THIGH)));
        List<ValidationProblem> problems = new AssessmentValidator().problemsIn(zeroDose);
        assertEquals(List.of("/plannedInjection/doseMicrograms"), problems.stream().map(ValidationProblem::pointer).toList());
        assertTrue(new AssessmentValidator().problemsIn(FixtureReadingTest.richExpected()).isEmpty());
    }
}
