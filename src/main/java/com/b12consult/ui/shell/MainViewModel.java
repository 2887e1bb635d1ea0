package com.b12consult.ui.shell;

import com.b12consult.rules.RulebookException;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;

/**
 * The main window's state: which screen is shown and whether the patient database is open yet.
 * The window appears at once; the database opens in the background, and until it is open the
 * screens that need it show a quiet loading state, or the reason it could not be opened.
 */
public final class MainViewModel {
    static final String DATABASE_FAILED = "The patient database could not be opened";
    static final String RULEBOOK_FAILED = "The rulebook cannot be used";

    public enum DatabaseState { OPENING, READY, FAILED }

    /** The file or server opened; another when the workstation switches (Settings, Database). */
    private final javafx.beans.property.ObjectProperty<StoreLocation> database =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Screen> currentScreen = new ReadOnlyObjectWrapper<>(Screen.PATIENTS);
    private final ReadOnlyObjectWrapper<DatabaseState> databaseState = new ReadOnlyObjectWrapper<>(DatabaseState.OPENING);
    private final ReadOnlyStringWrapper failureReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failureTitle = new ReadOnlyStringWrapper(DATABASE_FAILED);
    private boolean rulebookFailed;
    private final ObservableStringValue statusDetail;
    private final BooleanBinding currentScreenNeedsDatabaseWait;
    private final RestoreOffer restoreOffer;
    private Runnable reopen = () -> { };
    private Runnable chooseStore;
    private final javafx.beans.property.ReadOnlyBooleanWrapper storeChoiceOffered =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public MainViewModel(Path databaseFile, TaskRunner tasks) {
        this(databaseFile, tasks, BackupRecovery.none());
    }

    /** @param recovery where a good backup is found when the database cannot be opened for its content */
    public MainViewModel(Path databaseFile, TaskRunner tasks, BackupRecovery recovery) {
        this(new StoreLocation.SqliteFile(Objects.requireNonNull(databaseFile, "databaseFile")), tasks, recovery);
    }

    /** @param database the file, or the clinic server, the app opens */
    public MainViewModel(StoreLocation database, TaskRunner tasks, BackupRecovery recovery) {
        this.database.set(Objects.requireNonNull(database, "database"));
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.restoreOffer = new RestoreOffer(recovery, tasks, java.time.ZoneId.systemDefault());
        statusDetail = Bindings.createStringBinding(this::describeState, databaseState, failureReason,
                restoreOffer.restoredNoticeProperty(), this.database, storeChoiceOffered);
        currentScreenNeedsDatabaseWait = Bindings.createBooleanBinding(
                () -> databaseState.get() != DatabaseState.READY, databaseState);
    }

    /**
     * Opens the database in the background. {@code whenOpen} runs on the screen's thread with the result
     * (it builds the screens that need it); only then does the state turn to ready. Any failure, in the
     * opening or in building the screens, turns it to failed with the reason.
     */
    public <T> void openDatabase(Callable<T> opening, Consumer<? super T> whenOpen) {
        reopen = () -> openDatabase(opening, whenOpen);
        databaseState.set(DatabaseState.OPENING);
        failureReason.set("");
        tasks.run(opening, result -> {
            try {
                whenOpen.accept(result);
                databaseState.set(DatabaseState.READY);
            } catch (RuntimeException e) {
                fail(e);
            }
        }, this::fail);
    }

    private void fail(Throwable e) {
        rulebookFailed = e instanceof RulebookException;
        failureTitle.set(rulebookFailed ? RULEBOOK_FAILED : DATABASE_FAILED);
        failureReason.set(reasonOf(e));
        databaseState.set(DatabaseState.FAILED);
        restoreOffer.lookAfter(e);
    }

    /** Puts the offered backup in place of the damaged file (kept, moved aside) and opens the app on it. */
    public void restoreNewestGoodBackup() {
        restoreOffer.restore(reopen);
    }

    /**
     * Restores a backup chosen while the app runs (the database must be closed first), then opens the app on
     * the file in place, building its screens again as at start.
     */
    public void restoreThenReopen(Callable<com.b12consult.store.BackupRestore.Restored> restore) {
        databaseState.set(DatabaseState.OPENING);
        restoreOffer.restoreWhileRunning(restore, reopen);
    }

    /**
     * The store the next {@link #openDatabase} opens: after the first-start choice, or a switch in Settings. A file
     * comes with where its backups are found when it cannot be opened; a clinic server with none.
     */
    public void useStore(StoreLocation location, BackupRecovery recovery) {
        database.set(Objects.requireNonNull(location, "location"));
        restoreOffer.useRecovery(recovery);
    }

    /**
     * Offers, when the database cannot be opened, to choose where the records are kept again (the window's own
     * choice, not one given with --db): a clinic server that cannot be used is then not a dead end.
     */
    public void offerStoreChoice(Runnable choose) {
        chooseStore = Objects.requireNonNull(choose, "choose");
        storeChoiceOffered.set(true);
    }

    /** Whether the failure pane offers to choose the database again. */
    public javafx.beans.property.ReadOnlyBooleanProperty storeChoiceOfferedProperty() {
        return storeChoiceOffered.getReadOnlyProperty();
    }

    public void chooseAnotherStore() {
        if (chooseStore != null) {
            chooseStore.run();
        }
    }

    /** The offer to restore a good backup after a failed start; its text is empty when none could help. */
    public RestoreOffer restoreOffer() {
        return restoreOffer;
    }

    private static String reasonOf(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }

    private String describeState() {
        if (database.get() instanceof StoreLocation.ClinicServer server) {
            return describeState(server);
        }
        Path databaseFile = databaseFile();
        return switch (databaseState.get()) {
            case OPENING -> "Opening the patient database " + databaseFile + " ...";
            case READY -> "Patient database: " + databaseFile
                    + (restoreOffer.restoredNoticeProperty().get().isEmpty() ? ""
                    : "\n" + restoreOffer.restoredNoticeProperty().get());
            case FAILED -> rulebookFailed
                    ? failureReason.get() + "\n\nB12 Consult does not start with clinical content it cannot check. "
                    + "Reinstall the app, or have the rulebook corrected where it names the rule."
                    : (failureReason.get().contains(databaseFile.toString()) ? "" : "File: " + databaseFile + "\n")
                    + failureReason.get()
                    + (restoreOffer.restoredNoticeProperty().get().isEmpty() ? ""
                    : "\n\n" + restoreOffer.restoredNoticeProperty().get())
                    + "\n\nClose B12 Consult and check the file, or start the app on another file with --db PATH.";
        };
    }

    /** The same states on the clinic server: there is no file to check, and no file backup to offer. */
    private String describeState(StoreLocation.ClinicServer server) {
        return switch (databaseState.get()) {
            case OPENING -> "Opening the patient database on " + server.describe() + " ...";
            case READY -> "Patient database on " + server.describe();
            case FAILED -> rulebookFailed
                    ? failureReason.get() + "\n\nB12 Consult does not start with clinical content it cannot check. "
                    + "Reinstall the app, or have the rulebook corrected where it names the rule."
                    : failureReason.get() + (storeChoiceOffered.get()
                    ? "\n\nWith Choose the database, try the server again once it can be used, or use another."
                    : "\n\nClose B12 Consult, and start it again once the server can be used,"
                    + " or on another database with --db PATH or --db postgresql://host:port/database.");
        };
    }

    public void show(Screen screen) {
        currentScreen.set(Objects.requireNonNull(screen, "screen"));
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return currentScreen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatabaseState> databaseStateProperty() {
        return databaseState.getReadOnlyProperty();
    }

    /** What failed at start: the database, or the rulebook. */
    public ReadOnlyStringProperty failureTitleProperty() {
        return failureTitle.getReadOnlyProperty();
    }

    /** Why the database could not be opened; empty unless the state is failed. */
    public ReadOnlyStringProperty failureReasonProperty() {
        return failureReason.getReadOnlyProperty();
    }

    /** One line for the status bar while opening and when ready; when failed, the file, the reason and what to do. */
    public ObservableStringValue statusDetail() {
        return statusDetail;
    }

    /** True while the current screen needs the database and it is not open (opening or failed). */
    public BooleanBinding currentScreenWaitsForDatabase() {
        return currentScreenNeedsDatabaseWait;
    }

    /** The database file; null when the app opens the clinic server. */
    public Path databaseFile() {
        return database.get() instanceof StoreLocation.SqliteFile file ? file.file() : null;
    }
}
