package com.b12consult.ui.consult;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Decision;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.ui.Stylesheets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Shows one consultation screen alone in a 1366x768 window, for the screenshots in docs/screenshots
 * (run under Xvfb by /work/shared/tools/screenshot.sh). Argument: review-04, review-urgent or history.
 */
public final class ConsultPreview {
    private ConsultPreview() {
    }

    /** Not an Application itself: the JavaFX launcher check refuses such a main class on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String what = getParameters().getRaw().isEmpty() ? "review-04" : getParameters().getRaw().get(0);
            Parent root = switch (what) {
                case "review-urgent" -> review(ReviewStepViewModelTest.strokeRashAndDizziness(), true);
                case "history" -> history();
                default -> review(FakeLiveConsultation.vignette("04"), false);
            };
            Scene scene = new Scene(root, 1366, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setX(0);
            stage.setY(0);
            stage.setTitle("B12 Consult preview");
            stage.setScene(scene);
            stage.show();
        }
    }

    private static Parent review(Assessment a, boolean halfAnswered) {
        ReviewStepViewModel vm = new ReviewStepViewModel(new FakeLiveConsultation(a), FXCollections.observableArrayList());
        if (halfAnswered) {
            vm.answerFor("clot.stroke-red-flags").orElseThrow().responseProperty()
                    .set(com.b12consult.domain.AlertResponse.NOT_APPLICABLE);
        } else {
            vm.tickFor("platelets.confirm-pattern").orElseThrow().set(true);
        }
        return new ReviewView(vm);
    }

    private static Parent history() throws Exception {
        ConsultStore store = new ConsultStore(Files.createTempDirectory("b12-preview"));
        store.save(FakeLiveConsultation.vignette("04"), ConsultationResponses.NONE,
                ConsultationHistoryViewModelTest.NURSE);
        Assessment stroke = ReviewStepViewModelTest.strokeRashAndDizziness();
        Report now = FakeLiveConsultation.EVALUATOR.evaluate(stroke, LabLimits.defaults());
        Report older = new Report(now.schemaVersion(), new RulebookRef("2025.01", "0".repeat(64)),
                new Decision(now.decision().status(), now.decision().reasons()), now.findings(), now.derived());
        store.save(stroke, older, new ConsultationHistoryViewModelTest().strokeAnswered(),
                ConsultationHistoryViewModelTest.DOCTOR);
        ConsultationHistoryViewModel vm = new ConsultationHistoryViewModel(store.consultations,
                ConsultationHistoryViewModelTest.CURRENT, ZoneOffset.UTC);
        vm.showPatient(store.patient.id());
        vm.open(vm.rows().get(0).id());
        return new ConsultationHistoryView(vm);
    }
}
