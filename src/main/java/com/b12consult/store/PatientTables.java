package com.b12consult.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold rows about one patient, read from the schema itself rather than from a list kept by
 * hand: a table with a {@code patient_id} column, or with a foreign key to a row of such a table (a lab
 * result to its panel, a handout to its assessment). So a table a later migration adds is exported and
 * deleted with the patient without anyone remembering to list it.
 * <p>
 * Each table comes with a condition selecting that patient's rows; every {@code ?} in it is the patient's id.
 * Table and column names come from the schema and are quoted; no value is ever written into the SQL.
 */
final class PatientTables {
    static final String PATIENTS = "patients";
    static final String AUDIT_LOG = "audit_log";

    /** One table's rows of the patient: {@code SELECT ... FROM "table" WHERE <where>}, with {@code params} ids to bind. */
    record Rows(String table, String where, int params, Set<String> jsonColumns, Set<String> parents) {
        PreparedStatement prepare(Connection c, String selectOrDelete, long patientId) throws SQLException {
            PreparedStatement s = c.prepareStatement(selectOrDelete + " FROM " + quote(table) + " WHERE " + where);
            for (int i = 1; i <= params; i++) {
                s.setLong(i, patientId);
            }
            return s;
        }
    }

    private record ForeignKey(String from, String parent, String to) {
    }

    private PatientTables() {
    }

    /** Every table holding the patient's rows, the patients table first, in the schema's order otherwise. */
    static List<Rows> of(Connection c) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, sql FROM sqlite_schema WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'flyway_schema_history' ORDER BY rowid");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
            }
        }
        Map<String, List<String>> columns = new HashMap<>();
        Map<String, List<ForeignKey>> keys = new HashMap<>();
        for (String table : tables.keySet()) {
            columns.put(table, columnsOf(c, table));
            keys.put(table, foreignKeysOf(c, table));
        }
        Map<String, Rows> found = new LinkedHashMap<>();
        found.put(PATIENTS, new Rows(PATIENTS, quote("id") + " = ?", 1, jsonColumns(tables.get(PATIENTS),
                columns.get(PATIENTS)), Set.of()));
        // Until nothing new is found: a table may point at one found only in a later pass.
        boolean grew = true;
        for (int pass = 0; grew && pass <= tables.size(); pass++) {
            grew = false;
            for (String table : tables.keySet()) {
                if (table.equals(PATIENTS)) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                int params = 0;
                Set<String> parents = new HashSet<>();
                if (columns.get(table).contains("patient_id")) {
                    parts.add(quote("patient_id") + " = ?");
                    params++;
                }
                for (ForeignKey k : keys.get(table)) {
                    Rows parent = found.get(k.parent());
                    if (parent != null && !k.parent().equals(table)) {
                        String to = k.to() != null ? k.to() : "rowid";
                        parts.add(quote(k.from()) + " IN (SELECT " + quote(to) + " FROM " + quote(k.parent())
                                + " WHERE " + parent.where() + ")");
                        params += parent.params();
                        parents.add(k.parent());
                    }
                }
                Rows before = found.get(table);
                if (!parts.isEmpty() && (before == null || before.params() != params)) {
                    found.put(table, new Rows(table, String.join(" OR ", parts), params,
                            jsonColumns(tables.get(table), columns.get(table)), parents));
                    grew = true;
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Deleting in this order never leaves a row pointing at a deleted one: a table goes before those it points at. */
    static List<Rows> deletionOrder(List<Rows> rows) {
        List<Rows> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Rows> left = new ArrayList<>(rows);
        while (!left.isEmpty()) {
            boolean progress = false;
            for (Rows r : List.copyOf(left)) {
                boolean pointedAtByOneLeft = left.stream()
                        .anyMatch(o -> o != r && o.parents().contains(r.table()) && !placed.contains(o.table()));
                if (!pointedAtByOneLeft) {
                    order.add(r);
                    placed.add(r.table());
                    left.remove(r);
                    progress = true;
                }
            }
            if (!progress) {
                throw new StoreException("The tables " + left.stream().map(Rows::table).toList()
                        + " point at each other; a patient's rows cannot be deleted in a safe order.");
            }
        }
        return order;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<ForeignKey> foreignKeysOf(Connection c, String table) throws SQLException {
        List<ForeignKey> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }

    /** Columns the schema checks with {@code json_valid(...)}: exported as JSON, not as a string holding JSON. */
    private static Set<String> jsonColumns(String createSql, List<String> columns) {
        Set<String> json = new HashSet<>();
        String compact = createSql.replaceAll("\\s+", "");
        for (String column : columns) {
            if (compact.contains("json_valid(" + column + ")")) {
                json.add(column);
            }
        }
        return json;
    }
}
