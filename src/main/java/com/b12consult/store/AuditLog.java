package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The append-only record of who did what. Entries are only ever added; the database refuses changes
 * and deletions. Repositories append from inside their own transaction, so a change and its entry are
 * saved together or not at all.
 */
public final class AuditLog {
    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds an entry stamped with the current time; joins the caller's transaction if there is one. */
    public AuditEntry append(Actor actor, AuditAction action, OptionalLong patientId, String detail) {
        return append(actor, action, patientId, detail, now());
    }

    /** The current time as the log stamps it, for a record saved together with its entry. */
    Instant now() {
        return StoredValues.stamp(clock.instant());
    }

    AuditEntry append(Actor actor, AuditAction action, OptionalLong patientId, String detail, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
        long id = database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO audit_log (at, os_user, initials, action, patient_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, StoredValues.instant(at));
                s.setString(2, actor.osUser());
                s.setString(3, actor.initials());
                s.setString(4, action.code());
                if (patientId.isPresent()) {
                    s.setLong(5, patientId.getAsLong());
                } else {
                    s.setNull(5, Types.INTEGER);
                }
                s.setString(6, detail);
                s.executeUpdate();
                return Repositories.generatedId(s);
            }
        });
        return new AuditEntry(id, at, actor, action, patientId, detail);
    }

    /** The newest entries first, at most {@code limit} of them. */
    public List<AuditEntry> list(AuditFilter filter, int limit) {
        return page(filter, OptionalLong.empty(), limit);
    }

    /**
     * One page, newest first: the entries older than {@code beforeId} (all, when absent), at most {@code limit}.
     * Paging by id rather than by offset keeps every page as quick as the first on a long log.
     */
    public List<AuditEntry> page(AuditFilter filter, OptionalLong beforeId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "SELECT id, at, os_user, initials, action, patient_id, detail FROM audit_log WHERE 1 = 1");
        where(filter, sql, params);
        if (beforeId.isPresent()) {
            sql.append(" AND id < ?");
            params.add(beforeId.getAsLong());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        params.add(limit);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, params);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            }
        });
    }

    /** The newest entry of this action about the patient; joins the caller's transaction if there is one. */
    Optional<AuditEntry> newest(long patientId, AuditAction action) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, os_user, initials, action, patient_id, detail"
                    + " FROM audit_log WHERE patient_id = ? AND action = ? ORDER BY id DESC LIMIT 1")) {
                s.setLong(1, patientId);
                s.setString(2, action.code());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
                }
            }
        });
    }

    /** How many entries the filter lets through. */
    public long count(AuditFilter filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM audit_log WHERE 1 = 1");
        where(filter, sql, params);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, params);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Only fixed SQL fragments are appended; every value goes into {@code params}, bound later. */
    private static void where(AuditFilter filter, StringBuilder sql, List<Object> params) {
        filter.patientId().ifPresent(id -> {
            sql.append(" AND patient_id = ?");
            params.add(id);
        });
        filter.action().ifPresent(a -> {
            sql.append(" AND action = ?");
            params.add(a.code());
        });
        filter.user().ifPresent(u -> {
            sql.append(" AND (lower(os_user) = lower(?) OR lower(initials) = lower(?))");
            params.add(u);
            params.add(u);
        });
        filter.from().ifPresent(t -> {
            sql.append(" AND at >= ?");
            params.add(StoredValues.instant(StoredValues.stamp(t)));
        });
        filter.until().ifPresent(t -> {
            sql.append(" AND at < ?");
            params.add(StoredValues.instant(StoredValues.stamp(t)));
        });
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long patient = rs.getLong("patient_id");
        OptionalLong patientId = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(patient);
        return new AuditEntry(rs.getLong("id"), StoredValues.instant(rs.getString("at")),
                new Actor(rs.getString("os_user"), rs.getString("initials")),
                StoredValues.decode(AuditAction.class, rs.getString("action")), patientId, rs.getString("detail"));
    }
}
