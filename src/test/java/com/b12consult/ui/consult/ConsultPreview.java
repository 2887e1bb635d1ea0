package com.b12consult.ui.consult;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Decision;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.ui.PreviewWindow;
import java.nio.file.Files;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Shows one consultation screen alone in a 1366x768 window, for the screenshots in docs/screenshots
 * (run under Xvfb by /work/shared/tools/screenshot.sh). Arguments: review-04, review-urgent, history, or the
 * whole consultation with a 10 of 10 headache typed two hours after the last dose and the question whether it
 * came on suddenly on offer, on its Headaches step (headaches-sudden-onset) or its Review (review-sudden-onset);
 * or {@code step-1} to {@code step-6}: that step of a consultation with two lab panels, two doses and three
 * headaches added, inside the main window's sidebar as the app shows it (issue 13); then the window's size,
 * 1366x768 by default.
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
            String size = args.size() > 1 ? args.get(1) : "1366x768";
            Parent root = switch (what) {
                case "review-urgent" -> review(ReviewStepViewModelTest.strokeRashAndDizziness(), true);
                case "history" -> history();
                case "headaches-sudden-onset" -> suddenOnset(false);
                case "review-sudden-onset" -> suddenOnset(true);
                case "step-1", "step-2", "step-3", "step-4", "step-5", "step-6" ->
                        wizard(Integer.parseInt(what.substring(5)));
                default -> review(FakeLiveConsultation.vignette("04"), false);
            };
            PreviewWindow.show(stage, root, size);
            if (what.equals("step-1")) {
                // the new doses, below the prescription and the doses on record
                javafx.application.Platform.runLater(() -> ((javafx.scene.control.ScrollPane) root.lookup("#stepScroll"))
                        .setVvalue(1));
            }
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
        fixture.settle();
        HeadachesStepViewModel headaches = model.steps().stream().filter(HeadachesStepViewModel.class::isInstance)
                .map(HeadachesStepViewModel.class::cast).findFirst().orElseThrow();
        HeadacheDiaryEntry typed = headaches.addEntry();
        typed.onsetProperty().set("2026-11-15T11:20");
        typed.severityProperty().set("10");
        model.goTo(onReview ? model.steps().get(model.steps().size() - 1) : headaches);
        return view.root();
    }

    /** Step {@code n} (from 1) of a consultation with two new lab panels, two new doses and three new headaches. */
    private static Parent wizard(int n) throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("b12-preview");
        ConsultFixture fixture = new ConsultFixture(dir);
        com.b12consult.domain.Patient p = fixture.patient("Margaret Ellis", "P-0104", "");
        java.time.LocalDateTime dose = java.time.LocalDateTime.of(2026, 8, 20, 9, 20);
        fixture.prescriptions.add(com.b12consult.domain.Prescription.unsaved(p.id(),
                com.b12consult.domain.Product.HYDROXOCOBALAMIN, 1000,
                new com.b12consult.domain.DosingSchedule(java.util.Optional.empty(), 90), dose.toLocalDate()),
                ConsultFixture.DOCTOR);
        fixture.injections.record(p.id(), new com.b12consult.domain.Injection(dose,
                com.b12consult.domain.Product.HYDROXOCOBALAMIN, 1000, com.b12consult.domain.InjectionSite.LEFT_DELTOID,
                java.util.List.of()), ConsultFixture.DOCTOR);
        ConsultationViewModel model = fixture.consultation();
        ConsultationView view = new ConsultationView(model);
        javafx.scene.control.Button past = new javafx.scene.control.Button("Past consultations");
        view.extraButtons().getChildren().add(past);
        model.open(p);
        fixture.settle();
        for (ConsultationStep step : model.steps()) {
            if (step instanceof InjectionsStepViewModel injections) {
                injections.addDose();
                injections.addDose();
            } else if (step instanceof BloodCountStepViewModel labs) {
                labs.addPanel();
                labs.addPanel();
            } else if (step instanceof HeadachesStepViewModel headaches) {
                for (int i = 0; i < 3; i++) {
                    headaches.addEntry();
                }
            }
        }
        model.goTo(model.steps().get(n - 1));
        return com.b12consult.ui.ShellFrame.around(com.b12consult.ui.shell.Screen.CONSULTATION, view.root(),
                dir.resolve("clinic.db"));
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
                ConsultationHistoryViewModelTest.CURRENT, ZoneOffset.UTC, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        vm.showPatient(store.patient.id());
        vm.open(vm.rows().get(0).id());
        return new ConsultationHistoryView(vm);
    }
}
