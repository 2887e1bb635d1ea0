package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Moving a clinic's file into an empty database (a file, or the clinic server) and back: every row of every table
 * arrives as it was, ids kept and continued, in one transaction that a refusal, a failure or a difference found
 * by the check rolls back whole.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class StoreMoveTest {
    /** Where the data moves to; it comes from a file. */
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture source;
    StoreFixture target;

    @BeforeEach
    void open() throws Exception {
        for (String folder : List.of("source", "target", "home")) {
            java.nio.file.Files.createDirectories(dir.resolve(folder));
        }
        source = new StoreFixture(dir.resolve("source"));
        target = new StoreFixture(dir.resolve("target"), kind);
    }

    @AfterEach
    void close() {
        for (StoreFixture s : new StoreFixture[] {source, target}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private StoreMove.Moved move(StoreFixture from, StoreFixture to) {
        return new StoreMove(from.database, to.database, to.clock).move(NURSE);
    }

    @Test
    void everyRowOfEveryTableArrivesAsItWasAndTheMoveIsAudited() {
        ClinicRecords.fill(source);
        Map<String, List<List<Object>>> before = everything(source.database);

        StoreMove.Moved moved = move(source, target);

        assertSameRows(before, withoutMoves(everything(target.database)));
        for (Map.Entry<String, List<List<Object>>> table : before.entrySet()) {
            assertFalse(table.getValue().isEmpty(), "ClinicRecords.fill leaves the table " + table.getKey() + " empty:"
                    + " save a record of it there (through its repository), so the move is shown to carry it");
        }
        assertEquals(List.copyOf(before.keySet()).stream().sorted().toList(),
                moved.tables().stream().map(StoreMove.TableMoved::table).sorted().toList());
        moved.tables().forEach(t -> assertEquals(before.get(t.table()).size(), t.rows(), t.table()));
        List<AuditEntry> entries = target.auditLog.list(AuditFilter.forAction(AuditAction.DATABASE_MOVED), 10);
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).detail().contains(source.file.toString()), entries.get(0).detail());
        assertEquals(before, everything(source.database), "the source is left as it was");
    }

    @Test
    void aRoundTripBackIntoAFileGivesIdenticalRows() throws Exception {
        ClinicRecords.fill(source);
        Map<String, List<List<Object>>> before = everything(source.database);
        move(source, target);
        try (StoreFixture home = new StoreFixture(dir.resolve("home"))) {
            move(target, home);
            assertSameRows(before, withoutMoves(everything(home.database)));
            assertEquals(2, home.auditLog.list(AuditFilter.forAction(AuditAction.DATABASE_MOVED), 10).size(),
                    "both moves are on record");
        }
    }

    @Test
    void idsContinueAfterTheCopyAndAreNeverHandedOutAgain() {
        List<Long> patients = ClinicRecords.fill(source);
        long greatestInjection = maxId(source.database, "injections");
        long greatestAudit = maxId(source.database, "audit_log");
        move(source, target);

        PatientRepository repository = new PatientRepository(target.database, target.auditLog);
        Patient next = repository.create(Patient.unsaved("New after the move", "P-new", Optional.empty(), Sex.FEMALE,
                KnownAllergies.NOT_RECORDED), NURSE);
        long greatestPatientEver = source.database.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT max(patient_id) FROM audit_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertTrue(next.id() > greatestPatientEver && next.id() > patients.stream().mapToLong(l -> l).max().orElseThrow(),
                "a new patient got " + next.id() + ", an id given before");
        long injection = new InjectionRepository(target.database, target.auditLog).record(next.id(), new Injection(
                LocalDateTime.of(2026, 12, 1, 9, 0), Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_THIGH,
                List.of()), NURSE).id();
        assertTrue(injection > greatestInjection, injection + " after " + greatestInjection);
        AuditEntry entry = target.auditLog.append(NURSE, AuditAction.SETTING_CHANGED, OptionalLong.empty(), "x");
        assertTrue(entry.id() > greatestAudit + 1, "the move's own entry comes after the copied ones, then this one");
    }

    @Test
    void fromOneServerDatabaseToAnotherTheIdsOfDeletedRowsAreNotHandedOutAgain() throws Exception {
        if (kind == StoreKind.SQLITE) {
            return; // a file's tables continue after their greatest id, as the file itself always did
        }
        move(source, target);
        InjectionRepository injections = new InjectionRepository(target.database, target.auditLog);
        long gone = new PatientRepository(target.database, target.auditLog).create(Patient.unsaved("Gone", "P-9",
                Optional.empty(), Sex.MALE, KnownAllergies.NOT_RECORDED), NURSE).id();
        long deletedInjection = injections.record(gone, new Injection(LocalDateTime.of(2026, 12, 1, 9, 0),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_THIGH, List.of()), NURSE).id();
        new PatientData(target.database, target.auditLog).delete(gone, NURSE);
        try (StoreFixture second = new StoreFixture(dir.resolve("home"), kind)) {
            move(target, second);
            long next = new InjectionRepository(second.database, second.auditLog).record(
                    new PatientRepository(second.database, second.auditLog).create(Patient.unsaved("New", "P-10",
                            Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE).id(),
                    new Injection(LocalDateTime.of(2026, 12, 2, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                            InjectionSite.LEFT_THIGH, List.of()), NURSE).id();
            assertTrue(next > deletedInjection, next + " was handed out before, to " + deletedInjection);
        }
    }

    @Test
    void aTargetHoldingAnyRowIsRefusedNamingTheTableAndLeftUnchanged() {
        ClinicRecords.fill(source);
        new SettingsRepository(target.database, target.auditLog).put(SettingKey.CLINIC_NAME, "Other clinic", NURSE);
        Map<String, List<List<Object>>> before = everything(target.database);

        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));

        assertEquals(StoreMove.RefusedException.Reason.TARGET_NOT_EMPTY, e.reason());
        assertTrue(e.getMessage().contains("settings (1 row)") && e.getMessage().contains("audit_log (1 row)")
                && e.getMessage().contains(target.location.describe()), e.getMessage());
        assertEquals(before, everything(target.database));
    }

    @Test
    void aRowTheTargetRefusesMidwayLeavesTheTargetEmpty() throws Exception {
        ClinicRecords.fill(source);
        // a lab panel of a patient who is not there, written past the file's foreign keys (off in a bare connection)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO lab_panels (id, patient_id, taken_on) VALUES (777, 9999, '2026-11-02')");
        }

        StoreException e = assertThrows(StoreException.class, () -> move(source, target));

        assertTrue(e.getMessage().contains("lab_panels") && e.getMessage().contains("777")
                && e.getMessage().contains("left as it was"), e.getMessage());
        everything(target.database).forEach((table, rows) -> assertEquals(List.of(), rows, table));
    }

    @Test
    void aNulCharacterIsRefusedByTheServerNamingTableRowAndColumn() throws Exception {
        List<Long> patients = ClinicRecords.fill(source);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.file);
             var s = c.prepareStatement("UPDATE patients SET known_allergies = ? WHERE id = ?")) {
            s.setString(1, "penicillin\u0000");
            s.setLong(2, patients.get(3));
            s.executeUpdate();
        }
        if (kind == StoreKind.SQLITE) {
            move(source, target); // a file holds it as it is
            assertSameRows(everything(source.database), withoutMoves(everything(target.database)));
            return;
        }
        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));
        assertEquals(StoreMove.RefusedException.Reason.VALUE_NOT_STORABLE, e.reason());
        assertTrue(e.getMessage().contains("patients with id " + patients.get(3))
                && e.getMessage().contains("known_allergies") && e.getMessage().contains("U+0000"), e.getMessage());
        everything(target.database).forEach((table, rows) -> assertEquals(List.of(), rows, table));
    }

    @Test
    void aDifferenceTheCheckFindsRollsTheCopyBackNamingTheTable() throws Exception {
        if (kind == StoreKind.SQLITE) {
            return; // SQLite cannot change a column's type, and the copy sets aside the triggers that could stand in
        }
        ClinicRecords.fill(source);
        // a target that keeps lab values in single precision: 1/3 arrives as a different number
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE lab_results ALTER COLUMN value TYPE real");
        }
        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));

        assertEquals(StoreMove.RefusedException.Reason.CHECK_FAILED, e.reason());
        assertTrue(e.getMessage().contains("lab_results") && e.getMessage().contains("content different"), e.getMessage());
        everything(target.database).forEach((table, rows) -> assertEquals(List.of(), rows, table));
    }

    @Test
    void aTextThatIsNotUtf8IsNotCopiedAsSomethingElse() throws Exception {
        List<Long> patients = ClinicRecords.fill(source);
        // bytes SQLite stores as they come; read as Java text, the 0xFF would become U+FFFD
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.file);
             var s = c.prepareStatement("UPDATE patients SET known_allergies = CAST(X'70656EFF6963' AS TEXT)"
                     + " WHERE id = ?")) {
            s.setLong(1, patients.get(0));
            s.executeUpdate();
        }
        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));
        assertEquals(StoreMove.RefusedException.Reason.CHECK_FAILED, e.reason());
        assertTrue(e.getMessage().contains("table patients"), e.getMessage());
        everything(target.database).forEach((table, rows) -> assertEquals(List.of(), rows, table));
    }

    @Test
    void oneDatabaseOnBothSidesIsRefused() throws Exception {
        ClinicRecords.fill(target);
        try (StoreFixture again = new StoreFixture(dir.resolve("target"), kind)) {
            StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(target, again));
            assertEquals(StoreMove.RefusedException.Reason.SAME_DATABASE, e.reason());
        }
    }

    @Test
    void schemasOfDifferentVersionsAreRefusedNamingBoth() throws Exception {
        ClinicRecords.fill(source);
        // as if the target had been opened by a later version with one schema change more
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                    + " 'V99__later.sql', 0, 'b12', 0, TRUE)");
        }
        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));
        assertEquals(StoreMove.RefusedException.Reason.DIFFERENT_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains(source.location.describe())
                && e.getMessage().contains(target.location.describe()), e.getMessage());
        everything(target.database).forEach((table, rows) -> assertEquals(List.of(), rows, table));
    }

    @Test
    void aTableWithOtherColumnsIsRefusedNamingIt() throws Exception {
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE handouts ADD COLUMN printed_by text");
        }
        StoreMove.RefusedException e = assertThrows(StoreMove.RefusedException.class, () -> move(source, target));
        assertEquals(StoreMove.RefusedException.Reason.DIFFERENT_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("handouts") && e.getMessage().contains("printed_by"), e.getMessage());
    }

    /** The same tables with the same rows; a difference is shown as the table and the first row that differs. */
    static void assertSameRows(Map<String, List<List<Object>>> expected, Map<String, List<List<Object>>> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String table : expected.keySet()) {
            List<List<Object>> e = expected.get(table);
            List<List<Object>> a = actual.get(table);
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                if (!e.get(i).equals(a.get(i))) {
                    assertEquals(shorten(e.get(i)), shorten(a.get(i)), table + " row " + i);
                    assertEquals(e.get(i), a.get(i), table + " row " + i);
                }
            }
            assertEquals(e.size(), a.size(), table + " rows");
        }
    }

    private static String shorten(List<Object> row) {
        return row.stream().map(v -> v == null ? "null" : v.getClass().getSimpleName() + ":"
                + (v.toString().length() > 60 ? v.toString().substring(0, 30) + "..." + v.toString().length() : v))
                .toList().toString();
    }

    /** Every table's rows, the columns in the source's order, blobs as hex so that lists compare by content. */
    static Map<String, List<List<Object>>> everything(Database db) {
        return db.read(c -> {
            Map<String, List<List<Object>>> all = new LinkedHashMap<>();
            List<String> tables = new ArrayList<>(db.dialect().tables(c));
            // each database's own count of its writes, not the clinic's data: not moved (StoreMove says why)
            tables.remove(Database.CHANGE_COUNTER_TABLE);
            tables.sort(null);
            for (String table : tables) {
                List<String> columns = new ArrayList<>(db.dialect().columns(c, table));
                columns.sort(null);
                List<List<Object>> rows = new ArrayList<>();
                TableRows.read(c, table, columns, row -> {
                    List<Object> values = new ArrayList<>();
                    for (Object v : row) {
                        values.add(v instanceof byte[] b ? "0x" + HexFormat.of().formatHex(b) : v);
                    }
                    rows.add(values);
                });
                // in one order on both sides (the databases put NULL at opposite ends)
                rows.sort(java.util.Comparator.comparing(Object::toString));
                all.put(table, rows);
            }
            return all;
        });
    }

    /** The audit log as it was before the moves: the entries each move added on its target are taken out. */
    static Map<String, List<List<Object>>> withoutMoves(Map<String, List<List<Object>>> all) {
        Map<String, List<List<Object>>> copy = new LinkedHashMap<>(all);
        copy.put("audit_log", all.get("audit_log").stream()
                .filter(row -> !row.contains(AuditAction.DATABASE_MOVED.code())).toList());
        return copy;
    }

    private static long maxId(Database db, String table) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT max(id) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
