package com.b12consult.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Damages a closed B12 Consult database the way a failing disk does: a page's content turns to garbage
 * while the header, the schema and the tables' first pages stay readable, so the file still opens as SQLite
 * and only its integrity check finds what is wrong.
 */
public final class DamagedDatabase {
    private DamagedDatabase() {
    }

    /** Overwrites the end of the page holding the index of patients by name with garbage. */
    public static void damagePatientIndex(Path file) throws SQLException, IOException {
        int page;
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'patients_by_name'")) {
                rs.next();
                page = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getInt(1);
            }
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] garbage = new byte[200];
        Arrays.fill(garbage, (byte) 0x41);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek((long) page * pageSize - garbage.length);
            f.write(garbage);
        }
    }
}
