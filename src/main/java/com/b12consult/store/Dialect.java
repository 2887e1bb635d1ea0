package com.b12consult.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        String idListRows() {
            return "SELECT value FROM json_each(?)";
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

        @Override
        String insertKeepingIds(String table, List<String> columns) {
            return insert(table, columns, "");
        }

        /** Dropped and made again from their own text: SQLite cannot switch a trigger off. */
        @Override
        List<String> suspendInsertTriggers(Connection c) throws SQLException {
            List<String> remake = new ArrayList<>();
            List<String> drop = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY rowid")) {
                while (rs.next()) {
                    String words = rs.getString(2).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                    if (words.contains(" INSERT ON ")) {
                        drop.add("DROP TRIGGER " + quote(rs.getString(1)));
                        remake.add(rs.getString(2));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String sql : drop) {
                    s.execute(sql);
                }
            }
            return remake;
        }

        /**
         * Only a table of AUTOINCREMENT keeps a counter (in sqlite_sequence); the others continue after their
         * greatest id.
         */
        @Override
        long idsHandedOut(Connection c, String table) throws SQLException {
            if (strings(c, "SELECT name FROM sqlite_schema WHERE name = ?", "sqlite_sequence").isEmpty()) {
                return 0;
            }
            List<String> seq = strings(c, "SELECT seq FROM sqlite_sequence WHERE name = ?", table);
            return seq.isEmpty() || seq.get(0) == null ? 0 : Long.parseLong(seq.get(0));
        }

        @Override
        void continueIdsAfter(Connection c, String table, long handedOut) throws SQLException {
            if (handedOut <= 0
                    || strings(c, "SELECT name FROM sqlite_schema WHERE name = ?", "sqlite_sequence").isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?")) {
                s.setLong(1, handedOut);
                s.setString(2, table);
                s.executeUpdate();
            }
        }

        @Override
        boolean sameDatabase(Connection mine, Connection other) throws SQLException {
            Path a = file(mine);
            Path b = file(other);
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
            }
        }

        private Path file(Connection c) throws SQLException {
            return Path.of(strings(c, "SELECT file FROM pragma_database_list WHERE name = ?", "main").get(0));
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
        String idListRows() {
            return "SELECT json_array_elements_text(?::json)::bigint";
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

        /** Identity columns are GENERATED ALWAYS: a row keeps its id only when the insert says so. */
        @Override
        String insertKeepingIds(String table, List<String> columns) {
            return insert(table, columns, " OVERRIDING SYSTEM VALUE");
        }

        @Override
        List<String> suspendInsertTriggers(Connection c) throws SQLException {
            List<String> enable = new ArrayList<>();
            List<String> disable = new ArrayList<>();
            // tgtype bit 2 (4): the trigger fires on INSERT; internal triggers are the foreign keys', which stay
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.relname, t.tgname"
                    + " FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal"
                    + " AND t.tgenabled <> 'D' AND (t.tgtype & 4) <> 0"
                    + " AND r.relnamespace = current_schema()::regnamespace ORDER BY t.oid")) {
                while (rs.next()) {
                    String on = "ALTER TABLE " + quote(rs.getString(1));
                    disable.add(on + " DISABLE TRIGGER " + quote(rs.getString(2)));
                    enable.add(on + " ENABLE TRIGGER " + quote(rs.getString(2)));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String sql : disable) {
                    s.execute(sql);
                }
            }
            return enable;
        }

        @Override
        long idsHandedOut(Connection c, String table) throws SQLException {
            long handedOut = 0;
            for (String sequence : sequences(c, table).values()) {
                // null until the sequence has handed out an id
                try (PreparedStatement s = c.prepareStatement("SELECT pg_sequence_last_value(?::regclass)")) {
                    s.setString(1, sequence);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            handedOut = Math.max(handedOut, rs.getLong(1));
                        }
                    }
                }
            }
            return handedOut;
        }

        @Override
        void continueIdsAfter(Connection c, String table, long handedOut) throws SQLException {
            for (Map.Entry<String, String> counted : sequences(c, table).entrySet()) {
                long next = handedOut;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT max(" + quote(counted.getKey()) + ") FROM " + quote(table))) {
                    if (rs.next()) {
                        next = Math.max(next, rs.getLong(1));
                    }
                }
                if (next > 0) {
                    try (PreparedStatement s = c.prepareStatement("SELECT setval(?::regclass, ?)")) {
                        s.setString(1, counted.getValue());
                        s.setLong(2, next);
                        s.executeQuery().close();
                    }
                }
            }
        }

        /**
         * The two connections are to one database when the other cannot take a lock this one holds: advisory
         * locks are the database's, whichever user or host name each connection came by. The key is random, so no
         * other program holds it.
         */
        @Override
        boolean sameDatabase(Connection mine, Connection other) throws SQLException {
            long key = new java.security.SecureRandom().nextLong();
            lock(mine, "SELECT pg_advisory_lock(?)", key);
            try {
                boolean taken = lock(other, "SELECT pg_try_advisory_lock(?)", key);
                if (taken) {
                    lock(other, "SELECT pg_advisory_unlock(?)", key);
                }
                return !taken;
            } finally {
                lock(mine, "SELECT pg_advisory_unlock(?)", key);
            }
        }

        /** @param sql one of the advisory lock functions on the bound key */
        private static boolean lock(Connection c, String sql, long key) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return !"f".equals(rs.getString(1)) && !"false".equals(rs.getString(1));
                }
            }
        }

        /** The table's columns that take their values from a sequence (identity or serial), with the sequence. */
        private Map<String, String> sequences(Connection c, String table) throws SQLException {
            Map<String, String> found = new java.util.LinkedHashMap<>();
            for (String column : columns(c, table)) {
                try (PreparedStatement s = c.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                    s.setString(1, quote(table));
                    s.setString(2, column);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getString(1) != null) {
                            found.put(column, rs.getString(1));
                        }
                    }
                }
            }
            return found;
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

    /**
     * A query of one column, the ids of a list bound as its one parameter, a JSON array of numbers ({@link #idList}),
     * for {@code id IN (...)}: one statement however many ids, where {@code IN (?, ?, ...)} would meet each
     * database's limit on parameters.
     */
    abstract String idListRows();

    /** The ids as the one parameter of {@link #idListRows}. */
    static String idList(java.util.Collection<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (long id : ids) {
            json.append(json.length() == 1 ? "" : ",").append(id);
        }
        return json.append(']').toString();
    }

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

    // ---- moving a clinic's data from one database to another (StoreMove) ------------------------------

    /** An insert of every column, ids included as given (never handed out anew). */
    abstract String insertKeepingIds(String table, List<String> columns);

    /**
     * Switches off, inside the transaction under way, the triggers that check an insert against rows already
     * there (one Given per due dose reads entered_in_error, which is copied after dose_outcomes). Rows copied
     * were accepted once; the copy is checked against its source instead.
     *
     * @return the statements that switch them on again, to run in the same transaction
     */
    abstract List<String> suspendInsertTriggers(Connection c) throws SQLException;

    /** The greatest id the table's own counter has handed out (0 when it keeps none): ids deleted since count too. */
    abstract long idsHandedOut(Connection c, String table) throws SQLException;

    /** Makes the table's counter continue after its greatest id and after {@code handedOut}. */
    abstract void continueIdsAfter(Connection c, String table, long handedOut) throws SQLException;

    /** Whether the two connections reach the same database (the same file, the same server's database). */
    abstract boolean sameDatabase(Connection mine, Connection other) throws SQLException;

    private static String insert(String table, List<String> columns, String overriding) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(table)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
            marks.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(")").append(overriding).append(" VALUES (").append(marks).append(")").toString();
    }

    private static String quote(String identifier) {
        return PatientTables.quote(identifier);
    }

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
