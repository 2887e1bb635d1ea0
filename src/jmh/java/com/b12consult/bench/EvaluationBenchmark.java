package com.b12consult.bench;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * Evaluation of a rich assessment (every section filled, labs in mixed units), with and without parsing,
 * and loading the rulebook. Sample time, so the report gives the median (p0.50) the target is set on.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class EvaluationBenchmark {
    private String json;
    private Assessment assessment;
    private AssessmentEvaluator evaluator;
    private RuleEngine engine;
    private final LabLimits limits = LabLimits.defaults();

    @Setup
    public void setUp() throws Exception {
        try (InputStream in = EvaluationBenchmark.class.getResourceAsStream("rich-assessment.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        engine = new RuleEngine(RulebookLoader.shipped());
        evaluator = new AssessmentEvaluator(new AssessmentReader(), engine);
        assessment = new AssessmentReader().read(json);
    }

    /** The engine alone on a parsed assessment: what the screens pay on every keystroke. Target: median at most 50 us. */
    @Benchmark
    public Report evaluateParsed() {
        return engine.evaluate(assessment, limits);
    }

    /** Reading and validating the file, then evaluating: what evaluate does apart from starting the JVM. */
    @Benchmark
    public Object parseAndEvaluate() {
        return evaluator.evaluate(json, limits);
    }

    /** The whole evaluate output, report JSON included. */
    @Benchmark
    public String parseEvaluateAndWriteJson() {
        return ReportJson.write(((AssessmentEvaluator.Outcome.Evaluated) evaluator.evaluate(json, limits)).report());
    }

    /** Loading and checking the rulebook against the fact catalogue and article index (once per start). */
    @Benchmark
    public Rulebook loadRulebook() {
        return RulebookLoader.shipped();
    }
}
