package com.b12consult;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.cli.GuiOptions;
import com.b12consult.domain.Actor;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.Rulebook;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.BackupRestore;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.DataLocation;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.DraftRepository;
import com.b12consult.store.HandoutRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientData;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.SettingsRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.ui.FirstFrame;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.StartupProbe;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.WindowSize;
import com.b12consult.ui.audit.AuditLogView;
import com.b12consult.ui.audit.AuditLogViewModel;
import com.b12consult.ui.check.FollowUpViewModel;
import com.b12consult.ui.check.PreInjectionCheckView;
import com.b12consult.ui.check.PreInjectionCheckViewModel;
import com.b12consult.ui.check.PrescriptionFormViewModel;
import com.b12consult.ui.consult.ConsultationHistoryViewModel;
import com.b12consult.ui.consult.ConsultationView;
import com.b12consult.ui.consult.ConsultationViewModel;
import com.b12consult.ui.consult.DraftKeeper;
import com.b12consult.ui.consult.FxDraftTimer;
import com.b12consult.ui.consult.PastConsultationsWindow;
import com.b12consult.ui.consult.StandardSteps;
import com.b12consult.ui.handout.FxHandoutFiles;
import com.b12consult.ui.handout.FxPrintService;
import com.b12consult.ui.handout.HandoutView;
import com.b12consult.ui.handout.HandoutViewModel;
import com.b12consult.ui.patients.PatientDataViewModel;
import com.b12consult.ui.patients.PatientFormViewModel;
import com.b12consult.ui.patients.PatientsView;
import com.b12consult.ui.patients.PatientsViewModel;
import com.b12consult.ui.rulebook.RulebookView;
import com.b12consult.ui.rulebook.RulebookViewModel;
import com.b12consult.ui.session.ClinicDetailsView;
import com.b12consult.ui.session.ClinicDetailsViewModel;
import com.b12consult.ui.session.SignInView;
import com.b12consult.ui.session.SignInViewModel;
import com.b12consult.ui.settings.BackupsViewModel;
import com.b12consult.ui.settings.SettingsView;
import com.b12consult.ui.settings.SettingsViewModel;
import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.Screen;
import com.b12consult.ui.shell.StoredBackupRecovery;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

    /** What the background start produces: the checked rulebook, then the open database. */
    private record Started(Rulebook rulebook, Database database) {
    }

    @Override
    public void start(Stage stage) {
        GuiOptions options = givenOptions != null ? givenOptions : GuiOptions.parse(getParameters().getRaw());
        Path file = options.database().orElseGet(DataLocation::defaultDatabaseFile).toAbsolutePath().normalize();
        tasks = new FxTaskRunner();
        MainViewModel shell = new MainViewModel(file, tasks, new StoredBackupRecovery(file, clock, () -> actor));
        MainView main = new MainView(shell, stage::close);
        SignInViewModel signIn = new SignInViewModel(currentUser().osUser());
        SignInView signInView = new SignInView(signIn);
        StackPane window = new StackPane(main.root(), signInView.root());

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
                openDatabase(stage, window, shell, main, file, signedIn);
            }
        });
    }

    private void openDatabase(Stage stage, StackPane window, MainViewModel shell, MainView main, Path file,
                              Actor actor) {
        // The rulebook is checked before the database is touched: the app does not start with content it cannot check.
        shell.openDatabase(() -> {
            Rulebook rulebook = rulebookSource.call();
            return new Started(rulebook, Database.open(file));
        }, started -> {
            Database db = started.database();
            if (stopped) {
                db.close();
                return;
            }
            database = db;
            AuditLog audit = new AuditLog(db, clock);
            PatientRepository patients = new PatientRepository(db, audit);
            SettingsRepository settings = new SettingsRepository(db, audit);
            CheckStore checkStore = checkStore(db, audit, patients, clock.getZone());
            // The list's next doses come from the check's own reading of the dose calendar.
            PatientsViewModel patientsModel = new PatientsViewModel(patients,
                    new PatientFormViewModel(patients, actor, clock),
                    p -> checkStore.records().nextDose(p, LocalDate.now(clock)));
            PatientDataViewModel patientData = new PatientDataViewModel(patientsModel, new PatientData(db, audit),
                    name -> exportTarget(stage, name), actor);
            PatientsView patientsView = new PatientsView(patientsModel, patientData);
            main.install(Screen.PATIENTS, patientsView.root());
            // One evaluator, on the rulebook checked at start, for every screen that evaluates.
            AssessmentEvaluator evaluator = new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(started.rulebook()));
            HandoutViewModel handout = handoutModel(db, audit, checkStore.assessments(), settings, patientsModel,
                    actor, stage, evaluator);
            BackupsViewModel backups = new BackupsViewModel(db, settings, audit, actor, clock, backup -> {
                // The simplest safe way back: close the file, restore, and build every screen again on the
                // restored file exactly as at start, so no screen keeps a hold on the old one.
                // What was typed is kept, and background writes finish, before the file is closed.
                if (consultation != null) {
                    consultation.flushDraft();
                }
                tasks.awaitIdle(Duration.ofSeconds(5));
                database = null;
                db.close();
                shell.restoreThenReopen(() -> new BackupRestore(clock).restore(backup, file, actor));
            });
            SettingsViewModel settingsModel = new SettingsViewModel(settings, actor);
            main.install(Screen.SETTINGS, new SettingsView(settingsModel, backups).root());
            PreInjectionCheckViewModel check = new PreInjectionCheckViewModel(checkStore.records(),
                    checkStore.outcomes(), evaluator, settings::labLimits, actor, clock, (patient, saved, next) -> {
                        // shown either way: when no handout can be made, the screen says why
                        handout.openSavedAssessment(patient, saved, next);
                        shell.show(Screen.HANDOUT);
                    });
            main.install(Screen.PRE_INJECTION_CHECK, preInjectionCheck(checkStore, check, actor));
            // a handout from a report saved under an older rulebook offers a fresh check of the patient
            main.install(Screen.HANDOUT, new HandoutView(handout, patient -> {
                check.open(patient);
                shell.show(Screen.PRE_INJECTION_CHECK);
            }).root());
            main.install(Screen.RULEBOOK, new RulebookView(new RulebookViewModel(started.rulebook())).root());
            main.install(Screen.AUDIT_LOG, new AuditLogView(new AuditLogViewModel(audit, patients, clock.getZone())).root());
            installConsultation(db, audit, checkStore, patients, settings, evaluator, actor, main, shell, patientsView,
                    handout, stage);
            askForClinicDetails(window, settings, settingsModel, actor);
        });
    }

    /**
     * While no clinic name is set, its name and phone are asked for over the window before it is used, since
     * every handout names them as whom to call; Later puts it off until the next start. Also after a restore,
     * whose file may hold none.
     */
    private void askForClinicDetails(StackPane window, SettingsRepository settings, SettingsViewModel settingsModel,
                                     Actor actor) {
        window.getChildren().removeIf(n -> "clinicDetailsPane".equals(n.getId()));
        if (!ClinicDetailsViewModel.needed(settings)) {
            return;
        }
        ClinicDetailsViewModel model = new ClinicDetailsViewModel(settings, actor);
        ClinicDetailsView view = new ClinicDetailsView(model);
        model.outcomeProperty().addListener((obs, was, outcome) -> {
            window.getChildren().remove(view.root());
            if (outcome == ClinicDetailsViewModel.Outcome.SAVED) {
                // the Settings screen was built from the file before the form saved to it
                settingsModel.reload();
            }
        });
        window.getChildren().add(view.root());
        view.focus();
    }

    /**
     * The handout screen works on the patient selected on the Patients screen, or on the patient whose
     * check asked for it; hence it follows the selection rather than being bound to it.
     */
    private HandoutViewModel handoutModel(Database db, AuditLog audit, AssessmentRepository assessments,
                                          SettingsRepository settings,
                                          PatientsViewModel patientsModel, Actor actor, Stage stage,
                                          AssessmentEvaluator evaluator) {
        HandoutViewModel model = new HandoutViewModel(evaluator, new HandoutComposer(evaluator.engine().rulebook()),
                new HandoutPdf(), assessments, new HandoutRepository(db, audit), settings,
                new FxPrintService(() -> stage), new FxHandoutFiles(() -> stage), actor, clock);
        model.patientProperty().set(patientsModel.selectedProperty().get());
        patientsModel.selectedProperty().addListener((obs, was, now) -> model.patientProperty().set(now));
        return model;
    }

    /**
     * The consultation, started from the Patients screen. When drafts are on file from a session that ended
     * without saving them, the app opens on the Consultation screen, which offers to restore them.
     */
    private void installConsultation(Database db, AuditLog audit, CheckStore store, PatientRepository patients,
                                     SettingsRepository settings, AssessmentEvaluator evaluator, Actor actor,
                                     MainView main, MainViewModel shell, PatientsView patientsView,
                                     HandoutViewModel handout, Stage stage) {
        ConsultationRepository consultations = new ConsultationRepository(db, audit, store.assessments(),
                new LabRepository(db, audit), new InjectionRepository(db, audit), store.headaches(),
                store.prescriptions());
        ConsultationViewModel model = new ConsultationViewModel(store.records(), patients, evaluator,
                settings::labLimits, new StandardSteps(clock),
                new DraftKeeper(new DraftRepository(db), tasks, new FxDraftTimer(), clock),
                new ConsultationSaver(consultations, new AssessmentWriter(), actor), clock);
        consultation = model;
        ConsultationView view = new ConsultationView(model);
        view.showHistoryAfterSaving(new ConsultationHistoryViewModel(consultations,
                evaluator.engine().rulebook().ref(), clock.getZone()));
        main.install(Screen.CONSULTATION, view.root());
        PastConsultationsWindow past = new PastConsultationsWindow(() -> new ConsultationHistoryViewModel(consultations,
                evaluator.engine().rulebook().ref(), clock.getZone()), () -> stage);
        patientsView.offerHistory(past::show);
        Button pastOfOpen = new Button("Past consultations");
        pastOfOpen.setId("pastConsultationsOfOpen");
        pastOfOpen.setAccessibleText("Past consultations of this patient, read-only, in a window of their own");
        pastOfOpen.visibleProperty().bind(model.recordProperty().isNotNull());
        pastOfOpen.managedProperty().bind(pastOfOpen.visibleProperty());
        pastOfOpen.setOnAction(e -> past.show(model.recordProperty().get().patient()));
        Button handoutOfSaved = new Button("_Handout for the patient");
        handoutOfSaved.setId("consultationHandout");
        handoutOfSaved.getStyleClass().add("primary");
        handoutOfSaved.setAccessibleText("Handout for the patient, from the consultation just saved");
        handoutOfSaved.visibleProperty().bind(model.savedProperty().isNotNull());
        handoutOfSaved.managedProperty().bind(handoutOfSaved.visibleProperty());
        handoutOfSaved.setOnAction(e -> {
            var saved = model.savedProperty().get().assessment();
            patients.findById(saved.patientId()).ifPresent(p -> {
                // shown either way: when no handout can be made, the screen says why
                handout.openSavedAssessment(p, saved, store.records().nextDose(p, LocalDate.now(clock))
                        .map(d -> d.dueOn()));
                shell.show(Screen.HANDOUT);
            });
        });
        view.extraButtons().getChildren().add(pastOfOpen);
        view.afterSavingButtons().getChildren().add(handoutOfSaved);
        patientsView.offerConsultation(patient -> {
            model.open(patient);
            shell.show(Screen.CONSULTATION);
        });
        model.refreshDrafts();
        if (!model.draftOffers().isEmpty()) {
            shell.show(Screen.CONSULTATION);
        }
    }

    /** What the check reads and writes through; the Patients screen and the handout read from it too. */
    private record CheckStore(CheckRecords records, DoseOutcomeRepository outcomes,
                              PrescriptionRepository prescriptions, HeadacheRepository headaches,
                              AssessmentRepository assessments) {
    }

    private static CheckStore checkStore(Database db, AuditLog audit, PatientRepository patients, ZoneId zone) {
        PrescriptionRepository prescriptions = new PrescriptionRepository(db, audit);
        InjectionRepository injections = new InjectionRepository(db, audit);
        HeadacheRepository headaches = new HeadacheRepository(db, audit);
        AssessmentRepository assessments = new AssessmentRepository(db, audit);
        DoseOutcomeRepository outcomes = new DoseOutcomeRepository(db, audit, injections, assessments);
        CheckRecords records = new CheckRecords(patients, prescriptions, injections, headaches,
                new LabRepository(db, audit), assessments, outcomes, new StandingDecisions(db, audit), zone);
        return new CheckStore(records, outcomes, prescriptions, headaches, assessments);
    }

    /** The nurse's check screen, with the forms it opens. */
    private Node preInjectionCheck(CheckStore store, PreInjectionCheckViewModel check, Actor actor) {
        return new PreInjectionCheckView(check,
                new PrescriptionFormViewModel(store.prescriptions(), actor, clock),
                new FollowUpViewModel(store.outcomes(), store.headaches(), actor, clock)).root();
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
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static java.util.Optional<Path> exportTarget(Stage stage, String suggestedName) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export patient");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(stage)).map(java.io.File::toPath);
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
