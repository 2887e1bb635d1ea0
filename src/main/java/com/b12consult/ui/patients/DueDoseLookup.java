package com.b12consult.ui.patients;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's next dose today, worked out where the dose calendar is read for the check, so the list and
 * the check never disagree. Empty when no prescription is in force.
 */
@FunctionalInterface
public interface DueDoseLookup {
    Optional<DueDose> nextFor(Patient patient);

    /**
     * The next doses of many patients at once, by patient id; a patient with no prescription in force is left out.
     * A store-backed lookup answers this with a bounded number of queries, whatever the number of patients.
     */
    default Map<Long, DueDose> nextFor(Collection<Patient> patients) {
        Map<Long, DueDose> out = new HashMap<>();
        for (Patient p : patients) {
            nextFor(p).ifPresent(d -> out.put(p.id(), d));
        }
        return out;
    }
}
