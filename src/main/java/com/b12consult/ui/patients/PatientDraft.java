package com.b12consult.ui.patients;

import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient form's fields as typed: compared with what was loaded to tell whether anything changed, and made
 * into the patient to save once every field is right.
 */
record PatientDraft(String name, String identifier, String birthDate, Sex sex, AllergyStatus allergyStatus,
                    String knownAllergies) {
    static final PatientDraft EMPTY = new PatientDraft("", "", "", Sex.UNKNOWN, AllergyStatus.NOT_RECORDED, "");

    static PatientDraft of(Patient p) {
        return new PatientDraft(p.name(), p.identifier(), p.birthDate().map(LocalDate::toString).orElse(""), p.sex(),
                p.knownAllergies().status(), p.knownAllergies().list());
    }

    /**
     * The patient to save under {@code id}, over the saved {@code version} the edit started from (0 for a new
     * patient); call only when every field's check passes.
     */
    Patient toPatient(long id, long version) {
        return new Patient(id, name, identifier, PatientForm.parseBirthDate(birthDate),
                Objects.requireNonNullElse(sex, Sex.UNKNOWN), allergies(), version);
    }

    /** The allergies as the record keeps them: the list typed is kept only with "listed". */
    private KnownAllergies allergies() {
        return switch (Objects.requireNonNullElse(allergyStatus, AllergyStatus.NOT_RECORDED)) {
            case LISTED -> KnownAllergies.listed(knownAllergies);
            case NONE_KNOWN -> KnownAllergies.NONE_KNOWN;
            case NOT_RECORDED -> KnownAllergies.NOT_RECORDED;
        };
    }
}
