package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedInjection;
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

/** Injections given. Times are kept to the second. */
public final class InjectionRepository {
    private static final String COLUMNS = "id, patient_id, given_at, product, dose_micrograms, site, reactions";

    private final Database database;
    private final AuditLog auditLog;

    public InjectionRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves an injection given to a patient.
     *
     * @throws IllegalArgumentException if the dose is not a positive number of micrograms
     * @throws RecordNotFoundException if the patient is not in the database
     */
    public RecordedInjection record(long patientId, Injection injection, Actor actor) {
        Objects.requireNonNull(injection, "injection");
        Objects.requireNonNull(actor, "actor");
        check(injection);
        return database.inTransaction(c -> insert(c, patientId, injection, actor));
    }

    private static void check(Injection injection) {
        if (!Double.isFinite(injection.doseMicrograms()) || injection.doseMicrograms() <= 0) {
            throw new IllegalArgumentException("The dose given must be a positive number of micrograms, was "
                    + injection.doseMicrograms());
        }
    }

    /** Inserts an injection on the caller's connection, inside the caller's transaction, with its audit entry. */
    RecordedInjection insert(Connection c, long patientId, Injection injection, Actor actor) throws SQLException {
        check(injection);
        Repositories.requirePatient(c, patientId);
        long id;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO injections (patient_id, given_at, product,"
                + " dose_micrograms, site, reactions) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, patientId);
            s.setString(2, StoredValues.localMoment(injection.givenAt()));
            s.setString(3, injection.product().code());
            s.setDouble(4, injection.doseMicrograms());
            s.setString(5, injection.site().code());
            s.setString(6, StoredValues.codeList(injection.reactions()));
            s.executeUpdate();
            id = Repositories.generatedId(s);
        }
        NextDoses.follow(c, database.dialect(), patientId);
        auditLog.append(actor, AuditAction.INJECTION_RECORDED, OptionalLong.of(patientId),
                injection.product().code() + " " + injection.doseMicrograms() + " ug at "
                        + injection.givenAt() + ", " + injection.site().code());
        return new RecordedInjection(id, patientId, stored(injection));
    }

    public Optional<RecordedInjection> findById(long id) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM injections WHERE id = ?")) {
                s.setLong(1, id);
                return all(s).stream().findFirst();
            }
        });
    }

    /**
     * The patient's injections, the most recent first: the doses they had. An injection marked entered in error
     * is not one (it stays in the table, and its outcome shows the correction).
     */
    public List<RecordedInjection> listForPatient(long patientId) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM injections i"
                    + " WHERE patient_id = ? AND NOT EXISTS (SELECT 1 FROM entered_in_error e WHERE e.injection_id = i.id)"
                    + " ORDER BY given_at DESC, id DESC")) {
                s.setLong(1, patientId);
                return all(s);
            }
        });
    }

    /** The injection as it reads back: its time kept to the second. */
    private static Injection stored(Injection i) {
        return new Injection(StoredValues.toSecond(i.givenAt()), i.product(),
                i.doseMicrograms(), i.site(), i.reactions());
    }

    private static List<RecordedInjection> all(PreparedStatement s) throws SQLException {
        List<RecordedInjection> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Injection injection = new Injection(StoredValues.localMoment(rs.getString("given_at")),
                        StoredValues.decode(Product.class, rs.getString("product")), rs.getDouble("dose_micrograms"),
                        StoredValues.decode(InjectionSite.class, rs.getString("site")),
                        StoredValues.codeList(SymptomCode.class, rs.getString("reactions")));
                out.add(new RecordedInjection(rs.getLong("id"), rs.getLong("patient_id"), injection));
            }
        }
        return out;
    }
}
