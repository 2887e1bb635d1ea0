package com.b12consult.ui.check;

import com.b12consult.assessment.DueRow;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Patient;
import com.b12consult.ui.PreviewWindow;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Shows the pre-injection check alone in an undecorated window at the top left, for the screenshots in
 * docs/screenshots (run under Xvfb, as /work/shared/tools/screenshot.sh does). Arguments: what to show
 * ({@code ask-sudden-onset}: a 10 of 10 headache two hours after the last dose, the question on offer;
 * {@code ask-sudden-onset-ticked}: answered yes; {@code standing-urgent}: a red flag held, the check opened again; {@code entered-in-error}: a dose given then
 * marked entered in error; {@code server-unreachable}: Given pressed while the clinic server cannot be reached;
 * {@code not-checked}: the patient opened, nothing asked yet; {@code many-findings}: every
 * question answered yes with every sign ticked, inside the main window's sidebar as the app shows it;
 * {@code opening}: Grace's check open, Margaret chosen, her record still being read; {@code saving}: Given pressed,
 * the save still running; {@code read-unreachable}: Margaret chosen while the clinic server cannot be reached), then
 * the window's size, {@code 1280x720} by default.
 */
public final class CheckPreview {
    private CheckPreview() {
    }

    /** Not an Application itself: the JavaFX launcher check refuses such a main class on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            String what = args.isEmpty() ? "ask-sudden-onset" : args.get(0);
            String size = args.size() > 1 ? args.get(1) : "1280x720";
            java.nio.file.Path folder = Files.createTempDirectory("b12-preview");
            boolean readUnreachable = what.equals("read-unreachable");
            com.b12consult.store.ServerStandIn server = what.equals("server-unreachable") || readUnreachable
                    ? com.b12consult.store.ServerStandIn.open(folder.resolve("clinic.db")) : null;
            // the background held: what was asked last is still being read (or saved) when the picture is taken
            com.b12consult.ui.ManualTaskRunner held = java.util.Set.of("opening", "saving", "read-unreachable")
                    .contains(what) ? new com.b12consult.ui.ManualTaskRunner() : null;
            CheckFixture fixture = server != null
                    ? new CheckFixture(server.database(), PreInjectionCheckViewModelTest.NOW, java.time.ZoneOffset.UTC)
                    : new CheckFixture(folder, PreInjectionCheckViewModelTest.NOW);
            LocalDateTime dose = PreInjectionCheckViewModelTest.NOW.minusDays(90);
            Patient grace = fixture.maintenancePatient("Grace Hopper", "P-0042", dose.minusDays(3).plusHours(1));
            Patient ada = fixture.maintenancePatient("Margaret Ellis", "P-0104", dose);
            fixture.headaches.record(ada.id(), new HeadacheEntry(dose.plusHours(2), 10, HeadacheType.UNKNOWN,
                    List.of()), CheckFixture.NURSE);
            PreInjectionCheckViewModel model = held == null ? fixture.checkModel()
                    : fixture.checkModel((patient, check, next) -> { }, held);
            FollowUpViewModel followUp = new FollowUpViewModel(model, fixture.outcomes, fixture.headaches, CheckFixture.NURSE,
                    fixture.clock, com.b12consult.ui.InlineTaskRunner.INSTANCE);
            PreInjectionCheckView view = new PreInjectionCheckView(model,
                    new PrescriptionFormViewModel(model, fixture.prescriptions, CheckFixture.NURSE, fixture.clock,
                        com.b12consult.ui.InlineTaskRunner.INSTANCE), followUp);
            javafx.scene.Parent framed = what.equals("many-findings")
                    ? com.b12consult.ui.ShellFrame.around(com.b12consult.ui.shell.Screen.PRE_INJECTION_CHECK, view.root(),
                    fixture.database.file()) : view.root();
            Scene scene = PreviewWindow.scene(framed, size);
            if (held != null) {
                held.runAll();
                @SuppressWarnings("unchecked")
                ListView<DueRow> list = (ListView<DueRow>) view.root().lookup("#dueList");
                list.getItems().stream().filter(r -> r.patient().id() == grace.id()).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
                held.runAll();
                if (what.equals("saving")) {
                    model.questionsAskedProperty().set(true);
                    model.dose().productProperty().set(com.b12consult.domain.Product.HYDROXOCOBALAMIN);
                    model.dose().doseProperty().set("1000");
                    model.dose().lotNumberProperty().set("L123");
                    model.dose().lotExpiryProperty().set("2027-06-30");
                    model.recordGiven();
                } else {
                    if (readUnreachable) {
                        server.down(true);
                    }
                    list.getItems().stream().filter(r -> r.patient().id() == ada.id()).findFirst()
                            .ifPresent(r -> list.getSelectionModel().select(r));
                    if (readUnreachable) {
                        held.runAll();
                    }
                }
                PreviewWindow.show(stage, scene);
                return;
            }
            @SuppressWarnings("unchecked")
            ListView<DueRow> due = (ListView<DueRow>) view.root().lookup("#dueList");
            long shown = what.equals("not-checked") || server != null ? grace.id() : ada.id();
            due.getItems().stream().filter(r -> r.patient().id() == shown).findFirst()
                    .ifPresent(r -> due.getSelectionModel().select(r));
            if (what.equals("many-findings")) {
                for (TodayQuestion q : TodayQuestion.values()) {
                    model.answer(q).yesProperty().set(true);
                    q.signs().forEach(sign -> model.answer(q).signProperty(sign).set(true));
                }
                model.questionsAskedProperty().set(true);
            }
            if (what.endsWith("ticked")) {
                model.suddenOnset().yesProperty().set(true);
            }
            if (what.equals("standing-urgent")) {
                // a red flag found and held: the check opened again shows it standing, with the review form
                model.answer(TodayQuestion.LEG).yesProperty().set(true);
                model.answer(TodayQuestion.LEG).signProperty(com.b12consult.domain.SymptomCode.LEG_SWELLING_ONE_SIDED).set(true);
                model.recordHeld();
                model.dose().productProperty().set(com.b12consult.domain.Product.HYDROXOCOBALAMIN);
                model.dose().doseProperty().set("1000");
            }
            if (what.equals("entered-in-error")) {
                // a dose given, then marked entered in error: kept in the history, crossed out, and the check again
                model.suddenOnset().yesProperty().set(false);
                model.questionsAskedProperty().set(true);
                model.dose().productProperty().set(com.b12consult.domain.Product.HYDROXOCOBALAMIN);
                model.dose().doseProperty().set("1000");
                model.dose().lotNumberProperty().set("L123");
                model.dose().lotExpiryProperty().set("2027-06-30");
                model.overrideReasonProperty().set("Dr Lee reviewed the headache by phone");
                model.recordGiven();
                followUp.correction().start(model.recordProperty().get().outcomes().get(0));
                followUp.correction().reasonProperty().set("recorded for the wrong patient");
                followUp.correction().save();
                model.reload();
            }
            if (server != null) {
                // the dose drawn up and the check done, then Given pressed while the clinic server is away
                model.questionsAskedProperty().set(true);
                model.dose().productProperty().set(com.b12consult.domain.Product.HYDROXOCOBALAMIN);
                model.dose().doseProperty().set("1000");
                model.dose().lotNumberProperty().set("L123");
                model.dose().lotExpiryProperty().set("2027-06-30");
                server.down(true);
                model.recordGiven();
            }
            PreviewWindow.show(stage, scene);
            if (server != null) {
                // the dose as typed, above the record buttons and their message
                javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) view.root().lookup("#checkScroll");
                javafx.scene.Node drawnUp = view.root().lookup("#doseDrawnUp");
                javafx.application.Platform.runLater(() -> {
                    double y = drawnUp.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                    double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.min(1, Math.max(0, (y + 170) / range)));
                });
            }
            if (what.equals("entered-in-error")) {
                // the history card, where the correction shows
                javafx.scene.Node history = view.root().lookup("#doseHistory");
                javafx.application.Platform.runLater(() -> history.getParent().getParent().requestFocus());
                ((javafx.scene.control.ScrollPane) view.root().lookup("#checkScroll")).setVvalue(0.9);
            }
        }
    }
}
