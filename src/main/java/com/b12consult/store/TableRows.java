package com.b12consult.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One table's rows read as plain values the two databases agree on, whatever each calls its types: whole
 * numbers (SQLite's INTEGER, PostgreSQL's integer and bigint) as {@code Long}, floating point (REAL, double
 * precision) as {@code Double}, text (and json_text) as {@code String}, BLOB and bytea as {@code byte[]}.
 * <p>
 * The content hash is computed from these values on either side alike (text as the bytes each database holds, in
 * UTF-8): SHA-256 over the sorted SHA-256s of the rows, each over its values in the table's column order with
 * their kind and length, so the same rows hash the same on both sides in whatever order each returns them, and a
 * row's text cannot run into the next value's.
 */
final class TableRows {
    /** What a table held: how many rows, and the hash of their content. */
    record Content(long rows, String sha256) {
    }

    /** What to do with each row read. */
    interface RowSink {
        void accept(Object[] row) throws SQLException;
    }

    private TableRows() {
    }

    /** Text as the database holds it, byte for byte (for the hash: a text that is not valid UTF-8 shows). */
    private record StoredText(byte[] bytes) {
    }

    /** Reads every row of the table, the given columns in that order, ordered by them (the key comes first). */
    static void read(Connection c, String table, List<String> columns, RowSink sink) throws SQLException {
        read(c, table, columns, false, sink);
    }

    private static void read(Connection c, String table, List<String> columns, boolean storedText, RowSink sink)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(PatientTables.quote(columns.get(i)));
            order.append(i == 0 ? "" : ", ").append(i + 1);
        }
        sql.append(" FROM ").append(PatientTables.quote(table)).append(" ORDER BY ").append(order);
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            // a few hundred rows at a time (PostgreSQL's driver would otherwise hold the whole table, PDFs too)
            s.setFetchSize(200);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = value(rs, i + 1);
                        if (storedText && row[i] instanceof String) {
                            row[i] = new StoredText(rs.getBytes(i + 1));
                        }
                    }
                    sink.accept(row);
                }
            }
        }
    }

    /** The table's row count and content hash, read from {@code c}. */
    static Content content(Connection c, String table, List<String> columns) throws SQLException {
        List<byte[]> digests = new ArrayList<>();
        // text as stored, not as Java decoded it: a byte sequence that is not UTF-8 would otherwise be copied as
        // U+FFFD on both sides of the comparison and the change would go unseen
        read(c, table, columns, true, row -> digests.add(digest(row)));
        digests.sort(Arrays::compareUnsigned);
        MessageDigest all = sha256();
        all.update(String.join(",", columns).getBytes(StandardCharsets.UTF_8));
        for (byte[] d : digests) {
            all.update(d);
        }
        return new Content(digests.size(), HexFormat.of().formatHex(all.digest()));
    }

    /** Binds the row's values, as {@link #read} gives them, to the insert's parameters. */
    static void bind(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) {
                s.setNull(i + 1, java.sql.Types.NULL);
            } else if (v instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (v instanceof Double d) {
                s.setDouble(i + 1, d);
            } else if (v instanceof byte[] b) {
                s.setBytes(i + 1, b);
            } else {
                s.setString(i + 1, (String) v);
            }
        }
    }

    private static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null || v instanceof String || v instanceof byte[]) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : (Object) d.doubleValue();
        }
        // anything else as the database writes it as text; the check after the copy catches a difference
        return rs.getString(column);
    }

    private static byte[] digest(Object[] row) {
        MessageDigest d = sha256();
        for (Object v : row) {
            byte[] bytes;
            char kind;
            if (v == null) {
                kind = 'N';
                bytes = new byte[0];
            } else if (v instanceof Long l) {
                kind = 'I';
                bytes = Long.toString(l).getBytes(StandardCharsets.US_ASCII);
            } else if (v instanceof Double x) {
                kind = 'R';
                bytes = Long.toHexString(Double.doubleToRawLongBits(x)).getBytes(StandardCharsets.US_ASCII);
            } else if (v instanceof byte[] b) {
                kind = 'B';
                bytes = b;
            } else if (v instanceof StoredText t) {
                kind = 'T';
                bytes = t.bytes();
            } else {
                kind = 'T';
                bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
            }
            d.update((kind + Integer.toString(bytes.length) + ":").getBytes(StandardCharsets.US_ASCII));
            d.update(bytes);
        }
        return d.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
