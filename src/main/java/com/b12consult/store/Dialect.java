package com.b12consult.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything in the store's SQL that SQLite and PostgreSQL say differently, in this one place (the schema's
 * differences are the two migration folders, {@code db/sqlite} and {@code db/postgresql}, named here too).
 * Repositories write the SQL both understand and ask the dialect for the rest.
 */
enum Dialect {
    SQLITE("classpath:com/b12consult/db/sqlite") {
        @Override
        String containsText(String column) {
            return "instr(" + column + ", ?) > 0";
        }

        @Override
        String greatest(String a, String b) {
            return "max(" + a + ", " + b + ")";
        }

        @Override
        void beginWrite(Connection c) throws SQLException {
            // The write lock at once, not at the first write: a transaction that read first could otherwise
            // find the file taken when it comes to write.
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        List<String> tables(Connection c) throws SQLException {
            return strings(c, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                    + " ESCAPE '\\' AND name <> 'flyway_schema_history' ORDER BY rowid", null);
        }

        @Override
        List<String> columns(Connection c, String table) throws SQLException {
            return strings(c, "SELECT name FROM pragma_table_info(?)", table);
        }

        @Override
        List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
            return keys(c, "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)", table);
        }

        /** Columns the schema checks with {@code json_valid(...)}. */
        @Override
        Set<String> jsonColumns(Connection c, String table) throws SQLException {
            List<String> sql = strings(c, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", table);
            String compact = sql.isEmpty() || sql.get(0) == null ? "" : sql.get(0).replaceAll("\\s+", "");
            Set<String> json = new HashSet<>();
            for (String column : columns(c, table)) {
                if (compact.contains("json_valid(" + column + ")")) {
                    json.add(column);
                }
            }
            return json;
        }
    },

    POSTGRESQL("classpath:com/b12consult/db/postgresql") {
        /** Any number: the key of the one lock every writing transaction takes (see {@link #beginWrite}). */
        private static final long WRITE_LOCK = 0x4231_3243_6f6e_7375L;

        @Override
        String containsText(String column) {
            return "strpos(" + column + ", ?) > 0";
        }

        @Override
        String greatest(String a, String b) {
            return "greatest(" + a + ", " + b + ")";
        }

        /**
         * One writer at a time across the clinic, as SQLite's BEGIN IMMEDIATE gives on a file: the checks a
         * save makes before writing (a free identifier, a new patient id, a dose not given yet) then hold
         * until it commits, in every room. A clinic's writes are few and short, so waiting costs nothing
         * noticeable. The lock ends with the transaction, also when the connection is lost.
         */
        @Override
        void beginWrite(Connection c) throws SQLException {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                s.setLong(1, WRITE_LOCK);
                s.execute();
            }
        }

        @Override
        List<String> tables(Connection c) throws SQLException {
            return strings(c, "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace"
                    + " AND relkind = 'r' AND relname <> 'flyway_schema_history' ORDER BY oid", null);
        }

        @Override
        List<String> columns(Connection c, String table) throws SQLException {
            return strings(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND table_name = ? ORDER BY ordinal_position", table);
        }

        @Override
        List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
            // The schema's keys are all of one column.
            return keys(c, "SELECT a.attname, p.relname, pa.attname FROM pg_constraint k"
                    + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid"
                    + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                    + " JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]"
                    + " WHERE k.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ?"
                    + " ORDER BY k.oid", table);
        }

        /** Columns of the domain {@code json_text} (text checked by a cast to json). */
        @Override
        Set<String> jsonColumns(Connection c, String table) throws SQLException {
            return new HashSet<>(strings(c, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND domain_name = 'json_text'", table));
        }
    };

    /** A foreign key of one column: {@code from} of this table points at {@code to} of {@code parent}. */
    record ForeignKey(String from, String parent, String to) {
    }

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The Flyway location of this database's numbered migrations. */
    String migrations() {
        return migrations;
    }

    /** A condition: the text column contains the bound text ({@code ?}), case and accents as they are. */
    abstract String containsText(String column);

    /** The greater of two values (SQLite's {@code max} of two arguments is not an aggregate). */
    abstract String greatest(String a, String b);

    /** Starts a transaction that will write, taking the write lock before anything is read. */
    abstract void beginWrite(Connection c) throws SQLException;

    /** The app's tables (not the migration history), in the order they were made. */
    abstract List<String> tables(Connection c) throws SQLException;

    abstract List<String> columns(Connection c, String table) throws SQLException;

    abstract List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException;

    /** The columns that hold JSON (exported as JSON, not as a string holding JSON). */
    abstract Set<String> jsonColumns(Connection c, String table) throws SQLException;

    private static List<String> strings(Connection c, String sql, String param) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static List<ForeignKey> keys(Connection c, String sql, String table) throws SQLException {
        List<ForeignKey> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }
}
