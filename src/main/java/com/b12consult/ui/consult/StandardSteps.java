package com.b12consult.ui.consult;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.SymptomCode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.ObservableList;

/** The consultation's steps in the clinic's order, each filled from what is on record, and its review. */
public final class StandardSteps implements ConsultationSteps {
    private final Clock clock;

    public StandardSteps(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ConsultationPages create(OnRecord record, LiveConsultation live,
                                    ObservableList<FieldProblem> pendingElsewhere) {
        Optional<Assessment> last = record.consultation();
        List<ConsultationStep> steps = new ArrayList<>();
        steps.add(new InjectionsStepViewModel(record.patient().id(), record.prescription(),
                record.injections().stream().map(RecordedInjection::injection).toList(), clock));
        ClotRiskStepViewModel clotRisk = new ClotRiskStepViewModel(last.map(Assessment::clotRiskFactors).orElse(List.of()),
                last.map(Assessment::conditions).orElse(List.of()), last.map(Assessment::medications).orElse(List.of()),
                allergyHistory(record), clock);
        steps.add(clotRisk);
        // Asked where the headache is typed and where the findings are read; answered as a current symptom.
        Optional<SuddenOnsetQuestion> suddenOnset = Optional.of(new SuddenOnsetQuestion(live,
                clotRisk.symptom(SymptomCode.SUDDEN_SEVERE_HEADACHE).presentProperty()));
        steps.add(new BloodCountStepViewModel(record.labs().stream().map(RecordedLabPanel::panel).toList(), live, clock));
        steps.add(new HeadachesStepViewModel(record.headaches().stream().map(RecordedHeadache::entry).toList(),
                last.map(Assessment::headacheTriggers).orElse(List.of()), live, clock, suddenOnset));
        steps.add(new ExerciseStepViewModel());
        // Last, and so restored last from a draft: its ticks and answers belong to findings the others make fire.
        return new ConsultationPages(steps, new ReviewStepViewModel(live, pendingElsewhere, suddenOnset));
    }

    /**
     * The last consultation's allergy history; without one, what the record shows, as the check reads it
     * (a reaction after a dose counts as mild, listed allergies as other allergies; "none known" is not one); with nothing to go on,
     * not asked yet rather than "none".
     */
    static Optional<AllergyHistory> allergyHistory(OnRecord record) {
        Optional<AllergyHistory> kept = record.consultation().flatMap(Assessment::allergyHistory);
        if (kept.isPresent()) {
            return kept;
        }
        boolean reacted = record.injections().stream().anyMatch(r -> !r.injection().reactions().isEmpty());
        boolean allergies = record.patient().knownAllergies().any();
        if (!reacted && !allergies) {
            return Optional.empty();
        }
        return Optional.of(new AllergyHistory(reacted ? B12InjectionReaction.MILD : B12InjectionReaction.NONE, allergies));
    }
}
