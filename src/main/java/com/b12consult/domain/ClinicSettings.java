package com.b12consult.domain;

import java.util.Objects;

/**
 * Everything the Settings screen edits: the clinic's details printed on the handout, the handout's
 * paper size, and the lab limits the rule module uses. Text fields are empty when not set.
 */
public record ClinicSettings(String clinicName, String clinicAddress, String clinicPhone, PaperSize paperSize,
                             LabLimits labLimits) {
    public ClinicSettings {
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(clinicAddress, "clinicAddress");
        Objects.requireNonNull(clinicPhone, "clinicPhone");
        Objects.requireNonNull(paperSize, "paperSize");
        Objects.requireNonNull(labLimits, "labLimits");
    }

    public static ClinicSettings defaults() {
        return new ClinicSettings("", "", "", PaperSize.A4, LabLimits.defaults());
    }
}
