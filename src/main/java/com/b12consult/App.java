package com.b12consult;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Actor;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.DataLocation;
import com.b12consult.store.Database;
import com.b12consult.store.StoreChanges;
import com.b12consult.store.StoreChoice;
import com.b12consult.store.StoreChoiceFile;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.FirstFrame;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.StartupProbe;
import com.b12consult.ui.TaskRunner;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.WindowSize;
import com.b12consult.ui.consult.ConsultationViewModel;
import com.b12consult.ui.database.DatabaseSettingsCard;
import com.b12consult.ui.database.DatabaseSettingsViewModel;
import com.b12consult.ui.database.ServerFormViewModel;
import com.b12consult.ui.database.StoreQuestionView;
import com.b12consult.ui.database.StoreQuestionViewModel;
import com.b12consult.ui.database.StoreSwitch;
import com.b12consult.ui.session.SignInView;
import com.b12consult.ui.session.SignInViewModel;
import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.BackupRecovery;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.StoredBackupRecovery;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The composition root: builds the services once and hands them to the screens. The window shows at
 * once; the database opens in the background, and the screens that need it are built when it is open.
 */
public final class App extends Application {
    static final String TITLE = "B12 Consult";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** How long after the screens are first shown today's backup of the file begins. */
    private static final javafx.util.Duration DAILY_BACKUP_AFTER_SCREENS = javafx.util.Duration.seconds(2);

    private final GuiOptions givenOptions;
    private final Callable<Rulebook> rulebookSource;
    /** Per user of the workstation, not in the database (see WindowSize). */
    static final String WINDOW_PREFERENCES = "com/b12consult/window";
    private final WindowSize windowSize;
    /** This user's choice of store, and the file "this computer only" means; null for this machine's defaults. */
    private final Path choiceFile;
    private final Path defaultFile;
    private StoreChoiceFile choices;
    private Path defaultDatabase;
    /** What reading the kept choice at start found that the user should know; shown in Settings → Database. */
    private final List<String> startNotes = new ArrayList<>();
    /** True when the store came from --db: the window's own choice is kept for starts without it. */
    private boolean storeGiven;
    private final Clock clock = Clock.systemDefaultZone();
    private FxTaskRunner tasks;
    private Database database;
    /** Tells the screens of another window's saves; closed before the database is. */
    private StoreChanges changes;
    /** Where the looks for other windows' saves run: a daemon thread of their own, unless a test runs them. */
    private StoreChanges.Schedule changesSchedule = StoreChanges.Schedule.onDaemonThread();
    /** Where today's backup is taken once the screens show: the app's background tasks, unless a test holds it. */
    private TaskRunner dailyBackupTasks;
    private ConsultationViewModel consultation;
    private boolean stopped;
    /** Who signed in to this session; null until then. */
    private volatile Actor actor;

    /** For {@link Application#launch}: the options come from the command line, the window's size from last time. */
    public App() {
        this(null, RulebookLoader::shipped, new WindowSize(Preferences.userRoot().node(WINDOW_PREFERENCES)));
    }

    /** For tests and embedding: the options are given, and the window opens at the default size. */
    public App(GuiOptions options) {
        this(options, RulebookLoader::shipped);
    }

    /** For tests: the rulebook comes from elsewhere (for example one that must be refused). */
    App(GuiOptions options, Callable<Rulebook> rulebookSource) {
        this(options, rulebookSource, null);
    }

    /** @param windowSize where the window's size is kept between starts; null for the default size every time */
    App(GuiOptions options, Callable<Rulebook> rulebookSource, WindowSize windowSize) {
        this(options, rulebookSource, windowSize, null, null);
    }

    /** For tests: the choice of store and the default database file in the test's own folder. */
    App(GuiOptions options, Path choiceFile, Path defaultFile) {
        this(options, RulebookLoader::shipped, null, choiceFile, defaultFile);
    }

    private App(GuiOptions options, Callable<Rulebook> rulebookSource, WindowSize windowSize, Path choiceFile,
                Path defaultFile) {
        this.givenOptions = options;
        this.rulebookSource = rulebookSource;
        this.windowSize = windowSize;
        this.choiceFile = choiceFile;
        this.defaultFile = defaultFile;
    }

    /** Where the store comes from at start, and whether the window asks first (and why). */
    private record Starting(StoreLocation location, boolean ask, String note, Optional<StoreChoice> kept) {
    }

    /**
     * --db first; else the choice kept on this computer; else the default file, asking once which store to use
     * when there is no file there yet (a new workstation). A kept choice that cannot be read is asked again.
     */
    private Starting starting(GuiOptions options) {
        StoreLocation defaultStore = new StoreLocation.SqliteFile(defaultDatabase);
        if (options.store().isPresent()) {
            return new Starting(options.store().get(), false, "", Optional.empty());
        }
        StoreChoiceFile.Read read = choices.read();
        if (read instanceof StoreChoiceFile.Chosen chosen) {
            startNotes.addAll(chosen.notes());
            StoreLocation location = chosen.choice().locationOnThisMachine(defaultDatabase, "", System.err::println);
            if (location instanceof StoreLocation.ClinicServer server && server.password().isEmpty()) {
                // not remembered, and not in the environment or ~/.pgpass: asked for, with the rest filled in
                return new Starting(location, true, "Type the password of user " + server.user() + " for the clinic"
                        + " server " + server.hostAndPort() + "; it is not remembered on this computer.",
                        Optional.of(chosen.choice()));
            }
            return new Starting(location, false, "", Optional.of(chosen.choice()));
        }
        if (read instanceof StoreChoiceFile.Damaged damaged) {
            return new Starting(defaultStore, true, damaged.message(), Optional.empty());
        }
        return new Starting(defaultStore, !Files.exists(defaultDatabase), "", Optional.empty());
    }

    /**
     * For tests: the looks for other windows' saves run when the test says. Set before the app starts (a setter
     * rather than one more constructor, as the other constructors stand for other tests' needs).
     */
    App lookingForChangesOn(StoreChanges.Schedule schedule) {
        changesSchedule = schedule;
        return this;
    }

    /** For tests: today's backup of the file, taken after the screens are shown, runs when the test says. */
    App takingDailyBackupOn(TaskRunner runner) {
        dailyBackupTasks = runner;
        return this;
    }

    /**
     * What the background start produces: the checked rulebook, then the open database, and the look for other
     * windows' saves (its first read taken before the screens read anything).
     */
    private record Started(Rulebook rulebook, Database database, StoreChanges changes) {
    }

    @Override
    public void start(Stage stage) {
        GuiOptions options = givenOptions != null ? givenOptions : GuiOptions.parse(getParameters().getRaw());
        choices = new StoreChoiceFile(choiceFile != null ? choiceFile : DataLocation.defaultChoiceFile());
        defaultDatabase = (defaultFile != null ? defaultFile : DataLocation.defaultDatabaseFile())
                .toAbsolutePath().normalize();
        storeGiven = options.store().isPresent();
        Starting starting = starting(options);
        StoreLocation location = absolute(starting.location());
        tasks = new FxTaskRunner();
        MainViewModel shell = new MainViewModel(location, tasks, recovery(location));
        MainView main = new MainView(shell, stage::close);
        SignInViewModel signIn = new SignInViewModel(currentUser().osUser());
        SignInView signInView = new SignInView(signIn);
        StackPane window = new StackPane(main.root(), signInView.root());
        StoreLocation opened = location;
        SessionScreens.Window session = new SessionScreens.Window(stage, window, shell, main);
        if (!storeGiven) {
            // a server of the window's choice that cannot be used is not a dead end: the choice is asked again
            shell.offerStoreChoice(() -> askStore(session, choices.read() instanceof StoreChoiceFile.Chosen c
                    ? Optional.of(c.choice()) : Optional.empty(), ""));
        }

        // Wide enough for the patient list and its form side by side with no column cut (clinic screens are 1366+).
        Scene scene = new Scene(window, WindowSize.DEFAULT_WIDTH, WindowSize.DEFAULT_HEIGHT);
        scene.getStylesheets().setAll(Stylesheets.all());
        stage.setTitle(TITLE);
        stage.setMinWidth(WindowSize.MIN_WIDTH);
        stage.setMinHeight(WindowSize.MIN_HEIGHT);
        stage.setScene(scene);
        if (windowSize != null) {
            windowSize.follow(stage);
        }
        if (options.startupProbe()) {
            // Signed in by the probe only after the first frame, as a person would, and only when it is told to.
            Runnable afterFirstFrame = options.probeInitials().<Runnable>map(initials -> () -> Platform.runLater(() -> {
                probeUntilReady(scene, shell);
                signIn.initialsProperty().set(initials);
                signIn.signIn();
            })).orElse(Platform::exit);
            StartupProbe.reportFirstFrame(scene, System.out, afterFirstFrame);
        }
        // Decoding and converting the icon sizes took a seventh of the way to the first frame (profiled);
        // the title bar and the task bar can take them a frame later.
        FirstFrame.then(scene, () -> setIcons(stage));
        stage.show();
        signInView.focus();

        // The screens take who is working when they are built, so the database opens once the user signed in
        // (a moment: the integrity check of a clinic's file is quick) and every audit entry carries the initials.
        signIn.signedInProperty().addListener((obs, was, signedIn) -> {
            if (signedIn != null && actor == null) {
                actor = signedIn;
                window.getChildren().remove(signInView.root());
                if (starting.ask()) {
                    askStore(session, starting.kept(), starting.note());
                } else {
                    openDatabase(session, opened, signedIn);
                }
            }
        });
    }

    /**
     * The probe's second figure: ready once the Patients screen shows rows of patients; a database that cannot be
     * opened ends the probe with the reason instead of leaving it waiting.
     */
    private static void probeUntilReady(Scene scene, MainViewModel shell) {
        StartupProbe.reportReady(scene, () -> patientsShown(scene, shell), System.out, Platform::exit);
        shell.databaseStateProperty().addListener((obs, was, now) -> {
            if (now == MainViewModel.DatabaseState.FAILED) {
                System.err.println("startup probe: " + shell.failureTitleProperty().get() + ": "
                        + shell.failureReasonProperty().get());
                Platform.exit();
            }
        });
    }

    /** The Patients screen is current, its database open, and its table has laid out a row holding a patient. */
    static boolean patientsShown(Scene scene, MainViewModel shell) {
        if (shell.currentScreenProperty().get() != com.b12consult.ui.shell.Screen.PATIENTS
                || shell.databaseStateProperty().get() != MainViewModel.DatabaseState.READY
                || !(scene.lookup("#patientTable") instanceof javafx.scene.control.TableView<?> table)
                || table.getScene() != scene || table.getItems().isEmpty()) {
            return false;
        }
        return table.lookupAll(".table-row-cell").stream().anyMatch(n -> n instanceof javafx.scene.control.TableRow<?> row
                && row.isVisible() && row.getItem() != null);
    }

    /** A file by its absolute path: it is backed up beside itself, and named so in messages. */
    private static StoreLocation absolute(StoreLocation location) {
        return location instanceof StoreLocation.SqliteFile f
                ? new StoreLocation.SqliteFile(f.file().toAbsolutePath().normalize()) : location;
    }

    /** A file's backups are offered when it cannot be opened; a clinic server is backed up on the server. */
    private BackupRecovery recovery(StoreLocation location) {
        return location instanceof StoreLocation.SqliteFile f
                ? new StoredBackupRecovery(f.file(), clock, () -> actor) : BackupRecovery.none();
    }

    /** The clinic server's form, tried off the screen's thread; the password typed, else from where --db takes it. */
    private ServerFormViewModel serverForm() {
        return new ServerFormViewModel(tasks, Database::checkServer, (choice, typed) ->
                (StoreLocation.ClinicServer) choice.locationOnThisMachine(defaultDatabase, typed, System.err::println));
    }

    /** Asks over the window where the records are kept, then opens them there. */
    private void askStore(SessionScreens.Window window, Optional<StoreChoice> kept, String note) {
        window.layers().getChildren().removeIf(n -> "storeQuestionPane".equals(n.getId()));
        StoreQuestionView[] view = new StoreQuestionView[1];
        StoreQuestionViewModel question = new StoreQuestionViewModel(serverForm(), new StoreSwitch() {
            @Override
            public void useThisComputer(StoreChoice keptServer) {
                // at a first start nothing is written: the file made at the default place answers next time
                if (Files.exists(choices.file())) {
                    choices.write(keptServer);
                }
                window.layers().getChildren().remove(view[0].root());
                switchStore(window, new StoreLocation.SqliteFile(defaultDatabase));
            }

            @Override
            public void useServer(StoreChoice choice, StoreLocation.ClinicServer location) {
                choices.write(choice);
                window.layers().getChildren().remove(view[0].root());
                switchStore(window, location);
            }
        }, kept, note);
        view[0] = new StoreQuestionView(question);
        window.layers().getChildren().add(view[0].root());
        view[0].focus();
    }

    /**
     * Closes the store in use (what was typed kept, background writes finished first), then opens the app's screens
     * on {@code location} through the same path as at start, as after a restore.
     */
    private void switchStore(SessionScreens.Window window, StoreLocation location) {
        if (consultation != null) {
            consultation.flushDraft();
            consultation = null;
        }
        tasks.awaitIdle(Duration.ofSeconds(5));
        if (database != null) {
            Database db = database;
            database = null;
            db.close();
        }
        StoreLocation to = absolute(location);
        window.shell().useStore(to, recovery(to));
        openDatabase(window, to, actor);
    }

    /** Settings → Database, on the store just opened. */
    private javafx.scene.Node databaseSection(SessionScreens.Window window, StoreLocation open) {
        StoreChoiceFile.Read read = choices.read();
        Optional<StoreChoice> kept = read instanceof StoreChoiceFile.Chosen c ? Optional.of(c.choice())
                : Optional.empty();
        List<String> notes = new ArrayList<>(startNotes);
        if (read instanceof StoreChoiceFile.Chosen c) {
            c.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        }
        if (read instanceof StoreChoiceFile.Damaged d) {
            notes.add(d.message());
        }
        if (storeGiven) {
            notes.add("This window was started with --db, which comes first: a choice made here is kept for the"
                    + " starts without it.");
        }
        return new DatabaseSettingsCard(new DatabaseSettingsViewModel(open, kept, notes, serverForm(),
                new StoreSwitch() {
                    @Override
                    public void useThisComputer(StoreChoice keptServer) {
                        choices.write(keptServer);
                        switchStore(window, new StoreLocation.SqliteFile(defaultDatabase));
                    }

                    @Override
                    public void useServer(StoreChoice choice, StoreLocation.ClinicServer location) {
                        choices.write(choice);
                        switchStore(window, location);
                    }
                })).build();
    }

    private void openDatabase(SessionScreens.Window window, StoreLocation location, Actor actor) {
        // the database file, to restore a backup over; null on the clinic server
        Path file = location instanceof StoreLocation.SqliteFile f ? f.file() : null;
        // The rulebook is checked before the database is touched: the app does not start with content it cannot check.
        window.shell().openDatabase(() -> {
            Rulebook rulebook = rulebookSource.call();
            // today's backup (a second or more for a clinic's file) waits until the screens are shown
            Database db = Database.open(location, Database.DailyBackup.WHEN_ASKED);
            try {
                return new Started(rulebook, db, new StoreChanges(db));
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }, started -> {
            Database db = started.database();
            if (stopped) {
                started.changes().close();
                db.close();
                return;
            }
            database = db;
            changes = started.changes();
            SessionScreens screens = new SessionScreens(window, Stores.on(db, clock, actor), started.rulebook(), actor,
                    clock, tasks, databaseSection(window, location), backup -> {
                        if (file == null) {
                            throw new IllegalStateException("The clinic server is backed up and restored on the"
                                    + " server, not from a workstation");
                        }
                        restoreThenReopen(window.shell(), db, backup, file, actor);
                    });
            consultation = screens.consultation();
            // Looked for on a thread of its own; the screens read again on theirs, unless this database was closed.
            changes.addListener(() -> Platform.runLater(() -> {
                if (!stopped && database == db) {
                    screens.followStore();
                }
            }));
            changes.start(changesSchedule, StoreChanges.EVERY);
            // Taken in the background once the screens have been shown and laid out (a copy of the file, 1 s or more
            // of both cores, held the list's first layout back when it began at once); Settings then lists it or says
            // why not. A window closed before then takes it as it closes (stop).
            FirstFrame.then(window.stage().getScene(), () -> {
                PauseTransition settle = new PauseTransition(DAILY_BACKUP_AFTER_SCREENS);
                settle.setOnFinished(e -> {
                    if (stopped || database != db) {
                        // closed meanwhile (stop took the backup still owed) or reopened on a restored file (its
                        // own open schedules one): the background runner may already be shut
                        return;
                    }
                    (dailyBackupTasks != null ? dailyBackupTasks : tasks).run(db::takeDailyBackupIfDue, problem -> {
                        if (!stopped && database == db) {
                            screens.dailyBackupTaken();
                        }
                    }, failed -> System.err.println("Today's backup could not be made: " + failed.getMessage()));
                });
                settle.play();
            });
        });
    }

    /**
     * The simplest safe way back: close the file, restore, and build every screen again on the restored file
     * exactly as at start, so no screen keeps a hold on the old one. What was typed is kept, and background
     * writes finish, before the file is closed.
     */
    private void restoreThenReopen(MainViewModel shell, Database db, Path backup, Path file, Actor actor) {
        if (consultation != null) {
            consultation.flushDraft();
        }
        tasks.awaitIdle(Duration.ofSeconds(5));
        database = null;
        closeChanges();
        db.close();
        shell.restoreThenReopen(() -> new BackupRestore(clock).restore(backup, file, actor));
    }

    @Override
    public void stop() {
        stopped = true;
        if (consultation != null) {
            // What was typed in the last half second is kept too, before the database closes.
            try {
                consultation.flushDraft();
            } catch (RuntimeException e) {
                System.err.println("The consultation draft could not be kept: " + e.getMessage());
            }
        }
        if (tasks != null) {
            tasks.close();
        }
        closeChanges();
        if (database != null) {
            // closed within moments of opening: today's backup, if still owed, is not skipped
            database.takeDailyBackupIfDue().ifPresent(problem -> System.err.println(problem));
            database.close();
            database = null;
        }
    }

    private void closeChanges() {
        if (changes != null) {
            changes.close();
            changes = null;
        }
    }

    /** The operating-system user; the initials come from the sign-in. */
    private static Actor currentUser() {
        String user = System.getProperty("user.name", "");
        return new Actor(user.isBlank() ? "unknown" : user, "");
    }

    /** Every size there is; a missing one is skipped, so a build without the icon files still runs. */
    private static void setIcons(Stage stage) {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            URL url = App.class.getResource("icons/b12consult-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        stage.getIcons().setAll(icons);
    }
}
