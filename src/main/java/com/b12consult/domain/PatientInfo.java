package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Who the assessment is about: the identifier, sex, and birth date when known. */
public record PatientInfo(String id, Sex sex, Optional<LocalDate> birthDate) {
    public PatientInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
    }
}
