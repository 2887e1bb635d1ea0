package com.b12consult.store;

import static com.b12consult.store.PatientTables.quote;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves a clinic's data from one database to another, empty one: a file onto the clinic server, the server back
 * into a file (so a clinic can always take its data home), or a file into another file. Every row of every table
 * is copied as it is, ids included, in one transaction on the target, then checked against the source table by
 * table (row count and content hash) before anything is committed; any difference rolls the whole copy back.
 * <p>
 * The tables and columns come from the schema ({@link Dialect#tables}), so a table a later migration adds is
 * moved without anyone listing it. Both databases must be at the same schema version: each is opened with
 * {@link Database#open(StoreLocation)}, which brings it to this version's.
 * <p>
 * The source is read inside a writing transaction of its own: its write lock (on the server, its advisory lock)
 * holds saves from other windows back until the copy is done, so what is copied is one moment's data and a save
 * made meanwhile is refused as busy rather than left behind unseen.
 */
public final class StoreMove {
    /** One table moved: its rows and the first characters of the content hash both sides agreed on. */
    public record TableMoved(String table, long rows, String sha256) {
    }

    /** What was moved, table by table in the order they were copied. */
    public record Moved(List<TableMoved> tables) {
        public Moved {
            tables = List.copyOf(tables);
        }

        public long rows() {
            return tables.stream().mapToLong(TableMoved::rows).sum();
        }
    }

    /** Why a move was refused before, or rolled back after, copying; the target is unchanged either way. */
    public static final class RefusedException extends StoreException {
        public enum Reason {
            /** Both sides are one database. */
            SAME_DATABASE,
            /** The two schemas differ (versions, tables or columns). */
            DIFFERENT_SCHEMA,
            /** The target holds rows already. */
            TARGET_NOT_EMPTY,
            /** A value of the source cannot be stored on the target (PostgreSQL's text holds no U+0000). */
            VALUE_NOT_STORABLE,
            /** What the target holds after copying differs from the source. */
            CHECK_FAILED
        }

        private final Reason reason;

        RefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private final Database from;
    private final Database to;
    private final Clock clock;

    public StoreMove(Database from, Database to, Clock clock) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Copies everything, checks it and commits, then the target's audit log says where the data came from.
     *
     * @throws RefusedException when the move is refused or the check finds a difference (nothing changed)
     * @throws StoreException when either database fails (nothing changed on the target)
     */
    public Moved move(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        // Asked before either side takes its write lock: on one server database the second would wait for the first.
        boolean same = from.read(source -> to.read(target -> from.dialect() == to.dialect()
                && to.dialect().sameDatabase(target, source)));
        if (same) {
            throw new RefusedException(RefusedException.Reason.SAME_DATABASE, "Cannot move the data: "
                    + from.location().describe() + " and " + to.location().describe() + " are one database."
                    + " Give an empty database as --to.");
        }
        return from.inTransaction(source -> to.inTransaction(target -> copy(source, target, actor)));
    }

    private Moved copy(Connection source, Connection target, Actor actor) throws SQLException {
        Dialect in = from.dialect();
        Dialect out = to.dialect();
        List<String> tables = checkSameSchema(source, target);
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : tables) {
            columns.put(table, out.columns(target, table));
        }
        refuseNonEmpty(target, tables);
        List<String> restoreTriggers = out.suspendInsertTriggers(target);
        for (String table : tables) {
            copyTable(source, target, table, columns.get(table));
            out.continueIdsAfter(target, table, in.idsHandedOut(source, table));
        }
        try (Statement s = target.createStatement()) {
            for (String sql : restoreTriggers) {
                s.execute(sql);
            }
        }
        List<TableMoved> moved = new ArrayList<>();
        for (String table : tables) {
            TableRows.Content there = TableRows.content(source, table, columns.get(table));
            TableRows.Content here = TableRows.content(target, table, columns.get(table));
            if (!there.equals(here)) {
                throw new RefusedException(RefusedException.Reason.CHECK_FAILED, "The copy of the table " + table
                        + " differs from " + from.location().describe() + " (" + there.rows() + " rows there, "
                        + here.rows() + " copied; content " + (there.sha256().equals(here.sha256()) ? "the same"
                        : "different") + "), so nothing was moved: " + to.location().describe()
                        + " was left as it was.");
            }
            moved.add(new TableMoved(table, here.rows(), here.sha256()));
        }
        Moved result = new Moved(moved);
        // Last, and outside the check: the one row the target has that the source has not.
        new AuditLog(to, clock).append(actor, AuditAction.DATABASE_MOVED, OptionalLong.empty(),
                "moved from " + from.location().describe() + ": " + result.rows() + " rows in " + moved.size()
                        + " tables, each checked by row count and SHA-256");
        return result;
    }

    /** The target's tables, parents before the tables pointing at them, once source and target agree on them. */
    private List<String> checkSameSchema(Connection source, Connection target) throws SQLException {
        Set<String> versionsThere = versions(source);
        Set<String> versionsHere = versions(target);
        if (!versionsThere.equals(versionsHere)) {
            Set<String> onlyThere = new TreeSet<>(versionsThere);
            onlyThere.removeAll(versionsHere);
            Set<String> onlyHere = new TreeSet<>(versionsHere);
            onlyHere.removeAll(versionsThere);
            throw new RefusedException(RefusedException.Reason.DIFFERENT_SCHEMA, "Cannot move the data: the two"
                    + " databases are at different schema versions (schema changes only in "
                    + from.location().describe() + ": " + (onlyThere.isEmpty() ? "none" : onlyThere) + "; only in "
                    + to.location().describe() + ": " + (onlyHere.isEmpty() ? "none" : onlyHere) + "). Both must be"
                    + " opened by the same version of B12 Consult; nothing was moved.");
        }
        List<String> tables = out().tables(target);
        Set<String> sourceTables = new TreeSet<>(from.dialect().tables(source));
        if (!sourceTables.equals(new TreeSet<>(tables))) {
            throw new RefusedException(RefusedException.Reason.DIFFERENT_SCHEMA, "Cannot move the data: the tables of "
                    + from.location().describe() + " " + sourceTables + " are not those of "
                    + to.location().describe() + " " + new TreeSet<>(tables) + ".");
        }
        for (String table : tables) {
            Set<String> there = new TreeSet<>(from.dialect().columns(source, table));
            Set<String> here = new TreeSet<>(out().columns(target, table));
            if (!there.equals(here)) {
                throw new RefusedException(RefusedException.Reason.DIFFERENT_SCHEMA, "Cannot move the data: the table "
                        + table + " has the columns " + there + " in " + from.location().describe() + " but "
                        + here + " in " + to.location().describe() + ".");
            }
        }
        // The change counter is each database's own bookkeeping (how often it was written), not the clinic's data:
        // the target keeps its own, and its one row does not make it "not empty".
        return parentsFirst(target, tables.stream().filter(t -> !t.equals(Database.CHANGE_COUNTER_TABLE)).toList());
    }

    private Dialect out() {
        return to.dialect();
    }

    /** The versions of the schema changes applied, as Flyway recorded them. */
    private static Set<String> versions(Connection c) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /** In the order they were made, except that a table comes only after every table it points at. */
    private List<String> parentsFirst(Connection target, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> of = new HashSet<>();
            for (Dialect.ForeignKey k : out().foreignKeys(target, table)) {
                if (!k.parent().equals(table)) {
                    of.add(k.parent());
                }
            }
            parents.put(table, of);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            String next = parents.keySet().stream().filter(t -> !order.contains(t))
                    .filter(t -> order.containsAll(parents.get(t))).findFirst()
                    .orElseThrow(() -> new StoreException("The tables of " + to.location().describe()
                            + " point at each other in a circle; they cannot be copied in a safe order."));
            order.add(next);
        }
        return order;
    }

    private void refuseNonEmpty(Connection target, List<String> tables) throws SQLException {
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM " + quote(table))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    holding.add(table + " (" + rs.getLong(1) + (rs.getLong(1) == 1 ? " row)" : " rows)"));
                }
            }
        }
        if (!holding.isEmpty()) {
            throw new RefusedException(RefusedException.Reason.TARGET_NOT_EMPTY, "Cannot move the data into "
                    + to.location().describe() + ": it is not empty; " + String.join(", ", holding)
                    + ". Moving fills an empty database only, so nothing there is mixed with or overwritten by"
                    + " another clinic's records; nothing was changed.");
        }
    }

    private void copyTable(Connection source, Connection target, String table, List<String> columns)
            throws SQLException {
        boolean server = out() == Dialect.POSTGRESQL;
        try (PreparedStatement insert = target.prepareStatement(out().insertKeepingIds(table, columns))) {
            TableRows.read(source, table, columns, row -> {
                if (server) {
                    refuseNul(table, columns, row);
                }
                TableRows.bind(insert, row);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException("Cannot copy the row of " + table + " with " + columns.get(0) + " "
                            + shown(row[0]) + " to " + to.location().describe() + ": " + e.getMessage()
                            + ". Nothing was moved: " + to.location().describe() + " was left as it was.", e);
                }
            });
        }
    }

    private void refuseNul(String table, List<String> columns, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof String text && text.indexOf('\u0000') >= 0) {
                throw new RefusedException(RefusedException.Reason.VALUE_NOT_STORABLE, "Cannot move the data: the"
                        + " row of " + table + " with " + columns.get(0) + " " + shown(row[0]) + " has a NUL character"
                        + " (U+0000) in " + columns.get(i) + ", which a PostgreSQL server cannot store. Correct that"
                        + " value in " + from.location().describe() + " and move again; nothing was moved.");
            }
        }
    }

    /** A row's first value as a message names it (never more than the start of a long text). */
    private static String shown(Object value) {
        if (value instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s).replace('\u0000', '?') + "\"";
        }
        return value instanceof byte[] b ? b.length + " bytes" : String.valueOf(value);
    }
}
