package com.b12consult.store;

import static com.b12consult.store.DatabaseOpenException.Reason.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The checks on the database file that need no SQLite, made before SQLite touches it: the file is there (or
 * is made, owner-only), readable, writable, and starts as an SQLite file does, or is empty and new.
 */
final class DatabaseFile {
    private static final String UNCHANGED = " The file was left unchanged.";
    /**
     * The least a window waits for another that is making or updating the file's schema. Not the busy timeout of
     * a write (seconds): an update runs once, and one that works over every patient (schema 11 fills next_doses)
     * takes longer than that on a large clinic or a busy machine; a window refused meanwhile would tell the nurse to
     * try again for no fault of hers, while the one waiting shows that it is opening the database.
     */
    static final Duration SCHEMA_UPDATE_WAIT = Duration.ofMinutes(2);
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /**
     * @return the migration lock, held, when this call made the file: until it is migrated, a second window
     *     finding it still empty waits rather than taking it for a damaged one; {@code null} otherwise
     */
    static MigrationLock check(Path path, Backups backups, Duration busyTimeout) throws DatabaseOpenException {
        if (Files.isDirectory(path)) {
            throw new DatabaseOpenException(path, NOT_A_DATABASE,
                    "Cannot open the database " + path + ": it is a folder, not a database file.", null);
        }
        if (!Files.exists(path)) {
            createFolder(path);
            MigrationLock lock = lock(path, busyTimeout);
            try {
                // created empty and owner-only before SQLite writes a byte of patient data into it
                Backups.createOwnerOnlyFile(path);
                return lock;
            } catch (FileAlreadyExistsException raced) {
                // Another window made it a moment ago, and is done with it, having held the lock we now have:
                // it is checked as any existing file.
                release(lock);
            } catch (IOException e) {
                release(lock);
                throw new DatabaseOpenException(path, CANNOT_CREATE, "Cannot create the database " + path
                        + " (" + e.getMessage() + ").", e);
            }
        }
        byte[] header = header(path);
        int found = header.length == 0 ? backupCount(path, backups) : 0;
        if (found > 0) {
            // A window that made the file holds the lock until it is migrated; once it has it, it is not empty.
            release(lock(path, busyTimeout));
            header = header(path);
            if (header.length == 0) {
                throw new DatabaseOpenException(path, DAMAGED, "Cannot open the database " + path + ": the file is"
                        + " empty (0 bytes), though " + found + (found == 1 ? " backup of it is in "
                        : " backups of it are in ") + backups.folder() + ". It was probably damaged by a failed"
                        + " copy, a sync program or a power cut. Restore it from a backup." + UNCHANGED, null);
            }
        }
        if (header.length > 0 && (header.length < 100
                || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length))) {
            throw new DatabaseOpenException(path, NOT_A_DATABASE, "Cannot open the database " + path
                    + ": it is not an SQLite database file." + UNCHANGED, null);
        }
        if (!Files.isWritable(path)) {
            throw new DatabaseOpenException(path, READ_ONLY, "Cannot open the database " + path
                    + ": the file can be read but not written. Check its permissions." + UNCHANGED, null);
        }
        return null;
    }

    private static byte[] header(Path path) throws DatabaseOpenException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(100);
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            throw new DatabaseOpenException(path, UNREADABLE, "Cannot open the database " + path
                    + ": the file cannot be read (" + why + "). Check its permissions." + UNCHANGED, e);
        }
    }

    /**
     * An empty file is how a new database starts, but also what a failed copy, a sync program or a power cut
     * can leave of a clinic's database. Backups beside it mean it once held data: opened as new, it would show
     * no patients, offer no restore, and its empty copies would rotate the good backups away. Decided before
     * SQLite opens it, which would delete a WAL file it found beside an empty database.
     */
    private static int backupCount(Path path, Backups backups) throws DatabaseOpenException {
        try {
            return backups.list().size();
        } catch (StoreException e) {
            throw new DatabaseOpenException(path, UNREADABLE, "Cannot open the database " + path + ": the file is"
                    + " empty (0 bytes), and the backups folder " + backups.folder() + " cannot be read to tell"
                    + " whether it held a database before (" + e.getMessage() + ")." + UNCHANGED, e);
        }
    }

    /**
     * The lock a new or updated file is worked on under ({@link MigrationLock}); refused when not had within the
     * longer of the busy timeout and {@link #SCHEMA_UPDATE_WAIT}.
     */
    static MigrationLock lock(Path path, Duration busyTimeout) throws DatabaseOpenException {
        Duration wait = busyTimeout.compareTo(SCHEMA_UPDATE_WAIT) > 0 ? busyTimeout : SCHEMA_UPDATE_WAIT;
        try {
            MigrationLock lock = MigrationLock.take(path, wait);
            if (lock == null) {
                throw new DatabaseOpenException(path, LOCKED, "Cannot open the database " + path
                        + ": another window of B12 Consult is updating it and did not finish within "
                        + wait.toSeconds() + " s. Try again in a moment.", null);
            }
            return lock;
        } catch (IOException e) {
            throw new DatabaseOpenException(path, CANNOT_CREATE, "Cannot open the database " + path
                    + ": the lock file " + MigrationLock.fileFor(path) + " for updating its schema cannot be"
                    + " made (" + e.getMessage() + "). Check the permissions of its folder.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseOpenException(path, MIGRATION_FAILED, "Cannot open the database " + path
                    + ": interrupted while waiting to update its schema.", e);
        }
    }

    /** Releasing cannot fail in a way that matters: closing the channel drops the lock regardless. */
    static void release(MigrationLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the channel
        }
    }

    private static void createFolder(Path path) throws DatabaseOpenException {
        Path folder = path.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseOpenException(path, CANNOT_CREATE, "Cannot create the database " + path
                    + ": its folder cannot be created (" + e.getMessage() + ").", e);
        }
        if (!Files.isWritable(folder)) {
            throw new DatabaseOpenException(path, CANNOT_CREATE, "Cannot create the database " + path
                    + ": the folder " + folder + " cannot be written.", null);
        }
    }
}
