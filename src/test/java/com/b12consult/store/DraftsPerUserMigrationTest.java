package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 9 on a workstation's database from before it: a draft kept before drafts had authors is kept, as it was,
 * and is offered to whoever opens that patient's consultation.
 */
class DraftsPerUserMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aDraftKeptBeforeSchema9StaysAndIsOfferedToTheNextUser() throws Exception {
        Path file = dir.resolve("b12consult.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations(Dialect.SQLITE.migrations()).target("7").load().migrate();
        String steps = "{\"format\":2,\"steps\":{\"injections\":{\"rx.dose\":\"1O00\"}}}";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO patients (id, name, name_search, identifier, identifier_key, sex, known_allergies)"
                    + " VALUES (1, 'Ada', 'ada', 'P-1', 'p-1', 'female', '')");
            s.execute("INSERT INTO consultation_drafts (patient_id, steps_json, saved_at) VALUES (1, '" + steps
                    + "', '2026-12-01T10:00:00.000Z')");
        }
        try (Database db = Database.open(file)) {
            ConsultationDraft kept = new DraftRepository(db, "anyone").findByPatient(1).orElseThrow();
            assertEquals("1O00", kept.steps().get("injections").get("rx.dose"));
            assertEquals(java.time.Instant.parse("2026-12-01T10:00:00Z"), kept.savedAt());
        }
    }
}
