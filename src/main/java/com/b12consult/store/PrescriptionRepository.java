package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.CourseSoFar;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A patient's prescriptions. A new prescription is added rather than an old one changed, so the history
 * of what was prescribed when is kept; the one in force on a day is the latest started by then.
 */
public final class PrescriptionRepository {
    private static final String COLUMNS = "id, patient_id, product, dose_micrograms, loading_interval_days,"
            + " loading_doses, maintenance_interval_days, start_date";
    /** {@link #COLUMNS} of the prescriptions aliased {@code p}. */
    private static final String P_COLUMNS = "p.id, p.patient_id, p.product, p.dose_micrograms,"
            + " p.loading_interval_days, p.loading_doses, p.maintenance_interval_days, p.start_date";

    private final Database database;
    private final AuditLog auditLog;

    public PrescriptionRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves a new prescription and returns it with its database id.
     *
     * @throws RecordNotFoundException if its patient is not in the database
     */
    public Prescription add(Prescription prescription, Actor actor) {
        if (prescription.isSaved()) {
            throw new IllegalArgumentException("Prescription " + prescription.id() + " is already saved");
        }
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> insert(c, prescription, actor));
    }

    /** Inserts an unsaved prescription on the caller's connection, inside the caller's transaction, with its audit entry. */
    Prescription insert(Connection c, Prescription prescription, Actor actor) throws SQLException {
        if (prescription.isSaved()) {
            throw new IllegalArgumentException("Prescription " + prescription.id() + " is already saved");
        }
        Repositories.requirePatient(c, prescription.patientId());
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO prescriptions (patient_id, product,"
                + " dose_micrograms, loading_interval_days, loading_doses, maintenance_interval_days, start_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, prescription.patientId());
            s.setString(2, prescription.product().code());
            s.setDouble(3, prescription.doseMicrograms());
            Optional<LoadingCourse> loading = prescription.schedule().loading();
            if (loading.isPresent()) {
                s.setInt(4, loading.get().intervalDays());
                s.setInt(5, loading.get().doses());
            } else {
                s.setNull(4, Types.INTEGER);
                s.setNull(5, Types.INTEGER);
            }
            s.setInt(6, prescription.schedule().maintenanceIntervalDays());
            s.setString(7, StoredValues.date(prescription.startDate()));
            s.executeUpdate();
            id = Repositories.generatedId(s);
        }
        NextDoses.follow(c, database.dialect(), prescription.patientId());
        auditLog.append(actor, AuditAction.PRESCRIPTION_ADDED, OptionalLong.of(prescription.patientId()),
                describe(prescription));
        return prescription.withId(id);
    }

    public Optional<Prescription> findById(long id) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM prescriptions WHERE id = ?")) {
                s.setLong(1, id);
                List<Prescription> found = all(s);
                return found.stream().findFirst();
            }
        });
    }

    /** The patient's prescriptions, the latest start date first. */
    public List<Prescription> listForPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM prescriptions"
                    + " WHERE patient_id = ? ORDER BY start_date DESC, id DESC")) {
                s.setLong(1, patientId);
                return all(s);
            }
        });
    }

    /** The prescription in force on a day: the latest one started on or before it (the latest added on a tie). */
    public Optional<Prescription> currentOn(long patientId, LocalDate day) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM prescriptions"
                    + " WHERE patient_id = ? AND start_date <= ? ORDER BY start_date DESC, id DESC LIMIT 1")) {
                s.setLong(1, patientId);
                s.setString(2, StoredValues.date(day));
                return all(s).stream().findFirst();
            }
        });
    }

    /**
     * The course in force on {@code day} of every patient who has a prescription then, by patient id: the
     * prescription {@link #currentOn} chooses, with the count and the last day of the doses given since its start
     * (doses entered in error left out, as {@link InjectionRepository#listForPatient} leaves them). One query,
     * however many patients the clinic has.
     */
    public Map<Long, CourseSoFar> coursesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return database.read(c -> courses(c, database.dialect(), day, null));
    }

    /** {@link #coursesOn(LocalDate)} for these patients only: still one query, however many they are. */
    public Map<Long, CourseSoFar> coursesOn(Collection<Long> patientIds, LocalDate day) {
        Objects.requireNonNull(patientIds, "patientIds");
        Objects.requireNonNull(day, "day");
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return database.read(c -> courses(c, database.dialect(), day, patientIds));
    }

    /**
     * The courses of {@link #coursesOn} on the caller's connection (inside the caller's transaction, if any).
     *
     * @param patientIds {@code null} for every patient
     */
    static Map<Long, CourseSoFar> courses(Connection c, Dialect sql, LocalDate day, Collection<Long> patientIds)
            throws SQLException {
        String where = patientIds == null ? "" : " AND p.patient_id IN (" + sql.idListRows() + ")";
        // The prescription in force is the one no other of the patient's, started by the day, comes after (later
        // start, or the same start and added later): currentOn's ORDER BY start_date DESC, id DESC LIMIT 1 as a
        // set. Text moments sort as time, and a moment of the start date sorts after the bare date, so
        // given_at >= start_date keeps exactly the doses of the start day and after. Grouped by the primary key,
        // the prescription's other columns may be selected as they are (on PostgreSQL too).
        String query = "SELECT " + P_COLUMNS + ", count(i.id) AS doses_given, max(i.given_at) AS last_given"
                + " FROM prescriptions p"
                + " LEFT JOIN injections i ON i.patient_id = p.patient_id AND i.given_at >= p.start_date"
                + " AND NOT EXISTS (SELECT 1 FROM entered_in_error e WHERE e.injection_id = i.id)"
                + " WHERE p.start_date <= ?"
                + where
                + " AND NOT EXISTS (SELECT 1 FROM prescriptions later WHERE later.patient_id = p.patient_id"
                + " AND later.start_date <= ? AND (later.start_date > p.start_date"
                + " OR (later.start_date = p.start_date AND later.id > p.id)))"
                + " GROUP BY p.id";
        Map<Long, CourseSoFar> out = new HashMap<>();
        // A clinic's courses start and last had a dose on a few hundred distinct days: each is parsed once.
        Map<String, LocalDate> days = new HashMap<>();
        Function<String, LocalDate> parsed = text -> days.computeIfAbsent(text, StoredValues::date);
        try (PreparedStatement s = c.prepareStatement(query)) {
            int n = 1;
            s.setString(n++, StoredValues.date(day));
            if (patientIds != null) {
                s.setString(n++, Dialect.idList(patientIds));
            }
            s.setString(n, StoredValues.date(day));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Prescription prescription = prescription(rs, parsed);
                    String last = rs.getString("last_given");
                    // a stored moment's first ten characters are its day (StoredValues.localMoment)
                    CourseSoFar before = out.put(prescription.patientId(), new CourseSoFar(prescription,
                            rs.getInt("doses_given"),
                            last == null ? Optional.empty() : Optional.of(parsed.apply(last.substring(0, 10)))));
                    if (before != null) {
                        throw new IllegalStateException("Two prescriptions in force on " + day + " for patient "
                                + prescription.patientId() + ": " + before.prescription().id() + " and "
                                + prescription.id());
                    }
                }
            }
        }
        return out;
    }

    private static String describe(Prescription p) {
        String loading = p.schedule().loading()
                .map(l -> l.doses() + " loading doses every " + l.intervalDays() + " days, then ")
                .orElse("");
        return p.product().code() + " " + p.doseMicrograms() + " ug from " + p.startDate() + ": " + loading
                + "every " + p.schedule().maintenanceIntervalDays() + " days";
    }

    private static List<Prescription> all(PreparedStatement s) throws SQLException {
        List<Prescription> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(prescription(rs));
            }
        }
        return out;
    }

    private static Prescription prescription(ResultSet rs) throws SQLException {
        return prescription(rs, StoredValues::date);
    }

    private static Prescription prescription(ResultSet rs, Function<String, LocalDate> day) throws SQLException {
        int interval = rs.getInt("loading_interval_days");
        Optional<LoadingCourse> loading = rs.wasNull()
                ? Optional.empty()
                : Optional.of(new LoadingCourse(interval, rs.getInt("loading_doses")));
        return new Prescription(rs.getLong("id"), rs.getLong("patient_id"),
                StoredValues.decode(Product.class, rs.getString("product")), rs.getDouble("dose_micrograms"),
                new DosingSchedule(loading, rs.getInt("maintenance_interval_days")),
                day.apply(rs.getString("start_date")));
    }
}
