package com.b12consult.ui.patients;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import java.util.Optional;

/**
 * A patient's next dose today, worked out where the dose calendar is read for the check, so the list and
 * the check never disagree. Empty when no prescription is in force.
 */
@FunctionalInterface
public interface DueDoseLookup {
    Optional<DueDose> nextFor(Patient patient);
}
