package com.b12consult;

import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Actor;
import com.b12consult.store.AuditLog;
import com.b12consult.store.DataLocation;
import com.b12consult.store.Database;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.ui.FirstFrame;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.StartupProbe;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.patients.PatientFormViewModel;
import com.b12consult.ui.patients.PatientsView;
import com.b12consult.ui.patients.PatientsViewModel;
import com.b12consult.ui.settings.SettingsView;
import com.b12consult.ui.settings.SettingsViewModel;
import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.Screen;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The composition root: builds the services once and hands them to the screens. The window shows at
 * once; the database opens in the background, and the screens that need it are built when it is open.
 */
public final class App extends Application {
    static final String TITLE = "B12 Consult";
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private final GuiOptions givenOptions;
    private final Clock clock = Clock.systemDefaultZone();
    private FxTaskRunner tasks;
    private Database database;
    private boolean stopped;

    /** For {@link Application#launch}: the options come from the command line. */
    public App() {
        this(null);
    }

    /** For tests and embedding: the options are given. */
    public App(GuiOptions options) {
        this.givenOptions = options;
    }

    @Override
    public void start(Stage stage) {
        GuiOptions options = givenOptions != null ? givenOptions : GuiOptions.parse(getParameters().getRaw());
        Path file = options.database().orElseGet(DataLocation::defaultDatabaseFile).toAbsolutePath().normalize();
        tasks = new FxTaskRunner();
        MainViewModel shell = new MainViewModel(file, tasks);
        MainView main = new MainView(shell, stage::close);

        Scene scene = new Scene(main.root(), 1180, 760);
        scene.getStylesheets().setAll(Stylesheets.all());
        stage.setTitle(TITLE);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        if (options.startupProbe()) {
            StartupProbe.reportFirstFrame(scene, System.out);
        }
        // Decoding and converting the icon sizes took a seventh of the way to the first frame (profiled);
        // the title bar and the task bar can take them a frame later.
        FirstFrame.then(scene, () -> setIcons(stage));
        stage.show();

        Actor actor = currentUser();
        shell.openDatabase(() -> Database.open(file), db -> {
            if (stopped) {
                db.close();
                return;
            }
            database = db;
            AuditLog audit = new AuditLog(db, clock);
            PatientRepository patients = new PatientRepository(db, audit);
            SettingsRepository settings = new SettingsRepository(db, audit);
            PatientsViewModel patientsModel =
                    new PatientsViewModel(patients, new PatientFormViewModel(patients, actor, clock));
            main.install(Screen.PATIENTS, new PatientsView(patientsModel).root());
            main.install(Screen.SETTINGS, new SettingsView(new SettingsViewModel(settings, actor)).root());
        });
    }

    @Override
    public void stop() {
        stopped = true;
        if (tasks != null) {
            tasks.close();
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The audit log names the operating-system user; initials come with the screens that ask for them. */
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
