package com.b12consult.store;

import static com.b12consult.store.DatabaseOpenException.Reason.*;

import com.b12consult.store.DatabaseOpenException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The clinic's data: one SQLite file ("This computer only", the default), or one database on the clinic's
 * PostgreSQL server ({@link ClinicServerOpening}); repositories use either through the same two calls,
 * {@link #inTransaction} and {@link #read}, and the SQL the two say differently is the {@link Dialect}'s.
 * <p>
 * The SQLite file: Opening it checks, before anything is written, that the file is an
 * SQLite database of this app, readable, writable, not locked by another program and not from a newer
 * version of the app; only then does it switch to WAL and apply the numbered migrations.
 * <p>
 * One connection serves the whole app (on a server: one at a time from a small pool); a lock serialises
 * its use, so repositories may be called from any thread.
 * <p>
 * Opening also keeps the {@link Backups}: one before any pending migration (no update without a way
 * back) and one a day. The file and its backups are made readable by their owner only.
 */
public final class Database implements AutoCloseable {
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** The one-row table whose counter every saving transaction moves on (schema 10; see {@link StoreChanges}). */
    static final String CHANGE_COUNTER_TABLE = "store_changes";

    private static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String UNCHANGED = " The file was left unchanged.";

    /**
     * Flyway and the SQLite driver log through SLF4J when it is there (to nothing: the app names SLF4J's no-op
     * provider) and through java.util.logging otherwise, whose console handler would print their INFO lines
     * (schema, file paths) on a clinic workstation. Held here so the levels are not lost with a collected logger.
     */
    private static final List<java.util.logging.Logger> QUIET = quiet("org.flywaydb", "org.sqlite");

    private static List<java.util.logging.Logger> quiet(String... names) {
        List<java.util.logging.Logger> loggers = new ArrayList<>();
        for (String name : names) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            loggers.add(logger);
        }
        return List.copyOf(loggers);
    }

    private final StoreLocation location;
    private final Dialect dialect;
    private final Connections connections;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Optional<String> backupProblem;
    /** The file's backups when opening left today's backup to {@link #takeDailyBackupIfDue}; null once taken. */
    private Backups owedDailyBackup;
    private int transactionDepth;
    /** How many transactions this instance committed: its own share of the store's change counter. */
    private long ownCommits;
    private boolean closed;
    /** The connection of the transaction under way, which calls made inside it join. */
    private Connection current;

    Database(StoreLocation location, Dialect dialect, Connections connections, Optional<String> backupProblem) {
        this.location = location;
        this.dialect = dialect;
        this.connections = connections;
        this.backupProblem = backupProblem;
    }

    /**
     * When a file's daily backup is taken: while it opens (the headless commands), or when the app asks for it once
     * its window shows the records. Copying a clinic's file takes a second or more, which the window need not wait
     * for; the backup before an update is taken while opening either way (no update without a way back).
     */
    public enum DailyBackup { WHILE_OPENING, WHEN_ASKED }

    /** Opens the SQLite file or the clinic server's database, whichever the location names. */
    public static Database open(StoreLocation location) throws DatabaseOpenException {
        return open(location, DailyBackup.WHILE_OPENING);
    }

    /** As {@link #open(StoreLocation)}; a clinic server is backed up on the server, so {@code daily} is for a file. */
    public static Database open(StoreLocation location, DailyBackup daily) throws DatabaseOpenException {
        if (location instanceof StoreLocation.ClinicServer server) {
            return ClinicServerOpening.open(server, DEFAULT_BUSY_TIMEOUT);
        }
        return open(((StoreLocation.SqliteFile) location).file(), DEFAULT_BUSY_TIMEOUT, Clock.systemUTC(), daily);
    }

    /**
     * Checks that the clinic server can be opened (reached, the login accepted, a schema this version can use)
     * without writing anything: a test of the connection before the workstation switches to it.
     *
     * @throws DatabaseOpenException with the same plain message opening it would give
     */
    public static void checkServer(StoreLocation.ClinicServer server) throws DatabaseOpenException {
        ClinicServerOpening.check(server, DEFAULT_BUSY_TIMEOUT);
    }

    public static Database open(Path file) throws DatabaseOpenException {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /** @param busyTimeout how long to wait for another program that is writing to the file */
    public static Database open(Path file, Duration busyTimeout) throws DatabaseOpenException {
        return open(file, busyTimeout, Clock.systemUTC());
    }

    /** @param clock stamps backups and decides whether the daily one is due */
    public static Database open(Path file, Duration busyTimeout, Clock clock) throws DatabaseOpenException {
        return open(file, busyTimeout, clock, DailyBackup.WHILE_OPENING);
    }

    /** @param daily whether today's backup, when due, is taken while opening or left to {@link #takeDailyBackupIfDue} */
    public static Database open(Path file, Duration busyTimeout, Clock clock, DailyBackup daily)
            throws DatabaseOpenException {
        Path path = file.toAbsolutePath().normalize();
        Backups backups = new Backups(path, clock);
        MigrationLock created = DatabaseFile.check(path, backups, busyTimeout);
        try {
            return open(path, busyTimeout, backups, created, daily);
        } finally {
            DatabaseFile.release(created);
        }
    }

    /** @param created the migration lock, held, when the file was made by this open; else {@code null} */
    private static Database open(Path path, Duration busyTimeout, Backups backups, MigrationLock created,
                                 DailyBackup daily) throws DatabaseOpenException {
        SQLiteConfig config = connectionConfig(busyTimeout);
        Connection c;
        try {
            c = config.createConnection(url(path));
        } catch (SQLException e) {
            throw refusal(path, e, busyTimeout);
        }
        try {
            Flyway flyway = flyway(path, config);
            boolean holdsData = checkSchema(c, flyway, path, busyTimeout);
            if (holdsData) {
                checkIntegrity(c, path, busyTimeout);
            }
            checkWritable(c, path, busyTimeout);
            boolean backedUp = holdsData && backUpBeforeMigrating(c, flyway, backups, path);
            enableWal(c, path, busyTimeout);
            migrate(flyway, path, busyTimeout, created);
            Optional<String> problem = Optional.empty();
            boolean dailyOwed = holdsData && !backedUp;
            if (dailyOwed && daily == DailyBackup.WHILE_OPENING && backups.dailyDue()) {
                problem = dailyBackup(c, backups);
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                Backups.restrictToOwner(Path.of(path + suffix));
            }
            Database db = new Database(new StoreLocation.SqliteFile(path), Dialect.SQLITE, Connections.single(c),
                    problem);
            if (dailyOwed && daily == DailyBackup.WHEN_ASKED) {
                db.owedDailyBackup = backups;
            }
            return db;
        } catch (DatabaseOpenException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public StoreLocation location() {
        return location;
    }

    /** Told of every call on the store; does nothing until one is set. */
    private volatile Runnable callWatch = () -> { };

    /**
     * Sets what is run, on the calling thread, at the start of every read and transaction (a nested one too),
     * before the store's lock is taken: for a test to learn which thread called the store (the screen's must never),
     * or to slow the store down as a far server would. {@code null} sets it back to nothing.
     */
    public void watchCalls(Runnable watch) {
        callWatch = watch == null ? () -> { } : watch;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The version of the newest schema change applied to this database (as its migration history records it). */
    public String schemaVersion() {
        return read(c -> {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT version"
                    + " FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC")) {
                return rs.next() ? rs.getString(1) : "none";
            }
        });
    }

    /**
     * The SQLite file.
     *
     * @throws IllegalStateException on a clinic server, which has no file here
     */
    public Path file() {
        if (location instanceof StoreLocation.SqliteFile f) {
            return f.file();
        }
        throw new IllegalStateException("The data is on " + location.describe() + ", not in a file");
    }

    /**
     * Why today's backup could not be taken, if it could not; the database works regardless, but the user
     * should be told. A failed backup before an update refuses the open instead.
     */
    public Optional<String> backupProblem() {
        return backupProblem;
    }

    /**
     * Takes today's backup that opening left for later ({@link DailyBackup#WHEN_ASKED}), if it is due; once, however
     * often asked. Why it could not be taken is returned, and is {@link #backupProblem()} from then on. Nothing on a
     * clinic server, or when opening took the backup itself.
     */
    public Optional<String> takeDailyBackupIfDue() {
        Backups backups;
        synchronized (this) {
            backups = owedDailyBackup;
            owedDailyBackup = null;
        }
        if (backups == null) {
            return Optional.empty();
        }
        Optional<String> problem;
        try {
            if (!backups.dailyDue()) {
                return Optional.empty();
            }
            problem = read(c -> dailyBackup(c, backups));
        } catch (RuntimeException e) {
            problem = Optional.of("Today's backup of the database could not be made in " + backups.folder() + ": "
                    + e.getMessage());
        }
        backupProblem = problem;
        return problem;
    }

    /** Takes a backup now (while the app keeps working) and keeps the newest as many as the settings say. */
    public Path backUpNow(Clock clock) {
        if (dialect != Dialect.SQLITE) {
            throw new UnsupportedOperationException("A clinic server is backed up on the server, not by the app");
        }
        Backups backups = new Backups(file(), clock);
        return read(c -> backups.backUp(c, backupsKept(c)));
    }

    /**
     * Runs work that belongs together in one transaction: all of it is saved, or none of it. A call from
     * inside another transaction joins it. An exception thrown by the work rolls back and is rethrown;
     * an {@link SQLException} is rethrown as a {@link StoreException}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        callWatch.run();
        lock.lock();
        try {
            if (transactionDepth > 0) {
                return work.apply(current);
            }
            Connection c = connections.acquire();
            try {
                dialect.beginWrite(c);
                transactionDepth++;
                current = c;
                boolean committed = false;
                try {
                    T result = work.apply(c);
                    countChange(c);
                    try {
                        connections.commit(c);
                    } catch (SQLException e) {
                        throw failure(e, Doing.CONFIRMING);
                    }
                    committed = true;
                    ownCommits++;
                    return result;
                } finally {
                    transactionDepth--;
                    current = null;
                    if (!committed) {
                        connections.rollbackQuietly(c);
                    }
                }
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            throw failure(e, Doing.SAVING);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction: every repository call inside it joins it, so a bulk write (a sample
     * clinic) commits once rather than once per record, with the same all-or-nothing as {@link #inTransaction}.
     */
    public void inOneTransaction(Runnable work) {
        inTransaction(c -> {
            work.run();
            return null;
        });
    }

    /** Runs reads (or a single statement) on the connection, without a transaction of its own. */
    public <T> T read(SqlWork<T> work) {
        callWatch.run();
        lock.lock();
        try {
            if (transactionDepth > 0) {
                return work.apply(current);
            }
            Connection c = connections.acquire();
            try {
                return work.apply(c);
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            throw failure(e, Doing.READING);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds one to the store's change counter, inside the transaction, so it commits with the write or not at all.
     * The write lock is held already (BEGIN IMMEDIATE, or the server's advisory lock), so updating the one row
     * makes no save wait longer than it would anyway.
     */
    private static void countChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE store_changes SET counter = counter + 1 WHERE id = 1");
        }
    }

    /**
     * The store's change counter now (every window's saves), and how many of those saves were this instance's,
     * read together under the lock so no save of this instance falls between the two.
     */
    ChangeMark changeMark() {
        lock.lock();
        try {
            long counter = read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT counter FROM store_changes WHERE id = 1")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            return new ChangeMark(counter, ownCommits);
        } finally {
            lock.unlock();
        }
    }

    /** @param counter every save so far, by any window; @param own this instance's, since it opened */
    record ChangeMark(long counter, long own) {
    }

    /** False once closed: nothing more can be read or saved through it. */
    public boolean isOpen() {
        lock.lock();
        try {
            return !closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            connections.close();
        } catch (SQLException e) {
            throw failure(e, Doing.READING);
        } finally {
            lock.unlock();
        }
    }

    /** What a call was doing when it failed, which decides what its message can promise. */
    enum Doing {
        READING,
        /** saving, before the commit: the transaction was rolled back */
        SAVING,
        /** sending the commit: a connection lost now may have lost only the server's answer */
        CONFIRMING
    }

    private StoreException failure(SQLException e, Doing doing) {
        if (location instanceof StoreLocation.ClinicServer) {
            StoreException said = ClinicServerOpening.failure(location, e, doing);
            if (said instanceof ServerUnreachableException) {
                connections.serverLost();
            }
            return said;
        }
        if (isBusy(e)) {
            return new StoreException("The database " + file() + " is in use by another program and did not become"
                    + " free in time; nothing was saved. Try again in a moment.", e);
        }
        return new StoreException("Database error on " + file() + ": " + e.getMessage(), e);
    }

    // ---- opening --------------------------------------------------------------------------------------

    private static String url(Path path) {
        return "jdbc:sqlite:" + path;
    }

    private static SQLiteConfig connectionConfig(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        // Journal mode is set only after the checks: switching to WAL rewrites the file header, and a
        // refused file must stay as it was. synchronous stays FULL: a saved record survives a power cut.
        return config;
    }

    private static Flyway flyway(Path path, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url(path));
        return flyway(dataSource, Dialect.SQLITE);
    }

    /** The file's and the server's Flyway: the same settings, the dialect's migrations. */
    static Flyway flyway(javax.sql.DataSource dataSource, Dialect dialect) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .failOnMissingLocations(true)
                // Flyway ignores applied migrations it does not know ("future") by default; here they mean
                // a newer app wrote this file, and running on would misread its data.
                .ignoreMigrationPatterns("*:pending")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /**
     * Read-only: the file is an SQLite database, and either empty or of this app at a version it knows.
     * @return whether it holds tables (an empty new file has nothing to back up)
     */
    private static boolean checkSchema(Connection c, Flyway flyway, Path path, Duration busyTimeout)
            throws DatabaseOpenException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw refusal(path, e, busyTimeout);
        }
        if (tables.isEmpty()) {
            return false;
        }
        if (!tables.contains(HISTORY_TABLE)) {
            throw new DatabaseOpenException(path, NOT_A_B12_CONSULT_DATABASE, "Cannot open the database " + path
                    + ": it is an SQLite database of another program, not of B12 Consult." + UNCHANGED, null);
        }
        try {
            checkHistory(flyway, new StoreLocation.SqliteFile(path), "Cannot open the database " + path, UNCHANGED);
        } catch (FlywayException e) {
            throw refusal(path, e, busyTimeout, INCONSISTENT_SCHEMA, "its schema history cannot be read");
        }
        return true;
    }

    /**
     * The recorded schema history is one this version knows: no migration of a newer version, none changed.
     * Shared by the file and the clinic server.
     */
    static void checkHistory(Flyway flyway, StoreLocation location, String cannotOpen, String unchanged)
            throws DatabaseOpenException {
        List<String> future = new ArrayList<>();
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                future.add(m.getVersion() + " (" + m.getDescription() + ")");
            }
        }
        if (!future.isEmpty()) {
            throw new DatabaseOpenException(location, NEWER_SCHEMA, cannotOpen
                    + ": it was written by a newer version of B12 Consult (schema changes " + String.join(", ", future)
                    + " are unknown to this version). Install the newer version to open it." + unchanged, null);
        }
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            throw new DatabaseOpenException(location, INCONSISTENT_SCHEMA, cannotOpen
                    + ": its recorded schema history does not match this version of B12 Consult ("
                    + validation.getAllErrorMessages() + ")." + unchanged, null);
        }
    }

    /**
     * Read-only, before anything is written: a damaged file is refused as it is, so it can be kept and a
     * backup put in its place. A clinic's file is small enough for the full check to take a moment, in the
     * background, while the window shows it is opening.
     */
    private static void checkIntegrity(Connection c, Path path, Duration busyTimeout) throws DatabaseOpenException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(5)")) {
            while (rs.next()) {
                problems.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (primaryCode(e) == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                throw new DatabaseOpenException(path, DAMAGED, "Cannot open the database " + path
                        + ": the database is damaged (" + e.getMessage() + ")." + UNCHANGED, e);
            }
            throw refusal(path, e, busyTimeout);
        }
        if (!problems.equals(List.of("ok"))) {
            throw new DatabaseOpenException(path, DAMAGED, "Cannot open the database " + path
                    + ": the database is damaged (its integrity check found: " + String.join("; ", problems) + ")."
                    + UNCHANGED, null);
        }
    }

    /** @return whether a backup was taken (there was a migration pending) */
    private static boolean backUpBeforeMigrating(Connection c, Flyway flyway, Backups backups, Path path)
            throws DatabaseOpenException {
        try {
            if (flyway.info().pending().length == 0) {
                return false;
            }
            backups.backUp(c, backupsKept(c));
            return true;
        } catch (SQLException | FlywayException | StoreException e) {
            throw new DatabaseOpenException(path, MIGRATION_FAILED, "Cannot open the database " + path
                    + ": it needs an update for this version, and the backup taken before every update failed ("
                    + e.getMessage() + "), so the update was not started." + UNCHANGED, e);
        }
    }

    private static Optional<String> dailyBackup(Connection c, Backups backups) {
        try {
            backups.backUp(c, backupsKept(c));
            return Optional.empty();
        } catch (SQLException | StoreException e) {
            return Optional.of("Today's backup of the database could not be made in " + backups.folder() + ": "
                    + e.getMessage());
        }
    }

    /** The kept-backups setting; before the settings table exists, or if its value is bad, the default. */
    private static int backupsKept(Connection c) {
        SettingKey<Integer> key = SettingKey.BACKUPS_KEPT;
        try (var s = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, key.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? key.read(rs.getString(1)) : key.defaultValue();
            }
        } catch (SQLException | StoreException unreadable) {
            return key.defaultValue();
        }
    }

    /** Takes and releases the write lock, writing nothing, so a file held by another program is refused now rather than at the first save. */
    private static void checkWritable(Connection c, Path path, Duration busyTimeout) throws DatabaseOpenException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            throw refusal(path, e, busyTimeout);
        }
    }

    private static void enableWal(Connection c, Path path, Duration busyTimeout) throws DatabaseOpenException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
            rs.next();
        } catch (SQLException e) {
            throw refusal(path, e, busyTimeout);
        }
    }

    private static void migrate(Flyway flyway, Path path, Duration busyTimeout, MigrationLock created)
            throws DatabaseOpenException {
        try {
            if (flyway.info().pending().length == 0 || created != null) {
                flyway.migrate();
                return;
            }
            // Another window may be updating the same file right now; Flyway re-reads the history once
            // it has the lock, so the one that waited finds the work done.
            MigrationLock lock = DatabaseFile.lock(path, busyTimeout);
            try {
                flyway.migrate();
            } finally {
                DatabaseFile.release(lock);
            }
        } catch (FlywayException e) {
            throw refusal(path, e, busyTimeout, MIGRATION_FAILED,
                    "updating its schema failed, and the failed step was rolled back");
        }
    }

    private static DatabaseOpenException refusal(Path path, FlywayException e, Duration busyTimeout,
                                                 Reason otherwise, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && t instanceof SQLiteException) {
                return refusal(path, sql, busyTimeout);
            }
        }
        return new DatabaseOpenException(path, otherwise,
                "Cannot open the database " + path + ": " + what + " (" + e.getMessage() + ").", e);
    }

    private static DatabaseOpenException refusal(Path path, SQLException e, Duration busyTimeout) {
        String start = "Cannot open the database " + path + ": ";
        int code = primaryCode(e);
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new DatabaseOpenException(path, LOCKED, start + "another program (perhaps B12 Consult in another"
                    + " window) is using it and did not release it within " + busyTimeout.toMillis() / 1000.0
                    + " s. Close the other program and try again." + UNCHANGED, e);
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new DatabaseOpenException(path, NOT_A_DATABASE,
                    start + "it is not an SQLite database file." + UNCHANGED, e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new DatabaseOpenException(path, NOT_A_DATABASE, start + "the database is damaged ("
                    + e.getMessage() + "). Restore it from a backup." + UNCHANGED, e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new DatabaseOpenException(path, READ_ONLY, start + "it can be read but not written ("
                    + e.getMessage() + "). Check the permissions of the file and its folder." + UNCHANGED, e);
        }
        return new DatabaseOpenException(path, UNREADABLE, start + "it cannot be read (" + e.getMessage()
                + "). Check the permissions of the file and its folder." + UNCHANGED, e);
    }

    private static boolean isBusy(SQLException e) {
        int code = primaryCode(e);
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** The primary result code; extended codes carry it in their low byte. */
    private static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException s) {
            return s.getResultCode().code & 0xff;
        }
        return e.getErrorCode() & 0xff;
    }
}
