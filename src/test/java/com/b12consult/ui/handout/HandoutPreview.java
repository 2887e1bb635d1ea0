package com.b12consult.ui.handout;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.handout.HandoutComposer;
import com.b12consult.handout.HandoutPdf;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.HandoutRepository;
import com.b12consult.ui.PreviewWindow;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The Handout screen alone, for screenshots under Xvfb: a patient given two handouts, the first shown again
 * for a reprint. Arguments: the window's size, {@code 1280x720} by default.
 */
public final class HandoutPreview {
    private HandoutPreview() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String size = (getParameters().getRaw().isEmpty() ? "1280x720" : getParameters().getRaw().get(0));
            Path dir = Files.createTempDirectory("b12-preview");
            TestDatabase db = TestDatabase.in(dir);
            AuditLog audit = new AuditLog(db.database, TestDatabase.CLOCK);
            db.settings.save(new ClinicSettings("Riverside Health Centre", "", "01632 960 123", PaperSize.A4,
                    LabLimits.defaults()), TestDatabase.NURSE);
            HandoutViewModelTest.FakePrinter printer = new HandoutViewModelTest.FakePrinter();
            HandoutViewModel model = new HandoutViewModel(HandoutViewModelTest.EVALUATOR,
                    new HandoutComposer(HandoutViewModelTest.EVALUATOR.engine().rulebook()), new HandoutPdf(),
                    new AssessmentRepository(db.database, audit), new HandoutRepository(db.database, audit),
                    db.settings, printer, new HandoutViewModelTest.FakeFiles(), TestDatabase.NURSE, TestDatabase.CLOCK,
                com.b12consult.ui.InlineTaskRunner.INSTANCE);
            Patient grace = db.addPatient("Grace Hopper", "FX-7", "1958-11-30", Sex.FEMALE);
            Path file = dir.resolve("rich.json");
            try (var in = HandoutPreview.class.getResourceAsStream("/com/b12consult/cli/rich-consultation.json")) {
                Files.write(file, in.readAllBytes());
            }
            model.patientProperty().set(grace);
            model.openAssessment(file);
            model.print();
            model.openAssessment(file);
            model.print();
            model.showGiven(model.given().get(1));
            PreviewWindow.show(stage, new HandoutView(model, p -> { }).root(), size);
        }
    }
}
