package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 6 on a clinic's database of schema 5: typed allergies stay a list exactly as typed (even when the text
 * says "none known": the migration reads no meaning into text), and an empty field becomes "not recorded", not
 * "none known".
 */
class AllergyStatusMigrationTest {
    @TempDir
    Path dir;

    @Test
    void typedTextStaysAListAndNothingTypedIsNotRecorded() throws Exception {
        Path file = dir.resolve("b12consult.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Dialect.SQLITE.migrations()).target("5").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patients (id, name, name_search, identifier, identifier_key, sex, known_allergies)"
                    + " VALUES (1, 'Ada', 'ada', 'P-1', 'p-1', 'female', 'penicillin: rash'),"
                    + " (2, 'Bo', 'bo', 'P-2', 'p-2', 'male', 'None known'), (3, 'Cy', 'cy', 'P-3', 'p-3', 'other', '  ')");
        }
        try (Database db = Database.open(file)) {
            PatientRepository patients = new PatientRepository(db,
                    new AuditLog(db, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC)));
            assertEquals(KnownAllergies.listed("penicillin: rash"), knownAllergies(patients, 1));
            assertEquals(KnownAllergies.listed("None known"), knownAllergies(patients, 2));
            assertEquals(KnownAllergies.NOT_RECORDED, knownAllergies(patients, 3));
        }
    }

    private static KnownAllergies knownAllergies(PatientRepository patients, long id) {
        return patients.findById(id).map(Patient::knownAllergies).orElseThrow();
    }
}
