package com.b12consult.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient of the clinic. {@code id} is the database id; {@link #UNSAVED} (0) means not saved yet.
 * {@code identifier} is the clinic's own patient id (such as "P-0042"), unique in the clinic.
 * Name and identifier are kept without surrounding spaces; known allergies are not recorded, none known, or a list.
 * {@code version} is the version of the saved details this copy was read as ({@link #FIRST_VERSION} when created,
 * one more at each saved edit; 0 while unsaved): an edit is saved only over the version it started from, so two
 * people editing one patient never silently overwrite each other.
 */
public record Patient(long id, String name, String identifier, Optional<LocalDate> birthDate, Sex sex,
                      KnownAllergies knownAllergies, long version) {

    public static final long UNSAVED = 0;
    public static final long FIRST_VERSION = 1;

    public Patient {
        if (id < 0) {
            throw new IllegalArgumentException("id must be 0 (unsaved) or positive, was " + id);
        }
        if (id == UNSAVED ? version != 0 : version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be 0 for an unsaved patient and at least "
                    + FIRST_VERSION + " for a saved one; was " + version + " for id " + id);
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
        return new Patient(UNSAVED, name, identifier, birthDate, sex, knownAllergies, 0);
    }

    public boolean isSaved() {
        return id != UNSAVED;
    }

    /** These details as saved under {@code newId}, at {@code newVersion}. */
    public Patient savedAs(long newId, long newVersion) {
        return new Patient(newId, name, identifier, birthDate, sex, knownAllergies, newVersion);
    }

    /** What an assessment file says about this patient. */
    public PatientInfo info() {
        return new PatientInfo(identifier, sex, birthDate);
    }
}
