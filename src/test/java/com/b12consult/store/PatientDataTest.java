package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export and delete cover every table that holds anything on a patient. The tables are found here from the
 * schema on their own (a patient_id column, or a foreign key to such a table), independently of the code under
 * test; a table a later migration adds makes {@link #theFixtureFillsEveryTableThatHoldsPatientData} fail until
 * rows of it are added below, and then the export and delete tests show they cover it.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class PatientDataTest {
    @Parameter
    StoreKind kind;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    StoreFixture store;
    PatientData data;
    /** The rowids inserted per table, for each of the two patients. */
    final Map<String, List<Long>> ofAnna = new LinkedHashMap<>();
    final Map<String, List<Long>> ofBen = new LinkedHashMap<>();
    long anna;
    long ben;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        data = new PatientData(store.database, store.auditLog);
        anna = fill("Anna O'Neil", "P-1", ofAnna);
        ben = fill("Ben Ray", "P-2", ofBen);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    /** One patient with a row in every table that can hold patient data, the rowids kept in {@code rows}. */
    private long fill(String name, String identifier, Map<String, List<Long>> rows) {
        return store.database.inTransaction(c -> {
            // the id as the app gives it (the server's patients table has no id of its own to hand out)
            long p = insert(c, rows, "patients", "INSERT INTO patients (id, name, name_search, identifier, identifier_key,"
                    + " sex) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM patients), ?, ?, ?, ?, 'female')", name, name.toLowerCase(), identifier, identifier.toLowerCase());
            long rx = insert(c, rows, "prescriptions", "INSERT INTO prescriptions (patient_id, product, dose_micrograms,"
                    + " maintenance_interval_days, start_date) VALUES (?, 'hydroxocobalamin', 1000, 90, '2026-01-01')", p);
            long inj = insert(c, rows, "injections", "INSERT INTO injections (patient_id, given_at, product,"
                    + " dose_micrograms, site, reactions) VALUES (?, '2026-02-01T10:00:00', 'hydroxocobalamin', 1000,"
                    + " 'left_deltoid', '[]')", p);
            long panel = insert(c, rows, "lab_panels", "INSERT INTO lab_panels (patient_id, taken_on) VALUES (?, '2026-01-20')", p);
            insert(c, rows, "lab_results", "INSERT INTO lab_results (panel_id, analyte, value, unit)"
                    + " VALUES (?, 'platelets', 210, '10*9/L')", panel);
            insert(c, rows, "headache_entries", "INSERT INTO headache_entries (patient_id, onset_at, severity, type)"
                    + " VALUES (?, '2026-02-02T08:00:00', 4, 'tension')", p);
            long assessment = insert(c, rows, "assessments", "INSERT INTO assessments (patient_id, context, assessment_json,"
                    + " report_json, rulebook_version, rulebook_sha256, saved_at) VALUES (?, 'pre_injection',"
                    + " '{\"who\":\"x\"}', '{\"decision\":\"proceed\"}', '1', ?, '2026-02-01T09:59:00.000Z')",
                    p, "a".repeat(64));
            long handout = insert(c, rows, "handouts", "INSERT INTO handouts (assessment_id, given_at, content_sha256)"
                    + " VALUES (?, '2026-02-01T10:05:00.000Z', ?)", assessment, "b".repeat(64));
            insert(c, rows, "handout_documents", "INSERT INTO handout_documents (handout_id, pdf) VALUES (?, ?)", handout,
                    ("%PDF handout of " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert(c, rows, "consultations", "INSERT INTO consultations (assessment_id, saved_by_user,"
                    + " saved_by_initials, note) VALUES (?, 'nurse', 'NB', 'note on ' || ?)", assessment, name);
            insert(c, rows, "consultation_ticks", "INSERT INTO consultation_ticks (assessment_id, finding_id, position)"
                    + " VALUES (?, 'clot.symptom-timeline', 0)", assessment);
            insert(c, rows, "alert_answers", "INSERT INTO alert_answers (assessment_id, finding_id, position, answer,"
                    + " reason) VALUES (?, 'clot.possible-stroke', 0, 'not_applicable', 'seen by the doctor')", assessment);
            insert(c, rows, "consultation_drafts", "INSERT INTO consultation_drafts (patient_id, typed_by, steps_json, saved_at)"
                    + " VALUES (?, 'nurse', '{\"Injections\": {\"rx.dose\": \"1000\"}}', '2026-02-04T10:00:00.000Z')", p);
            long outcome = insert(c, rows, "dose_outcomes", "INSERT INTO dose_outcomes (patient_id, prescription_id, due_on,"
                    + " outcome, decision, injection_id, assessment_id, recorded_at) VALUES (?, ?, '2026-02-01', 'given',"
                    + " 'proceed', ?, ?, '2026-02-01T10:01:00.000Z')", p, rx, inj, assessment);
            insert(c, rows, "entered_in_error", "INSERT INTO entered_in_error (patient_id, dose_outcome_id, injection_id,"
                    + " reason, recorded_by, recorded_at) VALUES (?, ?, ?, 'wrong patient', 'AB', '2026-02-01T11:00:00.000Z')",
                    p, outcome, inj);
            insert(c, rows, "prescriber_reviews", "INSERT INTO prescriber_reviews (patient_id, assessment_id, reviewed_by,"
                    + " outcome, note, reviewed_at) VALUES (?, ?, 'Dr Lee', 'cleared_to_give', 'seen', '2026-02-02T09:00:00.000Z')",
                    p, assessment);
            insert(c, rows, "later_reactions", "INSERT INTO later_reactions (injection_id, reported_at, reactions)"
                    + " VALUES (?, '2026-02-03T10:00:00.000Z', '[\"rash\"]')", inj);
            insert(c, rows, "next_doses", "INSERT INTO next_doses (patient_id, due_on) VALUES (?, '2026-05-02')", p);
            AuditEntry e = store.auditLog.append(NURSE, AuditAction.PATIENT_CREATED, OptionalLong.of(p), "created");
            rows.computeIfAbsent("audit_log", t -> new ArrayList<>()).add(e.id());
            return p;
        });
    }

    private static long insert(Connection c, Map<String, List<Long>> rows, String table, String sql, Object... values)
            throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                rows.computeIfAbsent(table, t -> new ArrayList<>()).add(id);
                return id;
            }
        }
    }

    /**
     * The tables holding patient data, worked out from the schema (sqlite_schema, or PostgreSQL's
     * information_schema) independently of PatientTables.
     */
    private Set<String> tablesHoldingPatientData() {
        return store.database.read(c -> {
            Set<String> found = new LinkedHashSet<>(List.of("patients"));
            List<String> all = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(kind == StoreKind.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                            + " AND name <> 'flyway_schema_history'"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            for (boolean grew = true; grew; ) {
                grew = false;
                for (String t : all) {
                    if (found.contains(t)) {
                        continue;
                    }
                    boolean holds = false;
                    try (PreparedStatement s = c.prepareStatement(kind == StoreKind.SQLITE
                            ? "SELECT name FROM pragma_table_info(?)"
                            : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                    + " AND table_name = ?")) {
                        s.setString(1, t);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                holds |= rs.getString(1).equals("patient_id");
                            }
                        }
                    }
                    try (PreparedStatement s = c.prepareStatement(kind == StoreKind.SQLITE
                            ? "SELECT \"table\" FROM pragma_foreign_key_list(?)"
                            : "SELECT u.table_name FROM information_schema.table_constraints k"
                                    + " JOIN information_schema.constraint_column_usage u"
                                    + " ON u.constraint_schema = k.constraint_schema AND u.constraint_name = k.constraint_name"
                                    + " WHERE k.constraint_type = 'FOREIGN KEY' AND k.table_schema = current_schema()"
                                    + " AND k.table_name = ?")) {
                        s.setString(1, t);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                holds |= found.contains(rs.getString(1));
                            }
                        }
                    }
                    if (holds) {
                        found.add(t);
                        grew = true;
                    }
                }
            }
            return found;
        });
    }

    /** On PostgreSQL, which has no rowid, the row's key is its first column: the one the insert returned first. */
    private boolean rowExists(String table, long rowid) {
        return store.database.read(c -> {
            String key = kind == StoreKind.SQLITE ? "rowid" : PatientTables.quote(Dialect.POSTGRESQL.columns(c, table).get(0));
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + PatientTables.quote(table) + " WHERE "
                    + key + " = ?")) {
                s.setLong(1, rowid);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Test
    void theFixtureFillsEveryTableThatHoldsPatientData() {
        Set<String> tables = tablesHoldingPatientData();
        assertTrue(tables.size() >= 11, "found only " + tables);
        for (String table : tables) {
            assertTrue(ofAnna.containsKey(table), "The table " + table + " holds patient data but this test puts no"
                    + " rows in it: add rows to fill(...) so export and delete are shown to cover it");
        }
    }

    @Test
    void theExportHoldsEveryRowOnThePatientAndNoneOnAnother() throws Exception {
        JsonNode export = JSON.readTree(data.exportJson(anna));
        assertEquals(PatientData.FORMAT, export.get("format").asText());
        assertEquals("Anna O'Neil", export.get("patient").get("name").asText());
        JsonNode records = export.get("records");
        for (String table : tablesHoldingPatientData()) {
            if (table.equals("patients")) {
                continue;
            }
            assertTrue(records.has(table), "the export leaves out the table " + table);
            List<Long> exported = new ArrayList<>();
            records.get(table).forEach(row -> exported.add(row.has("id") ? row.get("id").asLong() : -1));
            assertEquals(ofAnna.get(table).size(), exported.size(), table + ": " + records.get(table));
            if (!exported.contains(-1L)) {
                assertEquals(ofAnna.get(table), exported, table);
            }
        }
        // stored JSON comes out as JSON, not as a string holding JSON
        assertEquals("proceed", records.get("assessments").get(0).get("report_json").get("decision").asText());
        assertEquals("rash", records.get("later_reactions").get(0).get("reactions").get(0).asText());
        assertFalse(export.toString().contains("Ben Ray"));
        assertFalse(export.toString().contains("P-2"));
    }

    @Test
    void exportingWritesAnOwnerOnlyFileAndIsAudited() throws Exception {
        Path file = dir.resolve("anna.json");
        data.exportTo(anna, file, NURSE);
        assertEquals("Anna O'Neil", JSON.readTree(file.toFile()).get("patient").get("name").asText());
        if (Backups.posix(file)) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
        List<AuditEntry> log = store.auditLog.list(AuditFilter.forAction(AuditAction.PATIENT_EXPORTED), 10);
        assertEquals(1, log.size());
        assertEquals(OptionalLong.of(anna), log.get(0).patientId());
        assertTrue(log.get(0).detail().contains("anna.json"));
    }

    @Test
    void deletingRemovesEveryRowOnThePatientKeepsTheAuditLogAndLeavesOthersAlone() {
        Map<String, Integer> counts = data.rowCounts(anna);
        Map<String, Integer> removed = data.delete(anna, NURSE);
        for (String table : tablesHoldingPatientData()) {
            for (long rowid : ofAnna.get(table)) {
                assertEquals(table.equals("audit_log"), rowExists(table, rowid), table + " row " + rowid);
            }
            for (long rowid : ofBen.get(table)) {
                assertTrue(rowExists(table, rowid), "another patient's row was removed from " + table);
            }
            if (PatientTables.WORKED_OUT.contains(table)) {
                // removed above with the rest, but not a record of its own to count for the user or the audit log
                assertFalse(removed.containsKey(table) || counts.containsKey(table), table);
            } else if (!table.equals("audit_log")) {
                assertEquals(ofAnna.get(table).size(), removed.get(table), table);
                assertEquals(ofAnna.get(table).size(), counts.get(table), table);
            }
        }
        List<AuditEntry> log = store.auditLog.list(AuditFilter.forAction(AuditAction.PATIENT_DELETED), 10);
        assertEquals(1, log.size());
        assertTrue(log.get(0).detail().startsWith("deleted patient P-1 with "), log.get(0).detail());
        assertFalse(log.get(0).detail().contains("Anna"), "the delete's entry keeps no name");
        if (kind == StoreKind.POSTGRESQL) {
            return; // the server checks every foreign key at each statement and has no integrity_check to run
        }
        assertEquals(Map.of("integrity_check", "ok"), store.database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertFalse(rs.next(), "a row points at a deleted one");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return Map.of("integrity_check", rs.getString(1));
            }
        }));
    }

    @Test
    void aFailedDeleteRemovesNothing() {
        // a trigger that refuses one table's delete halfway through stands in for any failure mid-way
        store.database.read(c -> {
            store.refuse(c, "DELETE", "injections", "refused");
            return null;
        });
        assertThrows(StoreException.class, () -> data.delete(anna, NURSE));
        for (Map.Entry<String, List<Long>> e : ofAnna.entrySet()) {
            for (long rowid : e.getValue()) {
                assertTrue(rowExists(e.getKey(), rowid), e.getKey() + " lost a row in a failed delete");
            }
        }
        assertTrue(store.auditLog.list(AuditFilter.forAction(AuditAction.PATIENT_DELETED), 10).isEmpty());
    }

    @Test
    void anUnknownPatientIsRefused() {
        assertThrows(RecordNotFoundException.class, () -> data.exportJson(999));
        assertThrows(RecordNotFoundException.class, () -> data.delete(999, NURSE));
    }
}
