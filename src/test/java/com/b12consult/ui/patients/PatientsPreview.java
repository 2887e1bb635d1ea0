package com.b12consult.ui.patients;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.PreviewWindow;
import com.b12consult.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Patients screen on a sample clinic, for screenshots under Xvfb. Arguments: the clinic's database file (a
 * copy: it is opened for writing), what to show ({@code list}: the first 200 and how many in all; {@code searching}:
 * "mar" typed while its read is still running), then the window's size, {@code 1280x720} by default.
 */
public final class PatientsPreview {
    private PatientsPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** Hands work to the background until held; then keeps it, as a read that has not come back yet. */
    private static final class Holding implements TaskRunner {
        private final FxTaskRunner background = new FxTaskRunner();
        private boolean held;

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            if (!held) {
                background.run(work, onSuccess, onFailure);
            }
        }
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Path file = Path.of(args.get(0));
            String what = args.size() > 1 ? args.get(1) : "list";
            String size = args.size() > 2 ? args.get(2) : "1280x720";
            Clock clock = Clock.systemDefaultZone();
            Database db = Database.open(file);
            AuditLog audit = new AuditLog(db, clock);
            PatientRepository patients = new PatientRepository(db, audit);
            InjectionRepository injections = new InjectionRepository(db, audit);
            AssessmentRepository assessments = new AssessmentRepository(db, audit);
            CheckRecords records = new CheckRecords(patients, new PrescriptionRepository(db, audit), injections,
                    new HeadacheRepository(db, audit), new LabRepository(db, audit), assessments,
                    new DoseOutcomeRepository(db, audit, injections, assessments), new StandingDecisions(db, audit),
                    clock.getZone());
            Holding tasks = new Holding();
            PatientsViewModel model = new PatientsViewModel(patients,
                    new PatientFormViewModel(patients, com.b12consult.ui.TestDatabase.NURSE, clock, com.b12consult.ui.InlineTaskRunner.INSTANCE),
                    p -> records.nextDose(p, LocalDate.now(clock)), tasks);
            PatientsView view = new PatientsView(model);
            PreviewWindow.show(stage, view.root(), size);
            if (what.equals("searching")) {
                model.loading().addListener((obs, was, now) -> {
                    if (!now && !tasks.held) {
                        tasks.held = true;
                        model.searchProperty().set("mar");
                    }
                });
            }
        }
    }
}
