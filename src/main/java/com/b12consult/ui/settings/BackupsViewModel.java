package com.b12consult.ui.settings;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Backups;
import com.b12consult.store.Database;
import com.b12consult.store.SettingKey;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StoreException;
import com.b12consult.ui.SaveFailures;
import com.b12consult.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups part of Settings: where backups go, the newest, how many to keep, a backup now, and a restore.
 * A restore puts the chosen backup in place of the open database; the app then builds its screens again on
 * the restored file, by the same path it takes at start (see {@code App}), so no screen keeps using the old one.
 *
 * <p>Everything that reads or writes the database or the backups folder (how many to keep, the list, a backup now)
 * runs off the screen's thread, through the {@link TaskRunner}; the card says it is reading, and a button waits
 * while its work runs. The newest listing wins over an older one. A count that could not be saved stays as typed,
 * with the reason at its field.
 */
public final class BackupsViewModel {

    /** One backup as listed: the file and a line with its time and size. */
    public record BackupItem(Backups.BackupFile backup, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Database database;
    private final SettingsRepository settings;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final Consumer<Path> restoreAndReopen;
    private final TaskRunner tasks;
    private final Backups backups;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper savingKeep = new ReadOnlyBooleanWrapper(this, "savingKeep", false);
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper(this, "backingUp", false);
    /** True once how many to keep was read (or found unreadable): until then the field has nothing to change. */
    private final ReadOnlyBooleanWrapper keepRead = new ReadOnlyBooleanWrapper(this, "keepRead", false);
    /** Counts the listings: one is shown only when no later one began. */
    private long listings;
    private final StringProperty keep = new SimpleStringProperty(this, "keep", "");
    private final ReadOnlyStringWrapper keepMessage = new ReadOnlyStringWrapper(this, "keepMessage", "");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<BackupItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<BackupItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BackupItem> confirming = new ReadOnlyObjectWrapper<>(this, "confirming");

    /**
     * @param tasks            reads, saves and backs up off the screen's thread, and hands the outcome back on it
     * @param restoreAndReopen closes the database, restores the given backup in its place and opens the app on it
     */
    public BackupsViewModel(Database database, SettingsRepository settings, AuditLog audit, Actor actor, Clock clock,
                            TaskRunner tasks, Consumer<Path> restoreAndReopen) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.restoreAndReopen = Objects.requireNonNull(restoreAndReopen, "restoreAndReopen");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.backups = new Backups(database.file(), clock);
        keep.addListener(x -> keepMessage.set(""));
        database.backupProblem().ifPresent(p -> problem.set("The last backup failed. " + p));
        tasks.run(() -> settings.get(SettingKey.BACKUPS_KEPT), kept -> {
            keep.set(Integer.toString(kept));
            keepRead.set(true);
        }, unreadable -> {
            // a stored value the app cannot read: said at the field, which the user can correct
            keep.set("");
            keepRead.set(true);
            keepMessage.set(unreadable instanceof StoreException ? unreadable.getMessage()
                    : SaveFailures.say("Backups to keep could not be read: ", unreadable));
        });
        refresh();
    }

    /** Today's backup, taken once the window showed the records: listed, and its failure said as one at start is. */
    public void dailyBackupTaken() {
        database.backupProblem().ifPresent(p -> problem.set("The last backup failed. " + p));
        refresh();
    }

    /** Lists the backups there are again, off the screen's thread; the newest listing wins. */
    public void refresh() {
        long listing = ++listings;
        loading.set(true);
        tasks.run(backups::list, all -> {
            if (listing == listings) {
                loading.set(false);
                show(all);
            }
        }, failed -> {
            if (listing == listings) {
                loading.set(false);
                problem.set(failed.getMessage() == null ? failed.toString() : failed.getMessage());
            }
        });
    }

    private void show(List<Backups.BackupFile> all) {
        items.setAll(all.stream().map(b -> new BackupItem(b, describe(b))).toList());
        lastBackup.set(all.isEmpty() ? "No backup has been taken yet."
                : "Last backup: " + describe(all.get(0)) + ".");
    }

    private String describe(Backups.BackupFile b) {
        return TypedDates.formatToTheSecond(b.takenAt(), clock.getZone()) + ", " + size(b.size());
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Saves how many backups to keep, off the screen's thread, when it is a whole number from 1 to 365; otherwise
     * says so at the field and returns false. A store that fails is said at the field when it answers, the number
     * kept as typed.
     */
    public boolean saveKeep() {
        if (savingKeep.get() || !keepRead.get()) {
            return false;
        }
        String typed = keep.get() == null ? "" : keep.get().strip();
        int n;
        try {
            n = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 365) {
            keepMessage.set("Backups to keep: a whole number from 1 to 365" + (typed.isEmpty() ? "." : " (\"" + typed
                    + "\" is not)."));
            return false;
        }
        int kept = n;
        savingKeep.set(true);
        outcome.set("");
        tasks.run(() -> {
            settings.put(SettingKey.BACKUPS_KEPT, kept, actor);
            return kept;
        }, saved -> {
            savingKeep.set(false);
            outcome.set("The newest " + saved + " backups will be kept; older ones go when the next backup is taken.");
        }, failed -> {
            savingKeep.set(false);
            keepMessage.set(SaveFailures.say("Backups to keep: " + kept + " was not saved: ", failed));
        });
        return true;
    }

    /** What a backup now made: the file, and the backups there are after it. */
    private record Taken(Path file, List<Backups.BackupFile> all) {
    }

    /** Takes a backup now, off the screen's thread, keeping the newest as many as set; audited. */
    public void backUpNow() {
        if (backingUp.get()) {
            return;
        }
        outcome.set("");
        backingUp.set(true);
        long listing = ++listings;
        tasks.run(() -> {
            Path taken = database.backUpNow(clock);
            audit.append(actor, AuditAction.BACKUP_TAKEN, OptionalLong.empty(), "backup " + taken.getFileName());
            return new Taken(taken, backups.list());
        }, taken -> {
            backingUp.set(false);
            problem.set("");
            if (listing == listings) {
                loading.set(false);
                show(taken.all());
            }
            outcome.set("Backed up to " + taken.file() + ".");
        }, failed -> {
            backingUp.set(false);
            if (listing == listings) {
                loading.set(false);
            }
            problem.set("The backup failed: " + (failed.getMessage() == null ? failed.toString() : failed.getMessage()));
        });
    }

    /** Asks to confirm the restore of the selected backup. */
    public void startRestore() {
        if (selected.get() != null) {
            confirming.set(selected.get());
        }
    }

    public void cancelRestore() {
        confirming.set(null);
    }

    /** Restores the backup being confirmed; the app's screens are then built again on it. */
    public void confirmRestore() {
        BackupItem item = confirming.get();
        if (item != null) {
            confirming.set(null);
            restoreAndReopen.accept(item.backup().file());
        }
    }

    /** What a restore of the backup being confirmed does, in words; empty when none is. */
    public String confirmationText() {
        BackupItem item = confirming.get();
        if (item == null) {
            return "";
        }
        return "Restore the backup of " + item.label() + "? The database in use now is moved aside beside it as "
                + database.file().getFileName() + ".before-restore-…, not deleted. Anything saved after the backup"
                + " was taken will not be in the app (it stays in the moved-aside file). The screens open again on"
                + " the restored file.";
    }

    public Path folder() {
        return backups.folder();
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty keepMessage() {
        return keepMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    /** Why the last backup failed, plainly; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while the backups are listed: the card says so. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while how many to keep is saved: its Save waits. */
    public ReadOnlyBooleanProperty savingKeepProperty() {
        return savingKeep.getReadOnlyProperty();
    }

    /** True while a backup is taken: Back up now, and a restore, wait. */
    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }

    /** True once how many to keep was read; until then the field waits. */
    public ReadOnlyBooleanProperty keepReadProperty() {
        return keepRead.getReadOnlyProperty();
    }

    public ObservableList<BackupItem> backups() {
        return items;
    }

    public ObjectProperty<BackupItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<BackupItem> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }
}
