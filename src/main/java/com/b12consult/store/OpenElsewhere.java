package com.b12consult.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Tells whether another program has a database open, by the lock SQLite itself holds for every open
 * connection, and keeps others from opening it while held.
 * <p>
 * A checkpoint that is not busy proves nothing: an idle window of B12 Consult on the same file holds no
 * write lock, yet keeps writing through its open handles into a file moved away under it. In WAL mode,
 * though, SQLite's unix VFS holds a shared POSIX ({@code fcntl}) read lock on the "dead man's switch"
 * byte of {@code <db>-shm} (offset 128: {@code UNIX_SHM_BASE} 120 plus 8 lock slots) from the moment a
 * connection maps the WAL index until it closes. An exclusive lock on that byte is therefore granted only
 * when no other process has the database open; {@link FileChannel#tryLock} uses {@code fcntl} on Linux and
 * macOS, so the two see each other. Network folders pass it on only where their file system passes
 * {@code fcntl} locks on (NFS with lockd, SMB with byte-range locks).
 * <p>
 * <b>Only when this process has no connection to the file open.</b> POSIX locks belong to the process,
 * not the handle, so this lock would not conflict with a connection of this same process, and closing
 * this channel drops every lock the process holds on {@code -shm}, SQLite's included. The app closes its
 * {@link Database} before restoring, and the command line never opens one.
 * <p>
 * No {@code -shm} file means no one has the database open in WAL mode (SQLite creates it on opening, and
 * the last connection to close deletes it). On Windows nothing is checked here: Windows refuses to move a
 * file another program holds open, so a restore there already fails before anything is moved.
 */
final class OpenElsewhere implements AutoCloseable {
    /** {@code UNIX_SHM_DMS} in SQLite's os_unix.c. */
    static final long DEAD_MANS_SWITCH = 128;

    private static final OpenElsewhere NOTHING_HELD = new OpenElsewhere(null, null);

    private final FileChannel channel;
    private final FileLock lock;

    private OpenElsewhere(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path sharedMemoryOf(Path database) {
        return database.resolveSibling(database.getFileName() + "-shm");
    }

    /**
     * Takes the lock that an opening SQLite connection waits on, so no other program opens the database
     * until {@link #close()}.
     *
     * @throws DatabaseInUseException if another program has it open, or whether it has cannot be told
     */
    static OpenElsewhere refuseIfOpen(Path database) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return NOTHING_HELD;
        }
        Path shm = sharedMemoryOf(database);
        FileChannel channel;
        try {
            channel = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException noneOpen) {
            return NOTHING_HELD;
        } catch (IOException e) {
            throw new DatabaseInUseException(database, "whether another window has it open cannot be checked: "
                    + shm + " cannot be opened (" + e.getMessage() + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock(DEAD_MANS_SWITCH, 1, false);
        } catch (OverlappingFileLockException restoringInThisJvm) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database, "whether another window has it open cannot be checked: "
                    + shm + " cannot be locked (" + e.getMessage() + ")", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DatabaseInUseException(database);
        }
        return new OpenElsewhere(channel, lock);
    }

    /** Lets other programs open the database again. */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it; its locks go with the handle
        }
    }
}
