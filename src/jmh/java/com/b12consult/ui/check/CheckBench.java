package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Report;
import com.b12consult.domain.SiteRotation;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.CheckDocument;
import com.b12consult.store.GivenDose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The pre-injection check past its screen, for the benchmarks: what {@link PreInjectionCheckViewModel#open} does
 * with a record once it is read (today's answers all "no", nothing drawn up, the decision evaluated through the
 * check's own {@link CheckEvaluation}), and the document and dose {@link CheckOutcome} saves once the nurse has
 * asked the questions and drawn up the prescribed dose. Lives in the check's package because those are its own
 * workings; it holds no copy of them, so the benchmark measures the check as it is.
 */
public final class CheckBench {
    private final SimpleObjectProperty<OnRecord> record = new SimpleObjectProperty<>(this, "record");
    private final DoseDrawnUp dose;
    private final CheckEvaluation check;
    private final AssessmentWriter writer = new AssessmentWriter();
    private final Clock clock;

    public CheckBench(AssessmentEvaluator evaluator, LabLimits limits, Clock clock) {
        this.clock = clock;
        dose = new DoseDrawnUp(clock);
        check = new CheckEvaluation(evaluator, () -> limits, clock, dose, record);
    }

    /** Opens the check on a record read afresh, as the screen does; the report the banner shows. */
    public Report open(OnRecord r, String nurseInitials) {
        check.reset();
        record.set(r);
        dose.reset(r.prescription(), SiteRotation.suggestAfter(r.lastDose().map(d -> d.injection().site())),
                nurseInitials);
        check.evaluate();
        return check.reportProperty().get();
    }

    /**
     * The questions asked (all "no") and the prescribed dose drawn up with a lot, as the nurse does before "Given";
     * the decision the check then shows. The record must have a prescription in force.
     */
    public DecisionStatus drawUpPrescribed(String lot, LocalDate lotExpiry) {
        Prescription p = record.get().prescription().orElseThrow();
        check.questionsAskedProperty().set(true);
        dose.productProperty().set(p.product());
        dose.doseProperty().set(DoseDrawnUp.micrograms(p.doseMicrograms()));
        dose.lotNumberProperty().set(lot);
        dose.lotExpiryProperty().set(com.b12consult.domain.format.TypedDates.format(lotExpiry));
        check.evaluate();
        return check.decision();
    }

    /** The dose drawn up, as {@link CheckOutcome} records it given (the time of recording by the check's clock). */
    public GivenDose givenDose() {
        dose.timeToRecord();
        if (!dose.readyToGive()) {
            throw new IllegalStateException("The dose drawn up for the benchmark is not ready to give");
        }
        Injection injection = new Injection(dose.givenAtTime().orElseThrow(), dose.productProperty().get(),
                dose.doseMicrograms().orElseThrow(), dose.siteProperty().get(), List.of());
        return new GivenDose(injection, dose.lotNumberProperty().get(), dose.expiryDate().orElseThrow(),
                dose.givenByProperty().get());
    }

    /** The check as it is saved with its outcome: the assessment and the report, as JSON. */
    public CheckDocument document() {
        Report report = check.reportProperty().get();
        return new CheckDocument(writer.toJson(check.assessment()), ReportJson.write(report), report.rulebook());
    }

    public Clock clock() {
        return clock;
    }
}
