package com.b12consult;

import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.domain.Actor;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.Rulebook;
import com.b12consult.ui.TaskRunner;
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
import com.b12consult.ui.patients.FxExportTarget;
import com.b12consult.ui.patients.DueDoseLookup;
import com.b12consult.ui.patients.PatientDataViewModel;
import com.b12consult.ui.patients.PatientFormViewModel;
import com.b12consult.ui.patients.PatientsView;
import com.b12consult.ui.patients.PatientsViewModel;
import com.b12consult.ui.rulebook.RulebookView;
import com.b12consult.ui.rulebook.RulebookViewModel;
import com.b12consult.ui.session.ClinicDetailsQuestion;
import com.b12consult.ui.settings.BackupsViewModel;
import com.b12consult.ui.settings.SettingsView;
import com.b12consult.ui.settings.SettingsViewModel;
import com.b12consult.ui.shell.MainView;
import com.b12consult.ui.shell.MainViewModel;
import com.b12consult.ui.shell.Screen;
import com.b12consult.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The screens of one signed-in session on one open database, built on its {@link Stores} and installed in the
 * window; built again, on new stores, when the database is opened again after a restore.
 */
final class SessionScreens {
    /** The window the screens go into, built once at start: the stage, its layers, and the shell's sidebar. */
    record Window(Stage stage, StackPane layers, MainViewModel shell, MainView main) {
    }

    private final Window window;
    private final Stores stores;
    private final Actor actor;
    private final Clock clock;
    /** One evaluator, on the rulebook checked at start, for every screen that evaluates. */
    private final AssessmentEvaluator evaluator;
    private final PatientsViewModel patients;
    private final HandoutViewModel handout;
    private final ConsultationViewModel consultation;
    private final TaskRunner tasks;
    private PreInjectionCheckViewModel check;
    /** Settings' backups of a file; null on a clinic server. */
    private final BackupsViewModel backups;

    /**
     * @param databaseSection Settings' Database section: the store in use, and the switch to another
     * @param restoreAndReopen restores a backup over the open file and opens it again; the screens built here are
     *                         left for ones built on the restored file
     */
    SessionScreens(Window window, Stores stores, Rulebook rulebook, Actor actor, Clock clock, TaskRunner tasks,
                   Node databaseSection, Consumer<Path> restoreAndReopen) {
        this.window = window;
        this.stores = stores;
        this.actor = actor;
        this.clock = clock;
        this.tasks = tasks;
        this.evaluator = new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(rulebook));
        // The list's next doses come from the check's own reading of the dose calendar, a page of them in one query.
        patients = new PatientsViewModel(stores.patients(), new PatientFormViewModel(stores.patients(), actor, clock, tasks),
                new DueDoseLookup() {
                    @Override
                    public Optional<DueDose> nextFor(Patient patient) {
                        return stores.records().nextDose(patient, LocalDate.now(clock));
                    }

                    @Override
                    public Map<Long, DueDose> nextFor(Collection<Patient> listed) {
                        return stores.records().nextDoses(listed, LocalDate.now(clock));
                    }
                }, tasks);
        handout = handoutModel();
        consultation = new ConsultationViewModel(stores.records(), stores.patients(), evaluator,
                stores.settings()::labLimits, new StandardSteps(clock),
                new DraftKeeper(stores.drafts(), tasks, new FxDraftTimer(), clock),
                new ConsultationSaver(stores.consultations(), new AssessmentWriter(), actor), clock, tasks);

        PatientsView patientsView = new PatientsView(patients, new PatientDataViewModel(patients,
                stores.patientData(), new FxExportTarget(window::stage), actor, tasks));
        window.main().install(Screen.PATIENTS, patientsView.root());
        SettingsViewModel settings = new SettingsViewModel(stores.settings(), actor, tasks);
        // a clinic server's backups are the server's: its Settings say so, and offer no backup or restore
        backups = stores.database().location() instanceof StoreLocation.SqliteFile
                ? new BackupsViewModel(stores.database(), stores.settings(), stores.audit(), actor, clock,
                tasks, restoreAndReopen) : null;
        // The view models now (what they read fails here, as the database's open does); the views of the screens
        // not shown yet when they are first shown, so the Patients list does not wait for them.
        window.main().install(Screen.SETTINGS, () -> new SettingsView(settings, backups, databaseSection).root());
        installCheckAndHandout();
        RulebookViewModel rules = new RulebookViewModel(rulebook);
        window.main().install(Screen.RULEBOOK, () -> new RulebookView(rules).root());
        AuditLogViewModel auditLog = new AuditLogViewModel(stores.audit(), stores.patients(), clock.getZone(),
                tasks);
        window.main().install(Screen.AUDIT_LOG, () -> new AuditLogView(auditLog).root());
        installConsultation(patientsView);
        // the Settings screen was built from the file before the form saved to it
        ClinicDetailsQuestion.askOver(window.layers(), stores.settings(), actor, tasks, settings::reload);
    }

    /**
     * Another window saved something: the lists and the check's record are read again in the background. A form
     * being filled in is left as it is (the consultation is not read again at all: it is what is being written).
     */
    void followStore() {
        check.followStore(tasks);
        patients.followStore(tasks);
    }

    /** Today's backup was taken after the screens were shown: Settings lists it, or says why it failed. */
    void dailyBackupTaken() {
        if (backups != null) {
            backups.dailyBackupTaken();
        }
    }

    /** The consultation, whose draft is kept before the database closes. */
    ConsultationViewModel consultation() {
        return consultation;
    }

    /**
     * The handout screen works on the patient selected on the Patients screen, or on the patient whose
     * check asked for it; hence it follows the selection rather than being bound to it.
     */
    private HandoutViewModel handoutModel() {
        HandoutViewModel model = new HandoutViewModel(evaluator, new HandoutComposer(evaluator.engine().rulebook()),
                new HandoutPdf(), stores.assessments(), stores.handouts(), stores.settings(),
                new FxPrintService(window::stage), new FxHandoutFiles(window::stage), actor, clock, tasks);
        model.patientProperty().set(patients.selectedProperty().get());
        patients.selectedProperty().addListener((obs, was, now) -> model.patientProperty().set(now));
        return model;
    }

    /** The nurse's check, with the forms it opens, and the handout it leads to. */
    private void installCheckAndHandout() {
        check = new PreInjectionCheckViewModel(stores.records(), stores.outcomes(),
                evaluator, stores.settings()::labLimits, actor, clock, (patient, saved, next) -> {
                    // shown either way: when no handout can be made, the screen says why
                    handout.openSavedAssessment(patient, saved, next);
                    window.shell().show(Screen.HANDOUT);
                }, tasks);
        PrescriptionFormViewModel prescription = new PrescriptionFormViewModel(check, stores.prescriptions(), actor,
                clock, tasks);
        FollowUpViewModel followUp = new FollowUpViewModel(check, stores.outcomes(), stores.headaches(), actor,
                clock, tasks);
        window.main().install(Screen.PRE_INJECTION_CHECK, () -> new PreInjectionCheckView(check, prescription,
                followUp).root());
        // a handout from a report saved under an older rulebook offers a fresh check of the patient
        window.main().install(Screen.HANDOUT, () -> new HandoutView(handout, patient -> {
            check.open(patient);
            window.shell().show(Screen.PRE_INJECTION_CHECK);
        }).root());
    }

    /**
     * The consultation, started from the Patients screen. When drafts are on file from a session that ended
     * without saving them, the app opens on the Consultation screen, which offers to restore them.
     */
    private void installConsultation(PatientsView patientsView) {
        ConsultationView view = new ConsultationView(consultation);
        view.showHistoryAfterSaving(history());
        window.main().install(Screen.CONSULTATION, view.root());
        PastConsultationsWindow past = new PastConsultationsWindow(this::history, window::stage);
        patientsView.offerHistory(past::show);
        view.offerPastConsultations(past::show);
        view.offerHandout(this::openHandout);
        patientsView.offerConsultation(patient -> {
            consultation.open(patient);
            window.shell().show(Screen.CONSULTATION);
        });
        consultation.refreshDrafts(() -> {
            if (!consultation.draftOffers().isEmpty()) {
                window.shell().show(Screen.CONSULTATION);
            }
        });
    }

    private ConsultationHistoryViewModel history() {
        return new ConsultationHistoryViewModel(stores.consultations(), evaluator.engine().rulebook().ref(),
                clock.getZone(), tasks);
    }

    /** The patient and their next dose are read in the background, never on the screen's thread. */
    private void openHandout(SavedAssessment saved) {
        LocalDate today = LocalDate.now(clock);
        tasks.run(() -> stores.patients().findById(saved.patientId()).map(p -> Map.entry(p,
                stores.records().nextDose(p, today).map(d -> d.dueOn()))), found -> found.ifPresent(p -> {
                    // shown either way: when no handout can be made, the screen says why
                    handout.openSavedAssessment(p.getKey(), saved, p.getValue());
                    window.shell().show(Screen.HANDOUT);
                }), failed -> System.err.println("The handout could not be opened: " + failed.getMessage()));
    }
}
