package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.SymptomGroup;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClotRiskAndExerciseStepTest {
    static AssessmentParts written(ConsultationStep step) {
        AssessmentParts parts = new AssessmentParts(new PatientInfo("P-1", Sex.FEMALE, Optional.empty()));
        step.writeTo(parts);
        return parts;
    }

    static ClotRiskStepViewModel fromRecord() {
        return new ClotRiskStepViewModel(List.of(ClotRiskFactor.SMOKING), List.of(MedicalCondition.PERNICIOUS_ANEMIA),
                List.of(Medication.ANTICOAGULANT), Optional.of(new AllergyHistory(B12InjectionReaction.MILD, true)),
                InjectionsStepViewModelTest.CLOCK);
    }

    @Test
    void theLastConsultationsAnswersAreTickedAndWrittenBack() {
        ClotRiskStepViewModel step = fromRecord();
        assertTrue(step.factorProperty(ClotRiskFactor.SMOKING).get());
        AssessmentParts parts = written(step);
        assertEquals(List.of(ClotRiskFactor.SMOKING), parts.clotRiskFactors);
        assertEquals(List.of(MedicalCondition.PERNICIOUS_ANEMIA), parts.conditions);
        assertEquals(List.of(Medication.ANTICOAGULANT), parts.medications);
        assertEquals(Optional.of(new AllergyHistory(B12InjectionReaction.MILD, true)), parts.allergyHistory);
        assertEquals(List.of(), parts.symptoms);
    }

    @Test
    void anAllergyHistoryIsOnlyWrittenOnceAsked() {
        ClotRiskStepViewModel step = new ClotRiskStepViewModel(List.of(), List.of(), List.of(), Optional.empty(),
                InjectionsStepViewModelTest.CLOCK);
        assertEquals(Optional.empty(), written(step).allergyHistory);
        step.b12ReactionProperty().set(B12InjectionReaction.ALLERGIC);
        assertEquals(Optional.of(new AllergyHistory(B12InjectionReaction.ALLERGIC, false)), written(step).allergyHistory);
    }

    @Test
    void aSymptomCountsAtOnceAndABadOnsetIsMarkedWithoutDroppingIt() {
        ClotRiskStepViewModel step = fromRecord();
        AtomicInteger changes = new AtomicInteger();
        step.changes().addListener(x -> changes.incrementAndGet());
        step.symptom(SymptomCode.CHEST_PAIN).presentProperty().set(true);
        step.factorProperty(ClotRiskFactor.OBESITY).set(true);
        assertEquals(2, changes.get(), "every change is signalled, not only the first");
        assertEquals(List.of(new Symptom(SymptomCode.CHEST_PAIN, Optional.empty())), written(step).symptoms);
        step.symptom(SymptomCode.CHEST_PAIN).onsetProperty().set("2026-11-21 08:15");
        assertEquals(List.of(new Symptom(SymptomCode.CHEST_PAIN, Optional.of(LocalDateTime.of(2026, 11, 21, 8, 15)))),
                written(step).symptoms);
        step.symptom(SymptomCode.CHEST_PAIN).onsetProperty().set("this morning");
        assertEquals(List.of(new Symptom(SymptomCode.CHEST_PAIN, Optional.empty())), written(step).symptoms,
                "a red flag never waits for its time to be typed right");
        assertEquals(List.of("When chest pain began"), step.problems().stream().map(FieldProblem::field).toList());
        step.symptom(SymptomCode.CHEST_PAIN).presentProperty().set(false);
        assertEquals(List.of(), step.problems(), "an onset of a symptom not ticked is not asked for");
    }

    @Test
    void everySymptomButTheHeadacheFeaturesCanBeTickedInItsGroup() {
        assertTrue(ClotRiskStepViewModel.symptomChoices().stream().noneMatch(c -> c.group() == SymptomGroup.HEADACHE_FEATURE));
        assertEquals(SymptomCode.values().length - 1, ClotRiskStepViewModel.symptomChoices().size());
        assertEquals(SymptomGroup.CLOT_LEG, ClotRiskStepViewModel.symptomGroups().get(0));
        assertTrue(ClotRiskStepViewModel.symptomChoices().contains(SymptomCode.FEVER), "a fever, among the general signs");
        assertTrue(NewDose.reactionChoices().contains(SymptomCode.FEVER), "and after a dose");
    }

    @Test
    void aClotRiskDraftBringsBackEveryTickAndEveryTimeAsTyped() {
        ClotRiskStepViewModel step = fromRecord();
        step.factorProperty(ClotRiskFactor.SMOKING).set(false);
        step.factorProperty(ClotRiskFactor.LONG_TRAVEL).set(true);
        step.medicationProperty(Medication.NEW_MEDICATION).set(true);
        step.b12ReactionProperty().set(null);
        step.otherAllergiesProperty().set(false);
        step.symptom(SymptomCode.LEG_SWELLING_ONE_SIDED).presentProperty().set(true);
        step.symptom(SymptomCode.LEG_SWELLING_ONE_SIDED).onsetProperty().set("2026-11-20 25:00");
        Map<String, String> draft = step.draft();
        ClotRiskStepViewModel back = new ClotRiskStepViewModel(List.of(), List.of(), List.of(), Optional.empty(),
                InjectionsStepViewModelTest.CLOCK);
        back.restore(draft);
        assertEquals(draft, back.draft());
        assertEquals("2026-11-20 25:00", back.symptom(SymptomCode.LEG_SWELLING_ONE_SIDED).onsetProperty().get());
        assertEquals(written(step).clotRiskFactors, written(back).clotRiskFactors);
        assertEquals(written(step).symptoms, written(back).symptoms);
        assertEquals(step.problems(), back.problems());
    }

    @Test
    void exerciseIsNotAskedUntilAnsweredAndComesBackFromADraft() {
        ExerciseStepViewModel step = new ExerciseStepViewModel();
        assertEquals(Optional.empty(), written(step).exercise);
        step.plannedProperty().set(PlannedExercise.HIIT);
        assertEquals(Optional.of(new ExercisePlan(PlannedExercise.HIIT, SiteSoreness.NONE)), written(step).exercise);
        step.sorenessProperty().set(SiteSoreness.SEVERE);
        ExerciseStepViewModel back = new ExerciseStepViewModel();
        back.restore(step.draft());
        assertEquals(Optional.of(new ExercisePlan(PlannedExercise.HIIT, SiteSoreness.SEVERE)), written(back).exercise);
        back.restore(Map.of("planned", "", "soreness", "no-such-code"));
        assertEquals(Optional.empty(), written(back).exercise, "an empty or unknown code is not asked");
        assertEquals(List.of(), back.problems());
    }
}
