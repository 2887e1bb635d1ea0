package com.b12consult.assessment;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.ExercisePlan;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Symptom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of a consultation while it is being built: each step writes its own part. The
 * prescription is not part of the assessment file but the consultation saves it to the record, so it
 * travels here too.
 */
public final class AssessmentParts {
    private final PatientInfo patient;
    public final List<ClotRiskFactor> clotRiskFactors = new ArrayList<>();
    public final List<MedicalCondition> conditions = new ArrayList<>();
    public final List<Medication> medications = new ArrayList<>();
    public final List<Symptom> symptoms = new ArrayList<>();
    public Optional<AllergyHistory> allergyHistory = Optional.empty();
    public final List<LabPanel> labs = new ArrayList<>();
    public final List<Injection> injections = new ArrayList<>();
    public final List<HeadacheEntry> headaches = new ArrayList<>();
    public final List<HeadacheTrigger> headacheTriggers = new ArrayList<>();
    public Optional<ExercisePlan> exercise = Optional.empty();
    public Optional<PlannedInjection> plannedInjection = Optional.empty();
    public Optional<Prescription> prescription = Optional.empty();

    public AssessmentParts(PatientInfo patient) {
        this.patient = Objects.requireNonNull(patient, "patient");
    }

    public PatientInfo patient() {
        return patient;
    }

    /** The consultation's assessment at {@code at} (to the minute). */
    public Assessment build(LocalDateTime at) {
        return new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                at.truncatedTo(ChronoUnit.MINUTES), patient, clotRiskFactors, conditions, medications, symptoms,
                allergyHistory, labs, injections, headaches, headacheTriggers, exercise, plannedInjection);
    }
}
