package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.SymptomCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** The headache diary. Onset times are kept to the second. */
public final class HeadacheRepository {
    private static final String COLUMNS = "id, patient_id, onset_at, severity, type, associated";

    private final Database database;
    private final AuditLog auditLog;

    public HeadacheRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves a diary entry for a patient.
     *
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public RecordedHeadache record(long patientId, HeadacheEntry entry, Actor actor) {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> insert(c, patientId, entry, actor));
    }

    /** Inserts a diary entry on the caller's connection, inside the caller's transaction, with its audit entry. */
    RecordedHeadache insert(Connection c, long patientId, HeadacheEntry entry, Actor actor) throws SQLException {
        Repositories.requirePatient(c, patientId);
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO headache_entries (patient_id, onset_at,"
                + " severity, type, associated) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, patientId);
            s.setString(2, StoredValues.localMoment(entry.onsetAt()));
            s.setInt(3, entry.severity());
            s.setString(4, entry.type().code());
            s.setString(5, StoredValues.codeList(entry.associated()));
            s.executeUpdate();
            id = Repositories.generatedId(s);
        }
        auditLog.append(actor, AuditAction.HEADACHE_RECORDED, OptionalLong.of(patientId),
                entry.type().code() + " headache, severity " + entry.severity() + ", from " + entry.onsetAt());
        HeadacheEntry stored = new HeadacheEntry(StoredValues.toSecond(entry.onsetAt()),
                entry.severity(), entry.type(), entry.associated());
        return new RecordedHeadache(id, patientId, stored);
    }

    public Optional<RecordedHeadache> findById(long id) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM headache_entries WHERE id = ?")) {
                s.setLong(1, id);
                return all(s).stream().findFirst();
            }
        });
    }

    /** The patient's diary, the most recent onset first. */
    public List<RecordedHeadache> listForPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM headache_entries"
                    + " WHERE patient_id = ? ORDER BY onset_at DESC, id DESC")) {
                s.setLong(1, patientId);
                return all(s);
            }
        });
    }

    private static List<RecordedHeadache> all(PreparedStatement s) throws SQLException {
        List<RecordedHeadache> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                HeadacheEntry entry = new HeadacheEntry(StoredValues.localMoment(rs.getString("onset_at")),
                        rs.getInt("severity"), StoredValues.decode(HeadacheType.class, rs.getString("type")),
                        StoredValues.codeList(SymptomCode.class, rs.getString("associated")));
                out.add(new RecordedHeadache(rs.getLong("id"), rs.getLong("patient_id"), entry));
            }
        }
        return out;
    }
}
