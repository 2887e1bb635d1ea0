package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.RecordedLabPanel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Lab panels: one row per blood draw, one row per result in it. Values are kept in the unit entered. */
public final class LabRepository {
    private final Database database;
    private final AuditLog auditLog;

    public LabRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves a panel for a patient, all its results or none.
     *
     * @throws IllegalArgumentException if the panel has no results, a value is not a finite number, or a
     *                                  unit is not one its analyte accepts
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public RecordedLabPanel record(long patientId, LabPanel panel, Actor actor) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(actor, "actor");
        check(panel);
        return database.inTransaction(c -> insert(c, patientId, panel, actor));
    }

    /** Inserts a checked panel on the caller's connection, inside the caller's transaction, with its audit entry. */
    RecordedLabPanel insert(Connection c, long patientId, LabPanel panel, Actor actor) throws SQLException {
        check(panel);
        Repositories.requirePatient(c, patientId);
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lab_panels (patient_id, taken_on) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, patientId);
            s.setString(2, StoredValues.date(panel.takenOn()));
            s.executeUpdate();
            id = Repositories.generatedId(s);
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO lab_results (panel_id, analyte, value, unit) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Analyte, Quantity> r : panel.results().entrySet()) {
                s.setLong(1, id);
                s.setString(2, r.getKey().code());
                s.setDouble(3, r.getValue().value());
                s.setString(4, r.getValue().unit().code());
                s.addBatch();
            }
            s.executeBatch();
        }
        auditLog.append(actor, AuditAction.LAB_PANEL_RECORDED, OptionalLong.of(patientId),
                "taken on " + panel.takenOn() + ": " + panel.results().keySet().stream()
                        .map(Analyte::code).collect(Collectors.joining(", ")));
        return new RecordedLabPanel(id, patientId, panel);
    }

    public Optional<RecordedLabPanel> findById(long id) {
        return database.read(c -> panels(c, "id = ?", id).stream().findFirst());
    }

    /** The patient's panels, the most recent draw first. */
    public List<RecordedLabPanel> listForPatient(long patientId) {
        return database.read(c -> panels(c, "patient_id = ?", patientId));
    }

    private static void check(LabPanel panel) {
        if (panel.results().isEmpty()) {
            throw new IllegalArgumentException("A lab panel needs at least one result");
        }
        for (Map.Entry<Analyte, Quantity> r : panel.results().entrySet()) {
            Analyte analyte = r.getKey();
            Quantity q = r.getValue();
            if (!Double.isFinite(q.value())) {
                throw new IllegalArgumentException(analyte.label() + " must be a number, was " + q.value());
            }
            if (!analyte.accepts(q.unit())) {
                throw new IllegalArgumentException(analyte.label() + " cannot be given in " + q.unit().code()
                        + "; accepted units: " + analyte.acceptedUnits().stream().map(LabUnit::code)
                        .collect(Collectors.joining(", ")));
            }
        }
    }

    private record PanelRow(long id, long patientId, LocalDate takenOn) {
    }

    /**
     * The panels that meet {@code where} (a condition on lab_panels with one parameter, {@code key}) with their
     * results, the latest taken first: two queries however many panels, the results of them all read at once.
     */
    private static List<RecordedLabPanel> panels(Connection c, String where, long key) throws SQLException {
        List<PanelRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, patient_id, taken_on FROM lab_panels WHERE "
                + where + " ORDER BY taken_on DESC, id DESC")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PanelRow(rs.getLong("id"), rs.getLong("patient_id"),
                            StoredValues.date(rs.getString("taken_on"))));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Analyte, Quantity>> results = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT panel_id, analyte, value, unit FROM lab_results"
                + " WHERE panel_id IN (SELECT id FROM lab_panels WHERE " + where + ")")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    results.computeIfAbsent(rs.getLong("panel_id"), id -> new EnumMap<>(Analyte.class))
                            .put(StoredValues.decode(Analyte.class, rs.getString("analyte")),
                                    new Quantity(rs.getDouble("value"), StoredValues.decode(LabUnit.class, rs.getString("unit"))));
                }
            }
        }
        List<RecordedLabPanel> out = new ArrayList<>(rows.size());
        for (PanelRow row : rows) {
            out.add(new RecordedLabPanel(row.id(), row.patientId(), new LabPanel(row.takenOn(),
                    results.getOrDefault(row.id(), new EnumMap<>(Analyte.class)))));
        }
        return out;
    }
}
