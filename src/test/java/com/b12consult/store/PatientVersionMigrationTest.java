package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.domain.Patient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema 8 on a clinic's database of schema 7: the patients already there start at the first version, as a new
 * one does, and are edited as before.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class PatientVersionMigrationTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void existingPatientsStartAtTheFirstVersionAndAreEditedAsBefore() throws Exception {
        StoreLocation location = TestServer.location(kind, dir);
        Dialect dialect = kind == StoreKind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
        String url;
        String user = null;
        String password = null;
        if (location instanceof StoreLocation.ClinicServer server) {
            url = "jdbc:" + server.url();
            user = server.user();
            password = server.password();
        } else {
            url = "jdbc:sqlite:" + ((StoreLocation.SqliteFile) location).file();
        }
        Flyway.configure(getClass().getClassLoader()).dataSource(url, user, password)
                .locations(dialect.migrations()).target("7").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patients (id, name, name_search, identifier, identifier_key, sex) VALUES"
                    + " (1, 'Ada', 'ada', 'P-1', 'p-1', 'female'), (2, 'Bo', 'bo', 'P-2', 'p-2', 'male')");
        }

        try (StoreFixture store = new StoreFixture(dir, kind)) {
            PatientRepository patients = new PatientRepository(store.database, store.auditLog);
            assertEquals(2, patients.listAll().size());
            for (Patient p : patients.listAll()) {
                assertEquals(Patient.FIRST_VERSION, p.version(), p.name());
            }
            Patient ada = patients.findByIdentifier("P-1").orElseThrow();
            Patient edited = patients.update(new Patient(ada.id(), "Ada King", ada.identifier(), ada.birthDate(),
                    ada.sex(), ada.knownAllergies(), ada.version()), NURSE);
            assertEquals(2, edited.version());
            assertEquals(Patient.FIRST_VERSION, patients.findByIdentifier("P-2").orElseThrow().version());
        }
    }
}
