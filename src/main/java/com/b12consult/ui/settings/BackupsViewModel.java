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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
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
    private final Backups backups;
    private final StringProperty keep = new SimpleStringProperty(this, "keep", "");
    private final ReadOnlyStringWrapper keepMessage = new ReadOnlyStringWrapper(this, "keepMessage", "");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ObservableList<BackupItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<BackupItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BackupItem> confirming = new ReadOnlyObjectWrapper<>(this, "confirming");

    /**
     * @param restoreAndReopen closes the database, restores the given backup in its place and opens the app on it
     */
    public BackupsViewModel(Database database, SettingsRepository settings, AuditLog audit, Actor actor, Clock clock,
                            Consumer<Path> restoreAndReopen) {
        this.database = Objects.requireNonNull(database, "database");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.restoreAndReopen = Objects.requireNonNull(restoreAndReopen, "restoreAndReopen");
        this.backups = new Backups(database.file(), clock);
        keep.addListener(x -> keepMessage.set(""));
        database.backupProblem().ifPresent(p -> problem.set("The last backup failed. " + p));
        try {
            keep.set(Integer.toString(settings.get(SettingKey.BACKUPS_KEPT)));
        } catch (StoreException unreadable) {
            // a stored value the app cannot read: said at the field, which the user can correct
            keep.set("");
            keepMessage.set(unreadable.getMessage());
        }
        refresh();
    }

    /** Today's backup, taken once the window showed the records: listed, and its failure said as one at start is. */
    public void dailyBackupTaken() {
        database.backupProblem().ifPresent(p -> problem.set("The last backup failed. " + p));
        refresh();
    }

    /** Lists the backups there are again. */
    public void refresh() {
        try {
            List<Backups.BackupFile> all = backups.list();
            items.setAll(all.stream().map(b -> new BackupItem(b, describe(b))).toList());
            lastBackup.set(all.isEmpty() ? "No backup has been taken yet."
                    : "Last backup: " + describe(all.get(0)) + ".");
        } catch (StoreException e) {
            problem.set(e.getMessage());
        }
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

    /** Saves how many backups to keep when it is a whole number from 1 to 365; otherwise says so at the field. */
    public boolean saveKeep() {
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
        settings.put(SettingKey.BACKUPS_KEPT, n, actor);
        outcome.set("The newest " + n + " backups will be kept; older ones go when the next backup is taken.");
        return true;
    }

    /** Takes a backup now, keeping the newest as many as set; audited. */
    public void backUpNow() {
        outcome.set("");
        try {
            Path taken = database.backUpNow(clock);
            audit.append(actor, AuditAction.BACKUP_TAKEN, OptionalLong.empty(), "backup " + taken.getFileName());
            problem.set("");
            refresh();
            outcome.set("Backed up to " + taken + ".");
        } catch (StoreException e) {
            problem.set("The backup failed: " + e.getMessage());
        }
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
