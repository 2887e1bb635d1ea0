package com.b12consult.ui.shell;

import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.Backups;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.ui.TaskRunner;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * When the database could not be opened because of its content (damaged, not a database), the offer to put
 * the newest good backup in its place. The damaged file is moved aside, never overwritten; once the backup
 * is in place the app opens on it.
 */
public final class RestoreOffer {

    private BackupRecovery recovery;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    /** A look for a backup or a restore is under way: a second restore waits for it. */
    private boolean busy;
    private final ReadOnlyStringWrapper restoredNotice = new ReadOnlyStringWrapper("");
    private Optional<Backups.BackupFile> offered = Optional.empty();

    RestoreOffer(BackupRecovery recovery, TaskRunner tasks, ZoneId zone) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Where backups are found from now on: the workstation switched to another store. */
    void useRecovery(BackupRecovery recovery) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        offered = Optional.empty();
        available.set(false);
        text.set("");
    }

    /** After a failed start: looks for a good backup when one could help, and says what it found. */
    void lookAfter(Throwable failure) {
        offered = Optional.empty();
        available.set(false);
        if (!(failure instanceof DatabaseOpenException e) || !e.restoringABackupMayHelp()) {
            text.set("");
            return;
        }
        busy = true;
        text.set("Looking for a good backup ...");
        tasks.run(recovery::newestGoodBackup, found -> {
            busy = false;
            offered = found;
            // the text first: the button never shows beside "Looking for a good backup ..."
            text.set(found.map(b -> "The newest good backup is from " + TypedDates.format(b.takenAt(), zone)
                            + " (" + size(b.size()) + "). Restoring it puts it in place of this file; the damaged"
                            + " file is kept, moved aside beside it, and nothing in it is deleted.")
                    .orElse("No good backup was found beside the file to restore from."));
            available.set(found.isPresent());
        }, problem -> {
            busy = false;
            text.set("The backups could not be checked: " + problem.getMessage());
        });
    }

    /** Puts the offered backup in place, then runs {@code reopen} to open the app on it. */
    void restore(Runnable reopen) {
        if (offered.isEmpty() || busy) {
            return;
        }
        Backups.BackupFile backup = offered.get();
        busy = true;
        available.set(false);
        text.set("Restoring the backup from " + TypedDates.format(backup.takenAt(), zone) + " ...");
        tasks.run(() -> recovery.restore(backup), (BackupRestore.Restored done) -> {
            busy = false;
            offered = Optional.empty();
            text.set("");
            restoredNotice.set("Restored the backup from " + TypedDates.format(backup.takenAt(), zone)
                    + done.previousMovedTo().map(p -> ". The damaged file was kept as " + p).orElse("") + ".");
            reopen.run();
        }, problem -> {
            busy = false;
            available.set(true);
            text.set("The backup could not be restored: " + problem.getMessage());
        });
    }

    /**
     * A restore asked for while the app was running (from Settings), the database already closed: runs it,
     * then reopens whatever file is in place; a refused backup leaves the file as it was, and says why.
     */
    void restoreWhileRunning(java.util.concurrent.Callable<BackupRestore.Restored> work, Runnable reopen) {
        busy = true;
        tasks.run(work, done -> {
            busy = false;
            restoredNotice.set("Restored the backup " + done.backup().getFileName()
                    + done.previousMovedTo().map(p -> ". The database in use before was kept as " + p).orElse("") + ".");
            reopen.run();
        }, problem -> {
            busy = false;
            restoredNotice.set("The backup was not restored: " + problem.getMessage());
            reopen.run();
        });
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** What was found, or is being done; empty when no backup could help. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while a good backup is on offer and nothing is under way. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** After a restore: which backup is in use now and where the damaged file went. */
    public ReadOnlyStringProperty restoredNoticeProperty() {
        return restoredNotice.getReadOnlyProperty();
    }
}
