package com.b12consult.bench;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.ArticleIndex;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.FactCatalog;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Making the handout of a rich assessment once the app is warm: evaluate, compose, lay out and write the
 * PDF with its embedded font subsets. Target (issue 6): at most 300 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class HandoutBenchmark {
    private String json;
    private AssessmentEvaluator evaluator;
    private HandoutComposer composer;
    private HandoutPdf pdf;
    private final ClinicSettings clinic = new ClinicSettings("Riverside Health Centre", "", "01632 960 123",
            PaperSize.A4, LabLimits.defaults());

    @Setup
    public void setUp() throws Exception {
        try (InputStream in = HandoutBenchmark.class.getResourceAsStream("rich-assessment.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        evaluator = new AssessmentEvaluator(new AssessmentReader(),
                new RuleEngine(new RulebookLoader(new FactCatalog(), ArticleIndex.load()).loadBundled()));
        composer = new HandoutComposer(evaluator.engine().rulebook());
        pdf = new HandoutPdf();
    }

    @Benchmark
    public byte[] handoutFromAssessmentFile() {
        var done = (AssessmentEvaluator.Outcome.Evaluated) evaluator.evaluate(json, LabLimits.defaults());
        return pdf.render(composer.compose(done.assessment(), done.report(), "José Martí", clinic, Optional.empty(),
                LocalDate.of(2026, 11, 21)));
    }
}
