package com.b12consult.ui.check;

import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Shows the handout for a check just saved with its outcome. The handout screen lives in its own package;
 * the composition root hands the check this way to reach it, so neither screen depends on the other.
 */
@FunctionalInterface
public interface PatientHandout {
    /** {@code nextDose} is the day the next dose falls due when it is a later day; empty prints "ask us". */
    void show(Patient patient, SavedAssessment check, Optional<LocalDate> nextDose);
}
