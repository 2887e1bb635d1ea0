package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentValidator;
import com.b12consult.rules.AssessmentEvaluator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The assessment built again from every page of the consultation and its report under the rulebook, on the
 * screen's thread (the rule engine takes microseconds), so the findings are never behind what is typed.
 */
final class LiveAssessment implements LiveConsultation {
    private final AssessmentEvaluator evaluator;
    private final Supplier<LabLimits> limits;
    private final Clock clock;
    private final AssessmentValidator validator = new AssessmentValidator();
    private final ReadOnlyObjectWrapper<Assessment> assessment = new ReadOnlyObjectWrapper<>(this, "assessment");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyIntegerWrapper alertCount = new ReadOnlyIntegerWrapper(this, "alertCount", 0);
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    // Kept, not made per call: a view made per call listens weakly and is lost with its listeners to GC.
    private final ObservableList<FieldProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private AssessmentParts parts;

    LiveAssessment(AssessmentEvaluator evaluator, Supplier<LabLimits> limits, Clock clock) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Builds the patient's assessment from what the pages hold, as far as it is valid, and evaluates it. */
    void evaluate(OnRecord record, List<ConsultationStep> from) {
        AssessmentParts built = new AssessmentParts(record.patient().info());
        from.forEach(s -> s.writeTo(built));
        Assessment a = built.build(LocalDateTime.now(clock));
        List<FieldProblem> found = validator.problemsIn(a).stream().map(PlainWords::of).toList();
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        Report evaluated = evaluator.evaluate(a, limits.get());
        parts = built;
        assessment.set(a);
        alertCount.set((int) evaluated.findings().stream().filter(f -> f.kind() == FindingKind.ALERT).count());
        report.set(evaluated);
    }

    /** No consultation open: nothing for the file format to refuse. */
    void clearProblems() {
        problems.clear();
    }

    @Override
    public ReadOnlyObjectProperty<Assessment> assessment() {
        return assessment.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Report> report() {
        return report.getReadOnlyProperty();
    }

    @Override
    public LabLimits limits() {
        return limits.get();
    }

    /** The assessment being built with the prescription beside it, as of the last evaluation; null before. */
    AssessmentParts parts() {
        return parts;
    }

    ReadOnlyIntegerProperty alertCountProperty() {
        return alertCount.getReadOnlyProperty();
    }

    /** What the assessment file format would refuse in the consultation as it stands, in the clinic's words. */
    ObservableList<FieldProblem> problems() {
        return problemsView;
    }
}
