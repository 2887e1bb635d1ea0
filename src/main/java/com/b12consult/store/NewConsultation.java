package com.b12consult.store;

import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RulebookRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one consultation saves, together: the assessment and its report as JSON, the rulebook that
 * produced the report, what the clinician added, and what is new for the patient's record (lab panels,
 * doses, diary entries, and a prescription when it changed).
 */
public record NewConsultation(long patientId, String assessmentJson, String reportJson, RulebookRef rulebook,
                              ConsultationResponses responses, List<LabPanel> newLabs, List<Injection> newDoses,
                              List<HeadacheEntry> newHeadaches, Optional<Prescription> newPrescription) {
    public NewConsultation {
        Objects.requireNonNull(assessmentJson, "assessmentJson");
        Objects.requireNonNull(reportJson, "reportJson");
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(responses, "responses");
        newLabs = List.copyOf(newLabs);
        newDoses = List.copyOf(newDoses);
        newHeadaches = List.copyOf(newHeadaches);
        Objects.requireNonNull(newPrescription, "newPrescription");
        newPrescription.ifPresent(p -> {
            if (p.patientId() != patientId) {
                throw new IllegalArgumentException("The new prescription is for patient " + p.patientId()
                        + ", not for patient " + patientId);
            }
        });
    }
}
