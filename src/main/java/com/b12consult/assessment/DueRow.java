package com.b12consult.assessment;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** One line of the due list: a patient and their next dose (empty with no prescription in force). */
public record DueRow(Patient patient, Optional<DueDose> due) {
    /**
     * Overdue first (the longest overdue at the top), then due today, then by the day the dose falls due;
     * patients without a prescription last. Patients due on the same day are left in the order they came, which a
     * stable sort keeps: the store lists patients by name as the Patients list does (case and accents aside), and
     * {@link CheckRecords#dueList} relies on it to cut the list at a page exactly where the whole list would be.
     */
    public static final Comparator<DueRow> MOST_URGENT_FIRST = Comparator
            .comparing((DueRow r) -> r.due().map(DueDose::dueOn).orElse(java.time.LocalDate.MAX));

    public DueRow {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(due, "due");
    }

    /** How the list shows it: "Overdue by 2 days (due 2026-11-19)". */
    public String status() {
        return due.map(DueDose::describe).orElse("No prescription yet");
    }

    public boolean isDue() {
        return due.map(DueDose::isDue).orElse(false);
    }
}
