package com.b12consult.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
    /**
     * Tables whose rows the store works out from the others (the next due day of schema 11): exported and deleted
     * with the patient, but not records of their own, so a confirmation or an audit entry does not count them.
     */
    static final Set<String> WORKED_OUT = Set.of("next_doses");

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

    private PatientTables() {
    }

    /** Every table holding the patient's rows, the patients table first, in the schema's order otherwise. */
    static List<Rows> of(Connection c, Dialect dialect) throws SQLException {
        List<String> tables = dialect.tables(c);
        Map<String, List<String>> columns = new HashMap<>();
        Map<String, List<Dialect.ForeignKey>> keys = new HashMap<>();
        Map<String, Set<String>> json = new HashMap<>();
        for (String table : tables) {
            columns.put(table, dialect.columns(c, table));
            keys.put(table, dialect.foreignKeys(c, table));
            json.put(table, dialect.jsonColumns(c, table));
        }
        Map<String, Rows> found = new LinkedHashMap<>();
        found.put(PATIENTS, new Rows(PATIENTS, quote("id") + " = ?", 1, json.get(PATIENTS), Set.of()));
        // Until nothing new is found: a table may point at one found only in a later pass.
        boolean grew = true;
        for (int pass = 0; grew && pass <= tables.size(); pass++) {
            grew = false;
            for (String table : tables) {
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
                for (Dialect.ForeignKey k : keys.get(table)) {
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
                            json.get(table), parents));
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
}
