package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Report;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentValidator;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.format.ValidationProblem;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.ui.DecisionBanner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * Today's answers, the exercise plan and the dose drawn up, and what the rulebook makes of them with the record:
 * the report and the banner, evaluated again on every change so the banner is never stale.
 */
final class CheckEvaluation {
    /** The rule that makes a fever urgent beside a severe headache (and any other headache red flag). */
    static final String HEADACHE_RED_FLAGS = "headache.red-flags";

    private final AssessmentEvaluator evaluator;
    private final Supplier<LabLimits> limits;
    private final Clock clock;
    private final DoseDrawnUp dose;
    private final ObservableObjectValue<OnRecord> record;
    private final AssessmentValidator validator = new AssessmentValidator();

    private final Map<TodayQuestion, Answer> answers = new EnumMap<>(TodayQuestion.class);
    private final BooleanProperty questionsAsked = new SimpleBooleanProperty(this, "questionsAsked", false);
    private final ReadOnlyObjectWrapper<DecisionBanner> banner =
            new ReadOnlyObjectWrapper<>(this, "banner", DecisionBanner.NO_PATIENT);
    /** Today's exercise plan as the nurse asked it; null until asked, when the consultation's plan stands. */
    private final ObjectProperty<PlannedExercise> exercise = new SimpleObjectProperty<>(this, "exercise");
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper assessmentProblems = new ReadOnlyStringWrapper(this, "problems", "");
    private final BooleanBinding feverCountedAlone;
    private final SuddenOnsetAsk suddenOnset;
    private Assessment assessment;

    CheckEvaluation(AssessmentEvaluator evaluator, Supplier<LabLimits> limits, Clock clock, DoseDrawnUp dose,
                    ObservableObjectValue<OnRecord> record) {
        this.evaluator = evaluator;
        this.limits = limits;
        this.clock = clock;
        this.dose = dose;
        this.record = record;
        for (TodayQuestion q : TodayQuestion.values()) {
            Answer a = new Answer(q);
            answers.put(q, a);
            a.observables().forEach(o -> o.addListener(x -> evaluate()));
        }
        feverCountedAlone = feverCountedAlone(answers.get(TodayQuestion.FEVER_NECK));
        suddenOnset = new SuddenOnsetAsk(answers.get(TodayQuestion.HEADACHE));
        exercise.addListener(x -> evaluate());
        questionsAsked.addListener(x -> evaluate());
        for (Observable o : dose.observables()) {
            o.addListener(x -> evaluate());
        }
    }

    /** Today's answers all "no", not yet confirmed asked, the exercise plan not asked: a patient opened afresh. */
    void reset() {
        answers.values().forEach(Answer::clear);
        questionsAsked.set(false);
        suddenOnset.reset();
        exercise.set(null);
    }

    void evaluate() {
        OnRecord r = record.get();
        if (r == null) {
            return;
        }
        Set<SymptomCode> now = new LinkedHashSet<>();
        Set<SymptomCode> sinceLastDose = new LinkedHashSet<>();
        answers.values().forEach(a -> (a.question().aboutLastDose() ? sinceLastDose : now).addAll(a.codes()));
        if (r.lastDose().isEmpty()) {
            // With no dose on record there is no "since": a reaction stands as a sign now.
            now.addAll(sinceLastDose);
            sinceLastDose.clear();
        }
        assessment = CheckAssessment.build(r, now, sinceLastDose, Optional.ofNullable(exercise.get()), dose.planned(),
                LocalDateTime.now(clock), clock.getZone());
        List<ValidationProblem> problems = validator.problemsIn(assessment);
        assessmentProblems.set(String.join("\n", problems.stream().map(ValidationProblem::toString).toList()));
        // a HOLD or URGENT found earlier stands until a prescriber clears it: never a quieter banner than that
        Report evaluated = StandingCheck.apply(evaluator.evaluate(assessment, limits.get()), r.standing(), clock.getZone());
        // Before the report is shown, so the question is on offer by the time the screen redraws.
        suddenOnset.follow(evaluated);
        report.set(evaluated);
        banner.set(DecisionBanner.of(r, evaluated, new DecisionBanner.Missing(questionsAsked.get(), dose.planned().isPresent())));
    }

    /**
     * The question asks about a fever "with a bad headache", but the check can weigh a headache only from the
     * diary: a fever ticked alone, with no severe headache there, is no red flag, and the screen must say so
     * rather than let a "yes" to a bad headache pass unweighed. Read from the report (the rule that makes a
     * fever with a severe headache urgent did not fire), so the screen keeps no threshold of its own.
     */
    private BooleanBinding feverCountedAlone(Answer fever) {
        List<Observable> on = new ArrayList<>(fever.observables());
        on.add(report);
        return Bindings.createBooleanBinding(() -> fever.codes().contains(SymptomCode.FEVER)
                && !fever.codes().contains(SymptomCode.FEVER_NECK_STIFFNESS) && report.get() != null
                && report.get().findings().stream().noneMatch(f -> f.id().equals(HEADACHE_RED_FLAGS)),
                on.toArray(Observable[]::new));
    }

    /** The assessment last evaluated: what is saved with an outcome. */
    Assessment assessment() {
        return assessment;
    }

    DecisionStatus decision() {
        return report.get() == null ? null : report.get().decision().status();
    }

    /**
     * The plan the check goes by while the nurse has not asked: the last consultation's, in words with its day,
     * or empty when no plan is on record (then no exercise advice is given, rather than advice for "no exercise").
     */
    Optional<String> knownExercise() {
        OnRecord r = record.get();
        if (r == null) {
            return Optional.empty();
        }
        return r.consultation().flatMap(c -> c.exercise().map(e -> CodeLabels.of(e.planned()) + " (consultation, "
                + TypedDates.format(c.assessedAt().toLocalDate()) + ")"));
    }

    ReadOnlyObjectProperty<DecisionBanner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    BooleanProperty questionsAskedProperty() {
        return questionsAsked;
    }

    Answer answer(TodayQuestion question) {
        return answers.get(question);
    }

    ObjectProperty<PlannedExercise> exerciseProperty() {
        return exercise;
    }

    ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    ReadOnlyStringProperty assessmentProblems() {
        return assessmentProblems.getReadOnlyProperty();
    }

    SuddenOnsetAsk suddenOnset() {
        return suddenOnset;
    }

    BooleanBinding feverCountedAlone() {
        return feverCountedAlone;
    }
}
