package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.Injection;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.SiteSoreness;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment of a pre-injection check: what is on record, plus today's answers. Clot risk factors,
 * conditions, medications, headache triggers and allergy history come from the last consultation (the
 * store has no tables of their own); with no consultation on record, the allergy history is what the
 * record shows: a reaction after an earlier dose counts as mild, known allergies as other allergies.
 */
final class CheckAssessment {
    private CheckAssessment() {
    }

    static Assessment build(OnRecord record, Set<SymptomCode> now, Set<SymptomCode> sinceLastDose,
                            Optional<PlannedExercise> exercise, Optional<PlannedInjection> planned, LocalDateTime at,
                            ZoneId zone) {
        Optional<Assessment> consultation = record.consultation();
        List<Injection> injections = new ArrayList<>();
        for (RecordedInjection r : record.injections()) {
            Injection i = r.injection();
            if (r == record.lastDose().orElse(null) && !sinceLastDose.isEmpty()) {
                LinkedHashSet<SymptomCode> reactions = new LinkedHashSet<>(i.reactions());
                reactions.addAll(sinceLastDose);
                i = new Injection(i.givenAt(), i.product(), i.doseMicrograms(), i.site(), List.copyOf(reactions));
            }
            injections.add(i);
        }
        boolean reactedBefore = injections.stream().anyMatch(i -> !i.reactions().isEmpty());
        AllergyHistory allergies = consultation.flatMap(Assessment::allergyHistory).orElse(new AllergyHistory(
                reactedBefore ? B12InjectionReaction.MILD : B12InjectionReaction.NONE,
                record.patient().knownAllergies().any()));
        SiteSoreness soreness = sinceLastDose.contains(SymptomCode.INJECTION_SITE_REACTION_SEVERE)
                ? SiteSoreness.SEVERE
                : sinceLastDose.contains(SymptomCode.INJECTION_SITE_SORENESS) ? SiteSoreness.MILD : SiteSoreness.NONE;
        // Signs reported at an earlier check or consultation whose HOLD or URGENT still stands are part of the
        // patient's record: they stay in every check, dated when they were reported, until a prescriber clears them.
        List<Symptom> symptoms = new ArrayList<>(now.stream().map(c -> new Symptom(c, Optional.empty())).toList());
        record.standing().ifPresent(st -> {
            LocalDateTime reported = LocalDateTime.ofInstant(st.savedAt(), zone).truncatedTo(ChronoUnit.MINUTES);
            for (SymptomCode code : new LinkedHashSet<>(st.symptoms())) {
                if (!now.contains(code) && code.isStandaloneSymptom() && !reported.isAfter(at)) {
                    symptoms.add(new Symptom(code, Optional.of(reported)));
                }
            }
        });
        // the prescription's product and the calendar's due day go with the dose drawn up, for the rule module
        Optional<PlannedInjection> withPrescription = planned.map(p -> new PlannedInjection(p.product(), p.doseMicrograms(),
                p.prescribedDoseMicrograms(), p.site(), record.prescription().map(Prescription::product),
                record.due().map(DueDose::dueOn)));
        return new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.PRE_INJECTION,
                at.truncatedTo(ChronoUnit.MINUTES), record.patient().info(),
                consultation.map(Assessment::clotRiskFactors).orElse(List.of()),
                consultation.map(Assessment::conditions).orElse(List.of()),
                consultation.map(Assessment::medications).orElse(List.of()),
                symptoms,
                Optional.of(allergies),
                record.labs().stream().map(RecordedLabPanel::panel).toList(),
                injections,
                record.headaches().stream().map(RecordedHeadache::entry).toList(),
                consultation.map(Assessment::headacheTriggers).orElse(List.of()),
                exercisePlan(exercise, consultation, soreness),
                withPrescription);
    }

    /**
     * Today's plan as the nurse asked it; not asked, the latest known plan (the last consultation's), so its advice
     * reaches the handout rather than being replaced by "no exercise". With no plan known, only a sore site is
     * passed on (as no planned exercise, which no exercise rule reads as a plan), so its advice still shows.
     */
    private static Optional<ExercisePlan> exercisePlan(Optional<PlannedExercise> asked, Optional<Assessment> consultation,
                                                       SiteSoreness soreness) {
        Optional<PlannedExercise> plan = asked.or(() -> consultation.flatMap(Assessment::exercise)
                .map(ExercisePlan::planned));
        if (plan.isEmpty() && soreness == SiteSoreness.NONE) {
            return Optional.empty();
        }
        return Optional.of(new ExercisePlan(plan.orElse(PlannedExercise.NONE), soreness));
    }
}
