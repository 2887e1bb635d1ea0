package com.b12consult.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers shared by the repositories. */
final class Repositories {
    private Repositories() {
    }

    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no id for the new row");
            }
            return keys.getLong(1);
        }
    }

    static boolean patientExists(java.sql.Connection c, long patientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM patients WHERE id = ?")) {
            s.setLong(1, patientId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void requirePatient(java.sql.Connection c, long patientId) throws SQLException {
        if (!patientExists(c, patientId)) {
            throw new RecordNotFoundException("patient", patientId);
        }
    }
}
