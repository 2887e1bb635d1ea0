package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient of the clinic. {@code id} is the database id; {@link #UNSAVED} (0) means not saved yet.
 * {@code identifier} is the clinic's own patient id (such as "P-0042"), unique in the clinic.
 * Name and identifier are kept without surrounding spaces; known allergies are not recorded, none known, or a list.
 */
public record Patient(long id, String name, String identifier, Optional<LocalDate> birthDate, Sex sex,
                      KnownAllergies knownAllergies) {

    public static final long UNSAVED = 0;

    public Patient {
        if (id < 0) {
            throw new IllegalArgumentException("id must be 0 (unsaved) or positive, was " + id);
        }
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A patient needs a name");
        }
        identifier = Objects.requireNonNull(identifier, "identifier").strip();
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("A patient needs an identifier (the clinic's patient id)");
        }
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        knownAllergies = Objects.requireNonNull(knownAllergies, "knownAllergies");
    }

    /** A patient not saved yet. */
    public static Patient unsaved(String name, String identifier, Optional<LocalDate> birthDate, Sex sex,
                                  KnownAllergies knownAllergies) {
        return new Patient(UNSAVED, name, identifier, birthDate, sex, knownAllergies);
    }

    public boolean isSaved() {
        return id != UNSAVED;
    }

    public Patient withId(long newId) {
        return new Patient(newId, name, identifier, birthDate, sex, knownAllergies);
    }

    /** What an assessment file says about this patient. */
    public PatientInfo info() {
        return new PatientInfo(identifier, sex, birthDate);
    }
}
