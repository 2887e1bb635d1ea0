package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Patients: create, edit, find and search. Each create and edit is audited in the same transaction. An edit is
 * saved only over the version it was read as (see {@link #update}), so two workstations never silently overwrite
 * each other.
 */
public final class PatientRepository {
    private static final String COLUMNS = "id, name, identifier, birth_date, sex, known_allergies, allergy_status, version";

    private final Database database;
    private final AuditLog auditLog;

    public PatientRepository(Database database, AuditLog auditLog) {
        this.database = Objects.requireNonNull(database, "database");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /**
     * Saves a new patient and returns it with its database id.
     *
     * @throws DuplicatePatientIdentifierException if another patient has the identifier; nothing is saved
     */
    public Patient create(Patient patient, Actor actor) {
        if (patient.isSaved()) {
            throw new IllegalArgumentException("Patient " + patient.identifier() + " is already saved (id "
                    + patient.id() + "); use update");
        }
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> {
            requireFreeIdentifier(c, patient.identifier(), Patient.UNSAVED);
            long id = unusedId(c, database.dialect());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO patients (name, name_search, identifier,"
                    + " identifier_key, birth_date, sex, known_allergies, allergy_status, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, patient);
                s.setLong(9, id);
                s.executeUpdate();
            }
            NextDoses.follow(c, database.dialect(), id);
            auditLog.append(actor, AuditAction.PATIENT_CREATED, OptionalLong.of(id),
                    "identifier " + patient.identifier());
            return patient.savedAs(id, Patient.FIRST_VERSION);
        });
    }

    /**
     * Saves the changes to a patient already saved, over the version they started from ({@link Patient#version()}),
     * and returns the patient at its next version. The audit entry names the fields that changed; when nothing
     * differs from what is stored, nothing is written and the stored patient is returned.
     *
     * @throws PatientChangedException if someone saved the patient since that version; nothing is saved, and the
     *         exception names who and when and carries the stored patient (a save over it names its version)
     * @throws DuplicatePatientIdentifierException if another patient has the new identifier; nothing is saved
     * @throws RecordNotFoundException if there is no patient with this id
     */
    public Patient update(Patient patient, Actor actor) {
        if (!patient.isSaved()) {
            throw new IllegalArgumentException("Patient " + patient.identifier() + " is not saved yet; use create");
        }
        Objects.requireNonNull(actor, "actor");
        return database.inTransaction(c -> {
            Patient before = findById(c, patient.id())
                    .orElseThrow(() -> new RecordNotFoundException("patient", patient.id()));
            List<String> changed = changedFields(before, patient);
            if (changed.isEmpty()) {
                // What is stored is already what the editor wants, whoever saved it: there is nothing to refuse.
                return before;
            }
            requireFreeIdentifier(c, patient.identifier(), patient.id());
            // Compared and set in one statement: the write lock already keeps others out until commit, but the
            // condition is what makes a stale edit save nothing, whatever the lock does.
            try (PreparedStatement s = c.prepareStatement("UPDATE patients SET name = ?, name_search = ?,"
                    + " identifier = ?, identifier_key = ?, birth_date = ?, sex = ?, known_allergies = ?, allergy_status = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?")) {
                bind(s, patient);
                s.setLong(9, patient.id());
                s.setLong(10, patient.version());
                if (s.executeUpdate() == 0) {
                    throw changedSince(before);
                }
            }
            auditLog.append(actor, AuditAction.PATIENT_UPDATED, OptionalLong.of(patient.id()),
                    "identifier " + patient.identifier() + "; changed: " + String.join(", ", changed));
            return patient.savedAs(patient.id(), patient.version() + 1);
        });
    }

    /**
     * The refusal of an edit that started from an older version than {@code stored}'s. Every saved edit is logged
     * with its increase of the version, so the newest patient_updated entry is the change the editor missed.
     */
    private StoreException changedSince(Patient stored) {
        return auditLog.newest(stored.id(), AuditAction.PATIENT_UPDATED)
                .<StoreException>map(e -> new PatientChangedException(stored, e.actor(), e.at()))
                .orElseGet(() -> new StoreException(stored.name() + "'s record was changed elsewhere while it was"
                        + " being edited; nothing was saved. Open the patient again to see the saved version"));
    }

    public Optional<Patient> findById(long id) {
        return database.read(c -> findById(c, id));
    }

    /** Finds a patient by the clinic's identifier, without regard to case or surrounding spaces. */
    public Optional<Patient> findByIdentifier(String identifier) {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM patients WHERE identifier_key = ?")) {
                s.setString(1, StoredValues.identifierKey(identifier));
                return first(s);
            }
        });
    }

    /**
     * Patients whose name or identifier contains the text, ignoring case (and accents in names), ordered
     * by name. Blank text lists every patient.
     */
    public List<Patient> search(String text) {
        String needle = text == null ? "" : text.strip();
        if (needle.isEmpty()) {
            return listAll();
        }
        String where = matching(needle);
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM patients" + where
                    + " ORDER BY name_search, id")) {
                bindNeedle(s, needle);
                return all(s);
            }
        });
    }

    /**
     * The first {@code limit} patients of {@link #search(String)}, and how many match in all.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public PatientPage search(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String needle = text == null ? "" : text.strip();
        String where = matching(needle);
        return database.read(c -> {
            List<Patient> page;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM patients" + where
                    + " ORDER BY name_search, id LIMIT ?")) {
                int n = bindNeedle(s, needle);
                s.setInt(n, limit);
                page = all(s);
            }
            if (page.size() < limit) {
                // all of them fit on the page: no need to count
                return new PatientPage(page, page.size());
            }
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM patients" + where)) {
                bindNeedle(s, needle);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    // Outside a transaction another workstation may delete in between; the page is what was read.
                    return new PatientPage(page, Math.max(page.size(), rs.getInt(1)));
                }
            }
        });
    }

    /**
     * The condition of a search for {@code needle} (empty for blank): a search for the text as typed rather than
     * LIKE, since it may hold % or _, which LIKE would treat as wildcards. Bound by {@link #bindNeedle}.
     */
    private String matching(String needle) {
        if (needle.isEmpty()) {
            return "";
        }
        Dialect sql = database.dialect();
        return " WHERE " + sql.containsText("name_search") + " OR " + sql.containsText("identifier_key");
    }

    /** Binds the search text for the two conditions of a search; blank binds nothing. @return the next parameter */
    private static int bindNeedle(PreparedStatement s, String needle) throws SQLException {
        if (needle.isEmpty()) {
            return 1;
        }
        s.setString(1, StoredValues.searchKey(needle));
        s.setString(2, StoredValues.identifierKey(needle));
        return 3;
    }

    /**
     * The patients who may be among the {@code limit} most urgent on {@code today}, in name order, and how many
     * patients there are in all: a bounded read of a clinic of any size, from the next due days of schema 11
     * ({@link NextDoses}). The caller works out each one's dose in force and keeps the {@code limit} most urgent;
     * ordered by due day and then kept in the order given here, those are exactly the first {@code limit} of every
     * patient ordered so. For that the candidates are:
     * <ul>
     * <li>every patient due on or before the {@code limit}-th earliest due day among the patients whose latest
     *     prescription has started (ties on that day included), or every patient with a due day when fewer have one;
     * <li>every patient with a prescription that starts after today, whose dose in force is not the stored one;
     * <li>when fewer than {@code limit} patients have a started prescription, the first {@code limit} patients without
     *     any prescription, by name (they come last, by name).
     * </ul>
     * Rows a file from before schema 11 lacks are filled in first.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    public PatientPage dueCandidates(LocalDate today, int limit) {
        Objects.requireNonNull(today, "today");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        int[] counted = database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM patients), (SELECT count(*) FROM next_doses)")) {
                rs.next();
                return new int[] {rs.getInt(1), rs.getInt(2)};
            }
        });
        if (counted[0] != counted[1]) {
            database.inTransaction(c -> NextDoses.fillIn(c, database.dialect()));
        }
        String query = "WITH started_by(day) AS (SELECT n.due_on FROM next_doses n WHERE n.due_on IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM prescriptions f WHERE f.patient_id = n.patient_id"
                + " AND f.start_date > ?) ORDER BY n.due_on LIMIT 1 OFFSET ?),"
                + " candidates(id) AS ("
                + "SELECT patient_id FROM next_doses WHERE due_on <= coalesce((SELECT day FROM started_by), ?)"
                + " UNION SELECT patient_id FROM prescriptions WHERE start_date > ?"
                + " UNION SELECT id FROM (SELECT p.id FROM patients p JOIN next_doses n ON n.patient_id = p.id"
                + " WHERE n.due_on IS NULL AND NOT EXISTS (SELECT 1 FROM started_by)"
                + " ORDER BY p.name_search, p.id LIMIT ?) AS unprescribed)"
                + " SELECT " + COLUMNS + " FROM patients WHERE id IN (SELECT id FROM candidates)"
                + " ORDER BY name_search, id";
        String day = StoredValues.date(today);
        List<Patient> found = database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(query)) {
                s.setString(1, day);
                s.setInt(2, limit - 1);
                s.setString(3, StoredValues.date(NextDoses.AFTER_EVERY_START));
                s.setString(4, day);
                s.setInt(5, limit);
                return all(s);
            }
        });
        // Another workstation may add or delete a patient in between; the candidates are what was read.
        return new PatientPage(found, Math.max(found.size(), counted[0]));
    }

    /** Every patient, ordered by name. */
    public List<Patient> listAll() {
        return database.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM patients ORDER BY name_search, id")) {
                return all(s);
            }
        });
    }

    /**
     * An id no patient has ever had in this file. SQLite alone would hand out the id of a deleted newest
     * patient again, and then the audit log's entries about the deleted patient (kept on purpose) would show
     * under the new one, and a screen still holding the old id would save onto the new patient. The log
     * records every created patient, so ids above everything it and the table know are fresh. Called inside
     * the creating transaction, which holds the write lock ({@link Dialect#beginWrite}), so two windows cannot pick the same id.
     */
    private static long unusedId(Connection c, Dialect dialect) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + dialect.greatest("coalesce((SELECT max(id) FROM patients), 0)",
                        "coalesce((SELECT max(patient_id) FROM audit_log), 0)") + " + 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void requireFreeIdentifier(Connection c, String identifier, long exceptId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name FROM patients WHERE identifier_key = ? AND id <> ?")) {
            s.setString(1, StoredValues.identifierKey(identifier));
            s.setLong(2, exceptId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    throw new DuplicatePatientIdentifierException(identifier, rs.getString(1));
                }
            }
        }
    }

    private static void bind(PreparedStatement s, Patient p) throws SQLException {
        s.setString(1, p.name());
        s.setString(2, StoredValues.searchKey(p.name()));
        s.setString(3, p.identifier());
        s.setString(4, StoredValues.identifierKey(p.identifier()));
        if (p.birthDate().isPresent()) {
            s.setString(5, StoredValues.date(p.birthDate().get()));
        } else {
            s.setNull(5, Types.VARCHAR);
        }
        s.setString(6, p.sex().code());
        s.setString(7, p.knownAllergies().list());
        s.setString(8, p.knownAllergies().status().code());
    }

    private static List<String> changedFields(Patient before, Patient after) {
        List<String> changed = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!before.identifier().equals(after.identifier())) {
            changed.add("identifier (was " + before.identifier() + ")");
        }
        if (!before.birthDate().equals(after.birthDate())) {
            changed.add("date of birth");
        }
        if (before.sex() != after.sex()) {
            changed.add("sex");
        }
        if (!before.knownAllergies().equals(after.knownAllergies())) {
            changed.add("known allergies");
        }
        return changed;
    }

    private static Optional<Patient> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM patients WHERE id = ?")) {
            s.setLong(1, id);
            return first(s);
        }
    }

    private static Optional<Patient> first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(patient(rs)) : Optional.empty();
        }
    }

    private static List<Patient> all(PreparedStatement s) throws SQLException {
        List<Patient> patients = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                patients.add(patient(rs));
            }
        }
        return patients;
    }

    private static Patient patient(ResultSet rs) throws SQLException {
        return new Patient(rs.getLong("id"), rs.getString("name"), rs.getString("identifier"),
                StoredValues.optionalDate(rs.getString("birth_date")),
                StoredValues.decode(Sex.class, rs.getString("sex")),
                new KnownAllergies(StoredValues.decode(AllergyStatus.class, rs.getString("allergy_status")),
                        rs.getString("known_allergies")), rs.getLong("version"));
    }
}
