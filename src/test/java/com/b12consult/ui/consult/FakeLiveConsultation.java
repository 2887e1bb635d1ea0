package com.b12consult.ui.consult;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The live consultation as the wizard keeps it, for tests: an assessment and its report under the shipped
 * rulebook, evaluated by the real evaluator as App builds it.
 */
final class FakeLiveConsultation implements LiveConsultation {
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    private final SimpleObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Report> report = new SimpleObjectProperty<>();

    FakeLiveConsultation(Assessment first) {
        show(first);
    }

    /** The consultation now holds {@code a}: evaluated at once, as the wizard does on every change. */
    void show(Assessment a) {
        assessment.set(a);
        report.set(EVALUATOR.evaluate(a, limits()));
    }

    @Override
    public ReadOnlyObjectProperty<Assessment> assessment() {
        return assessment;
    }

    @Override
    public ReadOnlyObjectProperty<Report> report() {
        return report;
    }

    @Override
    public LabLimits limits() {
        return LabLimits.defaults();
    }

    /** The assessment of a vignette, by the start of its file name ("04"). */
    static Assessment vignette(String number) {
        Path folder = Vignettes.folder();
        try (var files = Files.list(folder)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "-")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no vignette " + number + " in " + folder));
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return new AssessmentReader().read(root.get("assessment"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.b12consult.domain.format.InvalidAssessmentException e) {
            throw new IllegalStateException(e);
        }
    }
}
