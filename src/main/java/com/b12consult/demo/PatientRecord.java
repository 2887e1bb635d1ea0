package com.b12consult.demo;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one sample patient's record holds so far, as written, and the assessments built on it the way the screens
 * build theirs: a check from the record and the last consultation (as {@code ui.check.CheckAssessment} does), a
 * consultation from the record and what the clinician asks. Lists are newest first, as the record reads.
 */
final class PatientRecord {
    Patient patient;
    Optional<Prescription> prescription = Optional.empty();
    private final List<Injection> injections = new ArrayList<>();
    private final Map<Integer, Long> injectionIdByVisit = new HashMap<>();
    private final Map<Long, Integer> positionById = new HashMap<>();
    private final List<LabPanel> labs = new ArrayList<>();
    private final List<HeadacheEntry> headaches = new ArrayList<>();
    private Optional<Assessment> consultation = Optional.empty();

    void given(int visit, long injectionId, Injection injection) {
        injectionIdByVisit.put(visit, injectionId);
        positionById.put(injectionId, injections.size());
        injections.add(injection);
    }

    Optional<Long> injectionOfVisit(int visit) {
        return Optional.ofNullable(injectionIdByVisit.get(visit));
    }

    void laterReactions(long injectionId, List<SymptomCode> reactions) {
        int at = positionById.get(injectionId);
        Injection i = injections.get(at);
        LinkedHashSet<SymptomCode> all = new LinkedHashSet<>(i.reactions());
        all.addAll(reactions);
        injections.set(at, new Injection(i.givenAt(), i.product(), i.doseMicrograms(), i.site(), List.copyOf(all)));
    }

    void lab(LabPanel panel) {
        labs.add(panel);
    }

    void headache(HeadacheEntry entry) {
        headaches.add(entry);
    }

    void consulted(Assessment assessment) {
        consultation = Optional.of(assessment);
    }

    /** The pre-injection check at {@code at} for the dose drawn up, with the signs the nurse found today. */
    Assessment check(LocalDateTime at, PlannedInjection planned, List<SymptomCode> signsNow) {
        boolean reactedBefore = injections.stream().anyMatch(i -> !i.reactions().isEmpty());
        AllergyHistory allergies = consultation.flatMap(Assessment::allergyHistory).orElse(new AllergyHistory(
                reactedBefore ? B12InjectionReaction.MILD : B12InjectionReaction.NONE, patient.knownAllergies().any()));
        return new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.PRE_INJECTION,
                at.truncatedTo(ChronoUnit.MINUTES), patient.info(),
                consultation.map(Assessment::clotRiskFactors).orElse(List.of()),
                consultation.map(Assessment::conditions).orElse(List.of()),
                consultation.map(Assessment::medications).orElse(List.of()),
                signsNow.stream().map(c -> new Symptom(c, Optional.empty())).toList(),
                Optional.of(allergies), newestFirst(labs), newestFirst(injections), newestFirst(headaches),
                consultation.map(Assessment::headacheTriggers).orElse(List.of()),
                Optional.empty(), Optional.of(planned));
    }

    /** A consultation at {@code at}: the record with {@code newLab}, the symptoms asked about, the dose to come. */
    Assessment consultation(LocalDateTime at, List<Symptom> symptoms, Optional<LabPanel> newLab,
                            Optional<PlannedInjection> planned) {
        boolean reactedBefore = injections.stream().anyMatch(i -> !i.reactions().isEmpty());
        List<LabPanel> all = new ArrayList<>(labs);
        newLab.ifPresent(all::add);
        return new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                at.truncatedTo(ChronoUnit.MINUTES), patient.info(), List.of(), List.of(), List.of(), symptoms,
                Optional.of(new AllergyHistory(reactedBefore ? B12InjectionReaction.MILD : B12InjectionReaction.NONE,
                        patient.knownAllergies().any())),
                newestFirst(all), newestFirst(injections), newestFirst(headaches), List.of(), Optional.empty(),
                planned);
    }

    private static <T> List<T> newestFirst(List<T> inOrderWritten) {
        List<T> out = new ArrayList<>(inOrderWritten);
        java.util.Collections.reverse(out);
        return out;
    }
}
