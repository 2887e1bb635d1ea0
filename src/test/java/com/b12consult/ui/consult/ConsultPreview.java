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
 * (run under Xvfb by /work/shared/tools/screenshot.sh). Arguments: review-04, review-urgent, history, or the
 * whole consultation with a 10 of 10 headache typed two hours after the last dose and the question whether it
 * came on suddenly on offer, on its Headaches step (headaches-sudden-onset) or its Review (review-sudden-onset);
 * then the window's size, 1366x768 by default.
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
            java.util.List<String> args = getParameters().getRaw();
            String what = args.isEmpty() ? "review-04" : args.get(0);
            String[] size = (args.size() > 1 ? args.get(1) : "1366x768").split("x");
            Parent root = switch (what) {
                case "review-urgent" -> review(ReviewStepViewModelTest.strokeRashAndDizziness(), true);
                case "history" -> history();
                case "headaches-sudden-onset" -> suddenOnset(false);
                case "review-sudden-onset" -> suddenOnset(true);
                default -> review(FakeLiveConsultation.vignette("04"), false);
            };
            Scene scene = new Scene(root, Integer.parseInt(size[0]), Integer.parseInt(size[1]));
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

    private static Parent suddenOnset(boolean onReview) throws Exception {
        ConsultFixture fixture = new ConsultFixture(Files.createTempDirectory("b12-preview"));
        com.b12consult.domain.Patient p = fixture.patient("Margaret Ellis", "P-0104", "");
        java.time.LocalDateTime dose = java.time.LocalDateTime.of(2026, 11, 15, 9, 20);
        fixture.prescriptions.add(com.b12consult.domain.Prescription.unsaved(p.id(),
                com.b12consult.domain.Product.HYDROXOCOBALAMIN, 1000,
                new com.b12consult.domain.DosingSchedule(java.util.Optional.empty(), 90), dose.toLocalDate()),
                ConsultFixture.DOCTOR);
        fixture.injections.record(p.id(), new com.b12consult.domain.Injection(dose,
                com.b12consult.domain.Product.HYDROXOCOBALAMIN, 1000, com.b12consult.domain.InjectionSite.LEFT_DELTOID,
                java.util.List.of()), ConsultFixture.DOCTOR);
        ConsultationViewModel model = fixture.consultation();
        ConsultationView view = new ConsultationView(model);
        model.open(p);
        HeadachesStepViewModel headaches = model.steps().stream().filter(HeadachesStepViewModel.class::isInstance)
                .map(HeadachesStepViewModel.class::cast).findFirst().orElseThrow();
        HeadacheDiaryEntry typed = headaches.addEntry();
        typed.onsetProperty().set("2026-11-15T11:20");
        typed.severityProperty().set("10");
        model.goTo(onReview ? model.steps().get(model.steps().size() - 1) : headaches);
        return view.root();
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
