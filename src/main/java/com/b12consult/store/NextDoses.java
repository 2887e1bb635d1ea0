package com.b12consult.store;

import com.b12consult.domain.CourseSoFar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The table {@code next_doses} (schema 11): each patient's next due day under their latest prescription, so that the
 * due list reads a page of the most urgent patients from an index (see {@link PatientRepository#dueCandidates}).
 * The day comes from the dose calendar itself ({@link CourseSoFar#nextOn}), never from a second copy of its rules,
 * and is written on the caller's connection inside the transaction of the change it follows: a patient created, a
 * prescription added, an injection recorded, a correction entered.
 * <p>
 * The day is the latest prescription's whether or not it has started, and does not depend on today, so it never goes
 * stale overnight. The due list reads the patients whose prescription starts after today again whatever their day
 * here, since a prescription not yet started is not the one in force.
 */
final class NextDoses {
    /**
     * A day on or after every start date: the course read on it is each patient's latest prescription with every
     * dose given since its start, which is what the next due day of that prescription depends on.
     */
    static final LocalDate AFTER_EVERY_START = LocalDate.of(9999, 12, 31);

    private NextDoses() {
    }

    /** Writes the patient's next due day again, after a change to their patient row, prescriptions or doses. */
    static void follow(Connection c, Dialect sql, long patientId) throws SQLException {
        write(c, sql, List.of(patientId));
    }

    /**
     * Fills in the rows a file from before schema 11 (or one whose rows were lost) lacks, on a connection in a write
     * transaction. Cheap when nothing is missing: one count. @return how many rows were written
     */
    static int fillIn(Connection c, Dialect sql) throws SQLException {
        if (missing(c) == 0) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM patients p"
                + " WHERE NOT EXISTS (SELECT 1 FROM next_doses n WHERE n.patient_id = p.id)")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        write(c, sql, ids);
        return ids.size();
    }

    /** How many patients have no row (a row always belongs to a patient: its foreign key). */
    static long missing(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT count(*) FROM patients) - (SELECT count(*) FROM next_doses)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void write(Connection c, Dialect sql, Collection<Long> patientIds) throws SQLException {
        if (patientIds.isEmpty()) {
            return;
        }
        Map<Long, CourseSoFar> latest = PrescriptionRepository.courses(c, sql, AFTER_EVERY_START, patientIds);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO next_doses (patient_id, due_on) VALUES (?, ?)"
                + " ON CONFLICT (patient_id) DO UPDATE SET due_on = excluded.due_on")) {
            for (long id : patientIds) {
                CourseSoFar course = latest.get(id);
                s.setLong(1, id);
                s.setString(2, course == null ? null : StoredValues.date(course.nextOn(AFTER_EVERY_START).dueOn()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
