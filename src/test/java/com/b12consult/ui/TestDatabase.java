package com.b12consult.ui;

import com.b12consult.domain.Actor;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** A fresh database file in a test's temporary folder, with the repositories the screens use. */
public final class TestDatabase implements AutoCloseable {
    /** 21 November 2026, 09:00 UTC: "today" for every birth-date check in the tests. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    public static final Actor NURSE = new Actor("nurse", "AB");
    /** The clinic the app tests work at, so the first-start question about the clinic is already answered. */
    public static final String CLINIC_NAME = "Riverside Health Centre";
    public static final String CLINIC_PHONE = "01632 960 123";

    public final Path file;
    public final Database database;
    public final PatientRepository patients;
    public final SettingsRepository settings;

    /** Opens (creating when new) the database file {@code file}. */
    public TestDatabase(Path file) throws DatabaseOpenException {
        this.file = file;
        database = Database.open(file);
        AuditLog audit = new AuditLog(database, CLOCK);
        patients = new PatientRepository(database, audit);
        settings = new SettingsRepository(database, audit);
    }

    /** A new database file in the folder {@code dir}. */
    public static TestDatabase in(Path dir) throws DatabaseOpenException {
        return new TestDatabase(dir.resolve("b12consult.db"));
    }

    /**
     * Sets the clinic's name and phone in the database file {@code file} (creating it when new), as the first
     * start asks for them: a test of another screen starts the app on it and meets no clinic form.
     */
    public static void presetClinicDetails(Path file) {
        try (TestDatabase db = new TestDatabase(file)) {
            db.settings.saveClinicContact(CLINIC_NAME, CLINIC_PHONE, NURSE);
        } catch (DatabaseOpenException e) {
            throw new AssertionError("the test's database " + file + " could not be opened: " + e.getMessage(), e);
        }
    }

    public Patient addPatient(String name, String identifier, String birthDate, Sex sex) {
        return patients.create(Patient.unsaved(name, identifier,
                birthDate == null ? Optional.empty() : Optional.of(LocalDate.parse(birthDate)), sex, KnownAllergies.NOT_RECORDED), NURSE);
    }

    @Override
    public void close() {
        database.close();
    }
}
