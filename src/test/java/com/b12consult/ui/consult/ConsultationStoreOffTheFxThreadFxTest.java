package com.b12consult.ui.consult;

import static com.b12consult.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.ConsultationSaver;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.ui.FxTaskRunner;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.StoreOnTheFxThread;
import com.b12consult.ui.Stylesheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, the consultation's pulse check (after {@code ui.check.StoreOffTheFxThreadFxTest}): over a store slowed
 * as a far clinic server is, a clinician opens a patient's consultation, looks at the past consultations in their
 * window, types, restores nothing, saves, and sees the consultation in the history. The store must never be called
 * on the JavaFX thread meanwhile; every call there is written down with where it came from.
 */
class ConsultationStoreOffTheFxThreadFxTest {
    /** What a store call waits on any thread; on the JavaFX thread the window would freeze for as long. */
    static final long STORE_DELAY_MS = 20;

    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    ConsultFixture fixture;
    FxTaskRunner tasks;
    Patient ann;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        fixture = new ConsultFixture(dir);
        ann = fixture.patient("Ann Smith", "P-0001", "");
        fixture.prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 20)), ConsultFixture.DOCTOR);
        fixture.injections.record(ann.id(), new Injection(LocalDateTime.of(2026, 8, 20, 9, 0), Product.HYDROXOCOBALAMIN,
                1000, InjectionSite.LEFT_DELTOID, List.of()), ConsultFixture.DOCTOR);
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void close() {
        fixture.database.watchCalls(null);
        tasks.close();
        fixture.close();
    }

    @Test
    void openingSavingAndShowingTheHistoryNeverCallTheStoreOnTheFxThread() throws Exception {
        ConsultationViewModel model = new ConsultationViewModel(fixture.records, fixture.patients,
                ConsultFixture.EVALUATOR, fixture.settings::labLimits, new StandardSteps(fixture.clock),
                new DraftKeeper(fixture.drafts, tasks, new FxDraftTimer(), fixture.clock),
                new ConsultationSaver(fixture.consultations, new AssessmentWriter(), ConsultFixture.DOCTOR),
                fixture.clock, tasks);
        List<Stage> pastWindows = new ArrayList<>();
        PastConsultationsWindow past = new PastConsultationsWindow(
                () -> new ConsultationHistoryViewModel(fixture.consultations,
                        ConsultFixture.EVALUATOR.engine().rulebook().ref(), fixture.clock.getZone(), tasks),
                () -> shown.stage());
        StoreOnTheFxThread watched = StoreOnTheFxThread.watch(fixture.database, STORE_DELAY_MS, STORE_DELAY_MS);
        try {
            // built on the JavaFX thread, as the app builds it; its first read of the drafts on file is watched too
            robot.interact(() -> {
                ConsultationView view = new ConsultationView(model);
                view.showHistoryAfterSaving(new ConsultationHistoryViewModel(fixture.consultations,
                        ConsultFixture.EVALUATOR.engine().rulebook().ref(), fixture.clock.getZone(), tasks));
                view.offerPastConsultations(p -> pastWindows.add(past.show(p)));
                Scene scene = new Scene(view.root(), 1366, 768);
                scene.getStylesheets().setAll(Stylesheets.all());
                shown.stage().setScene(scene);
                shown.stage().show();
            });

            robot.interact(() -> model.open(ann));
            waitUntil("the record", () -> model.openingProperty().get() == null && model.recordProperty().get() != null);
            assertEquals(ann.id(), model.recordProperty().get().patient().id());

            robot.clickOn("#pastConsultationsOfOpen");
            waitUntil("the past consultations window", () -> !pastWindows.isEmpty());
            Window window = pastWindows.get(0);
            waitUntil("the past consultations read", () -> window.getScene().lookup("#historyLoading") == null
                    || !window.getScene().lookup("#historyLoading").isVisible());
            robot.interact(pastWindows.get(0)::close);

            robot.clickOn("#step-4");
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#exercisePlanned-walking");
            waitUntil("the draft kept", () -> model.drafts().status().get().startsWith("Draft kept at"));
            robot.clickOn("#step-5");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(model.canSaveProperty().get(), model.saveMessage().get());

            robot.clickOn("#saveConsultation");
            waitUntil("the save", () -> !model.savingProperty().get() && model.savedProperty().get() != null);
            waitUntil("the history shown with the one saved", () -> robot.lookup("#pastHeading").tryQuery().isPresent());
            assertTrue(robot.lookup("#savedConsultation").queryAs(Label.class).getText()
                    .startsWith("Consultation for Ann Smith saved."));
            assertEquals(1, fixture.consultations.listForPatient(ann.id()).size());
            assertEquals(Optional.empty(), fixture.drafts.findByPatient(ann.id()), "a saved consultation leaves no draft");
        } finally {
            watched.close();
        }
        watched.assertNoneOnTheFxThread(5);
    }
}
