package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 5 on a clinic's database of schema 4: the decisions of the assessments already saved are filled from
 * their reports, and two Given rows for one due dose that the old version let through do not stop the update.
 */
class StandingDecisionsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchemaFourDatabaseWithADoubleGivenMigratesAndKeepsEveryRow() throws Exception {
        Path file = dir.resolve("b12consult.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Dialect.SQLITE.migrations()).target("4").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patients (id, name, name_search, identifier, identifier_key, sex)"
                    + " VALUES (1, 'Ada', 'ada', 'P-1', 'p-1', 'female')");
            s.execute("INSERT INTO prescriptions (id, patient_id, product, dose_micrograms, maintenance_interval_days, start_date)"
                    + " VALUES (1, 1, 'hydroxocobalamin', 1000, 90, '2026-01-01')");
            for (int i = 1; i <= 2; i++) {
                s.execute("INSERT INTO injections (id, patient_id, given_at, product, dose_micrograms, site, reactions)"
                        + " VALUES (" + i + ", 1, '2026-12-02T15:1" + i + ":00', 'hydroxocobalamin', 1000, 'left_deltoid', '[]')");
                s.execute("INSERT INTO assessments (id, patient_id, context, assessment_json, report_json, rulebook_version,"
                        + " rulebook_sha256, saved_at) VALUES (" + i + ", 1, 'pre_injection', '{}',"
                        + " '{\"decision\":{\"status\":\"" + (i == 1 ? "urgent" : "proceed") + "\"}}', '1', '" + "a".repeat(64)
                        + "', '2026-12-02T15:1" + i + ":00.000Z')");
                s.execute("INSERT INTO dose_outcomes (patient_id, prescription_id, due_on, outcome, decision, injection_id,"
                        + " assessment_id, recorded_at) VALUES (1, 1, '2026-12-02', 'given', 'proceed', " + i + ", " + i
                        + ", '2026-12-02T15:1" + i + ":00.000Z')");
            }
        }
        try (Database db = Database.open(file)) {
            assertEquals("urgent,proceed", db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT group_concat(decision) FROM"
                        + " (SELECT decision FROM assessments ORDER BY id)")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
            assertEquals(2L, (long) db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM dose_outcomes")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
    }
}
