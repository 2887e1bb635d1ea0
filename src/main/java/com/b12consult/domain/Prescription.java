package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the prescriber ordered for a patient from {@code startDate} on. {@code id} is the database id,
 * 0 while unsaved; {@code patientId} is the patient's database id.
 */
public record Prescription(long id, long patientId, Product product, double doseMicrograms, DosingSchedule schedule,
                           LocalDate startDate) {
    public static final long UNSAVED = 0;

    public Prescription {
        if (id < 0) {
            throw new IllegalArgumentException("id must be 0 (unsaved) or positive, was " + id);
        }
        Objects.requireNonNull(product, "product");
        if (!Double.isFinite(doseMicrograms) || doseMicrograms <= 0) {
            throw new IllegalArgumentException("The dose must be a positive number of micrograms, was " + doseMicrograms);
        }
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(startDate, "startDate");
    }

    public static Prescription unsaved(long patientId, Product product, double doseMicrograms, DosingSchedule schedule,
                                       LocalDate startDate) {
        return new Prescription(UNSAVED, patientId, product, doseMicrograms, schedule, startDate);
    }

    public boolean isSaved() {
        return id != UNSAVED;
    }

    public Prescription withId(long newId) {
        return new Prescription(newId, patientId, product, doseMicrograms, schedule, startDate);
    }
}
