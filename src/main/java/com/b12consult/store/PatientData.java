package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Everything held on one patient, as one whole: exported to a JSON file (for the patient, or for another
 * clinic), or deleted. The tables come from the schema ({@link PatientTables}), so a table added later is
 * never left out. Both are audited; the audit log keeps its entries about a deleted patient (it has no
 * foreign key, on purpose), and the delete's own entry names the identifier and what was removed, not the name.
 */
public final class PatientData {
    public static final String FORMAT = "b12consult-patient-export";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final AuditLog auditLog;

    public PatientData(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** How many rows each table holds on the patient (patients itself: 1), for a confirmation to name them. */
    public Map<String, Integer> rowCounts(long patientId) {
        return database.read(c -> {
            Repositories.requirePatient(c, patientId);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PatientTables.Rows rows : PatientTables.of(c, database.dialect())) {
                if (PatientTables.WORKED_OUT.contains(rows.table())) {
                    continue;
                }
                try (PreparedStatement s = rows.prepare(c, "SELECT count(*)", patientId);
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.put(rows.table(), rs.getInt(1));
                }
            }
            return counts;
        });
    }

    /** The export as JSON text: the patient's row, then every table's rows on the patient (empty ones too). */
    public String exportJson(long patientId) {
        ObjectNode root = database.read(c -> export(c, patientId));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write the export of patient " + patientId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the export to {@code file} (owner-only, replaced whole: a reader never sees half a file) and
     * audits it.
     */
    public void exportTo(long patientId, Path file, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        String json = exportJson(patientId);
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Backups.createOwnerOnlyFile(partial);
            Files.writeString(partial, json, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the failure to write matters more than a leftover partial file
            }
            throw new StoreException("Cannot write the export to " + target + ": " + e.getMessage(), e);
        }
        auditLog.append(actor, AuditAction.PATIENT_EXPORTED, OptionalLong.of(patientId),
                "exported to " + target.getFileName());
    }

    /**
     * Removes every row on the patient, in one transaction, except the audit log's; then audits the delete.
     * @return how many rows each table of records lost (not the rows {@link PatientTables#WORKED_OUT})
     */
    public Map<String, Integer> delete(long patientId, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> {
            Repositories.requirePatient(c, patientId);
            String identifier;
            try (PreparedStatement s = c.prepareStatement("SELECT identifier FROM patients WHERE id = ?")) {
                s.setLong(1, patientId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    identifier = rs.getString(1);
                }
            }
            Map<String, Integer> removed = new LinkedHashMap<>();
            for (PatientTables.Rows rows : PatientTables.deletionOrder(PatientTables.of(c, database.dialect()))) {
                if (rows.table().equals(PatientTables.AUDIT_LOG)) {
                    continue;
                }
                try (PreparedStatement s = rows.prepare(c, "DELETE", patientId)) {
                    int n = s.executeUpdate();
                    if (!PatientTables.WORKED_OUT.contains(rows.table())) {
                        removed.put(rows.table(), n);
                    }
                }
            }
            StringBuilder detail = new StringBuilder("deleted patient " + identifier + " with");
            removed.forEach((table, n) -> {
                if (n > 0 && !table.equals(PatientTables.PATIENTS)) {
                    detail.append(' ').append(n).append(' ').append(table).append(',');
                }
            });
            String text = detail.charAt(detail.length() - 1) == ',' ? detail.substring(0, detail.length() - 1)
                    : detail + " no other records";
            auditLog.append(actor, AuditAction.PATIENT_DELETED, OptionalLong.of(patientId), text);
            return removed;
        });
    }

    private ObjectNode export(Connection c, long patientId) throws SQLException {
        Repositories.requirePatient(c, patientId);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode records = JsonNodeFactory.instance.objectNode();
        for (PatientTables.Rows rows : PatientTables.of(c, database.dialect())) {
            ArrayNode list = records.putArray(rows.table());
            try (PreparedStatement s = rows.prepare(c, "SELECT *", patientId); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(row(rs, rows));
                }
            }
        }
        root.set("patient", records.remove(PatientTables.PATIENTS).get(0));
        root.set("records", records);
        return root;
    }

    private static ObjectNode row(ResultSet rs, PatientTables.Rows rows) throws SQLException {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            Object value = rs.getObject(i);
            if (value == null) {
                row.putNull(name);
            } else if (value instanceof Integer || value instanceof Long) {
                row.put(name, ((Number) value).longValue());
            } else if (value instanceof Number n) {
                row.put(name, n.doubleValue());
            } else if (value instanceof byte[] bytes || meta.getColumnType(i) == Types.BLOB) {
                row.put(name, Base64.getEncoder().encodeToString(rs.getBytes(i)));
            } else if (rows.jsonColumns().contains(name)) {
                try {
                    row.set(name, JSON.readTree(value.toString()));
                } catch (JsonProcessingException notJson) {
                    row.put(name, value.toString());
                }
            } else {
                row.put(name, value.toString());
            }
        }
        return row;
    }
}
