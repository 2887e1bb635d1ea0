package com.b12consult.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Lets one instance at a time update the schema of a database file. Flyway takes no lock on SQLite, so
 * two windows started together on a new file (or after an update) would both apply the same migration,
 * and one of them was refused. The lock is an OS lock on a small file next to the database, never on
 * the database itself: closing any other handle on the database would drop SQLite's own locks.
 * <p>
 * The lock file is left in place after use: deleting it would let a third instance lock a new file
 * while a second still holds the old one.
 */
final class MigrationLock implements AutoCloseable {
    private static final long RETRY_MILLIS = 20;

    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + "-migration-lock");
    }

    /**
     * Waits up to {@code timeout} for the lock.
     *
     * @throws IOException if the lock file cannot be made or locked
     * @throws InterruptedException if interrupted while waiting
     * @return the lock, or {@code null} if another instance held it for the whole timeout
     */
    static MigrationLock take(Path database, Duration timeout) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(fileFor(database), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldInThisJvm) {
                    lock = null;
                }
                if (lock != null) {
                    return new MigrationLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    return null;
                }
                Thread.sleep(RETRY_MILLIS);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
