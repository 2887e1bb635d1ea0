package com.b12consult.store;

import com.b12consult.domain.Patient;
import java.util.List;
import java.util.Objects;

/**
 * One page of a patient search: the first {@code patients} in name order, and how many patients match in all.
 * A clinic of 20,000 is never read whole to show the top of its list.
 */
public record PatientPage(List<Patient> patients, int total) {
    public PatientPage {
        patients = List.copyOf(Objects.requireNonNull(patients, "patients"));
        if (total < patients.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + patients.size() + " listed");
        }
    }

    /** True when more patients match than are listed. */
    public boolean isPartial() {
        return total > patients.size();
    }
}
