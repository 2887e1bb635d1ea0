package com.b12consult.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a consultation or pre-injection check knows about one patient at one moment
 * (assessment file, version 1). Lists are never null; absent lists are empty.
 */
public record Assessment(
        int schemaVersion,
        AssessmentContext context,
        LocalDateTime assessedAt,
        PatientInfo patient,
        List<ClotRiskFactor> clotRiskFactors,
        List<MedicalCondition> conditions,
        List<Medication> medications,
        List<Symptom> symptoms,
        Optional<AllergyHistory> allergyHistory,
        List<LabPanel> labs,
        List<Injection> injections,
        List<HeadacheEntry> headaches,
        List<HeadacheTrigger> headacheTriggers,
        Optional<ExercisePlan> exercise,
        Optional<PlannedInjection> plannedInjection) {

    public static final int SCHEMA_VERSION = 1;

    public Assessment {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(patient, "patient");
        clotRiskFactors = List.copyOf(clotRiskFactors);
        conditions = List.copyOf(conditions);
        medications = List.copyOf(medications);
        symptoms = List.copyOf(symptoms);
        Objects.requireNonNull(allergyHistory, "allergyHistory");
        labs = List.copyOf(labs);
        injections = List.copyOf(injections);
        headaches = List.copyOf(headaches);
        headacheTriggers = List.copyOf(headacheTriggers);
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(plannedInjection, "plannedInjection");
    }
}
