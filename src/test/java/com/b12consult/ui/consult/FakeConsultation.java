package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The consultation as a step sees it, for tests: the doses given (what the Injections step would hold) plus
 * what the steps under test write, evaluated by the real rule module whenever a step changes.
 */
final class FakeConsultation implements LiveConsultation {
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));

    private final PatientInfo patient;
    private final LocalDateTime now;
    private final List<Injection> injections = new ArrayList<>();
    private final List<ConsultationStep> steps = new ArrayList<>();
    private final SimpleObjectProperty<Assessment> assessment = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Report> report = new SimpleObjectProperty<>();
    private LabLimits limits = LabLimits.defaults();

    FakeConsultation(PatientInfo patient, LocalDateTime now, List<Injection> injections) {
        this.patient = patient;
        this.now = now;
        this.injections.addAll(injections);
        evaluate();
    }

    /** Lets the step feed the live assessment, as the wizard does. */
    void follow(ConsultationStep step) {
        steps.add(step);
        step.changes().addListener(o -> evaluate());
        evaluate();
    }

    /** A dose entered in the Injections step. */
    void addDose(Injection dose) {
        injections.add(dose);
        evaluate();
    }

    void setLimits(LabLimits limits) {
        this.limits = limits;
        evaluate();
    }

    void evaluate() {
        AssessmentParts parts = new AssessmentParts(patient);
        parts.injections.addAll(injections);
        steps.forEach(s -> s.writeTo(parts));
        Assessment a = parts.build(now);
        assessment.set(a);
        report.set(EVALUATOR.evaluate(a, limits));
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
        return limits;
    }
}
