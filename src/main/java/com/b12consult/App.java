package com.b12consult;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Actor;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.DataLocation;
import com.b12consult.store.Database;
import com.b12consult.store.StoreChanges;
import com.b12consult.store.StoreLocation;
import com.b12consult.ui.FirstFrame;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.StartupProbe;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.WindowSize;
import com.b12consult.ui.consult.ConsultationViewModel;
import com.b12consult.ui.session.SignInView;
import com.b12consult.ui.session.SignInViewModel;
import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.BackupRecovery;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.StoredBackupRecovery;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.application.Application;
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

    private final GuiOptions givenOptions;
    private final Callable<Rulebook> rulebookSource;
    /** Per user of the workstation, not in the database (see WindowSize). */
    static final String WINDOW_PREFERENCES = "com/b12consult/window";
    private final WindowSize windowSize;
    private final Clock clock = Clock.systemDefaultZone();
    private FxTaskRunner tasks;
    private Database database;
    /** Tells the screens of another window's saves; closed before the database is. */
    private StoreChanges changes;
    /** Where the looks for other windows' saves run: a daemon thread of their own, unless a test runs them. */
    private StoreChanges.Schedule changesSchedule = StoreChanges.Schedule.onDaemonThread();
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
        this.givenOptions = options;
        this.rulebookSource = rulebookSource;
        this.windowSize = windowSize;
    }

    /**
     * For tests: the looks for other windows' saves run when the test says. Set before the app starts (a setter
     * rather than one more constructor, as the other constructors stand for other tests' needs).
     */
    App lookingForChangesOn(StoreChanges.Schedule schedule) {
        changesSchedule = schedule;
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
        StoreLocation location = options.store()
                .orElseGet(() -> new StoreLocation.SqliteFile(DataLocation.defaultDatabaseFile()));
        // A file is backed up beside itself, and a backup is offered when it cannot be opened; a clinic server
        // is backed up on the server.
        Path file = location instanceof StoreLocation.SqliteFile f ? f.file().toAbsolutePath().normalize() : null;
        if (file != null) {
            location = new StoreLocation.SqliteFile(file);
        }
        tasks = new FxTaskRunner();
        MainViewModel shell = file != null
                ? new MainViewModel(file, tasks, new StoredBackupRecovery(file, clock, () -> actor))
                : new MainViewModel(location, tasks, BackupRecovery.none());
        MainView main = new MainView(shell, stage::close);
        SignInViewModel signIn = new SignInViewModel(currentUser().osUser());
        SignInView signInView = new SignInView(signIn);
        StackPane window = new StackPane(main.root(), signInView.root());
        StoreLocation opened = location;

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
            StartupProbe.reportFirstFrame(scene, System.out);
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
                openDatabase(new SessionScreens.Window(stage, window, shell, main), opened, file, signedIn);
            }
        });
    }

    /** @param file the database file, to restore a backup over; null on the clinic server */
    private void openDatabase(SessionScreens.Window window, StoreLocation location, Path file, Actor actor) {
        // The rulebook is checked before the database is touched: the app does not start with content it cannot check.
        window.shell().openDatabase(() -> {
            Rulebook rulebook = rulebookSource.call();
            Database db = Database.open(location);
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
                    clock, tasks, backup -> {
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
