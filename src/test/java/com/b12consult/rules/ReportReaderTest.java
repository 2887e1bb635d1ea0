package com.b12consult.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.LabLimits;
import com.b12consult.domain.StoredReport;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.ReportReader;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored report reads back exactly as it was written: decision, every finding, its reasons and its source. */
class ReportReaderTest {
    private final AssessmentEvaluator evaluator = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    @Test
    void everyVignetteReportReadsBackAsItWasWritten() throws Exception {
        List<Path> files;
        try (var list = Files.list(Vignettes.folder())) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int read = 0;
        for (Path file : files) {
            String assessment = new ObjectMapper().readTree(file.toFile()).get("assessment").toString();
            if (evaluator.evaluate(assessment, LabLimits.defaults())
                    instanceof AssessmentEvaluator.Outcome.Evaluated done) {
                assertEquals(StoredReport.of(done.report()), ReportReader.read(ReportJson.write(done.report())),
                        file.toString());
                read++;
            }
        }
        assertTrue(read >= 10, "most vignettes evaluate: " + read);
    }

    @Test
    void saysWhatIsWrongWithATextThatIsNotAReport() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportReader.read("{"))
                .getMessage().contains("not JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportReader.read("{\"schemaVersion\": 2}"))
                .getMessage().contains("version 2"));
        String badStatus = "{\"schemaVersion\": 1, \"rulebook\": {\"version\": \"1\", \"sha256\": \"x\"},"
                + " \"decision\": {\"status\": \"maybe\"}, \"findings\": []}";
        String message = assertThrows(IllegalArgumentException.class, () -> ReportReader.read(badStatus)).getMessage();
        assertTrue(message.contains("\"maybe\" at /decision/status") && message.contains("proceed_with_care"), message);
    }
}
