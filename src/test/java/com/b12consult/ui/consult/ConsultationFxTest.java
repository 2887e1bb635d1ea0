package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Fields;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The consultation screen driven as a clinician would, by keyboard and mouse, headless. */
class ConsultationFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    ConsultFixture fixture;
    Stage stage;
    ConsultationViewModel model;
    Patient ann;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsultFixture(dir);
        stage = shown.stage();
        ann = fixture.patient("Ann Smith", "P-0001", "");
        fixture.prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 20)), ConsultFixture.DOCTOR);
        fixture.injections.record(ann.id(), new Injection(LocalDateTime.of(2026, 8, 20, 9, 0), Product.HYDROXOCOBALAMIN,
                1000, InjectionSite.LEFT_DELTOID, List.of()), ConsultFixture.DOCTOR);
        model = fixture.consultation();
        ConsultationView view = new ConsultationView(model);
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view.root(), 1366, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.sizeToScene();
            s.show();
        });
        robot.interact(() -> model.open(ann));
        robot.interact(fixture::settle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    @Test
    void aBadValueIsMarkedAtItsFieldAndOnItsStepAndHoldsNextUntilCorrected() throws Exception {
        Snapshots.saveIfAsked(stage, "consultation-1-injections");
        type("#rxDose", "1O00");
        assertTrue(text("#rxDoseError").contains("not a number"), text("#rxDoseError"));
        assertEquals("1O00", robot.lookup("#rxDose").queryTextInputControl().getText(), "nothing typed is lost");
        assertTrue(robot.lookup("#consultNext").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#step-0").queryAs(Button.class).getStyleClass().contains("step-problems"));
        assertTrue(robot.lookup("#sidePending .label").queryAs(Label.class).getText().startsWith("Prescription, dose"));
        type("#rxDose", "1000");
        assertFalse(robot.lookup("#consultNext").queryAs(Button.class).isDisabled());
        assertFalse(robot.lookup("#step-0").queryAs(Button.class).getStyleClass().contains("step-problems"));
    }

    @Test
    void theWholeFlowGoesByKeyboardAndARedFlagTurnsTheSidePanelUrgentAtOnce() throws Exception {
        String before = text("#sideHeadline");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Clot risk", model.currentProperty().get().title());
        Snapshots.saveIfAsked(stage, "consultation-2-clot-risk");
        click("#symptom-chest_pain");
        assertEquals("URGENT: do not inject", text("#sideHeadline"));
        assertTrue(text("#alertCount").matches("[1-9]\\d* alerts? · .*"), text("#alertCount"));
        type("#onset-chest_pain", "yesterday");
        assertTrue(text("#onset-chest_painError").contains("YYYY-MM-DD HH:MM"), text("#onset-chest_painError"));
        assertEquals("URGENT: do not inject", text("#sideHeadline"), "the red flag stands while its time is wrong");
        type("#onset-chest_pain", "2026-11-21 07:30");
        for (String next : List.of("_Blood count", "_Headaches", "_Exercise")) {
            robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(next, model.currentProperty().get().title());
        }
        Snapshots.saveIfAsked(stage, "consultation-5-exercise");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Clot risk", model.currentProperty().get().title());
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Injections", model.currentProperty().get().title(), "Alt+B is Back, not the Blood count");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        click("#symptom-chest_pain");
        assertEquals(before, text("#sideHeadline"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Blood count", model.currentProperty().get().title());
    }

    @Test
    void enterGoesOnFromATextFieldAndEveryControlOnEveryStepHasAccessibleText() throws Exception {
        click("#addDose");
        click("#doseToday");
        assertEquals(1, ((InjectionsStepViewModel) model.steps().get(0)).newDoses().size());
        type("#doseGivenAt-0", "2026-11-02 9:00");
        robot.interact(() -> ((InjectionsStepViewModel) model.steps().get(0)).newDoses().get(0).reactions()
                .add(com.b12consult.domain.SymptomCode.RASH));
        robot.interact(() -> robot.lookup("#stepScroll").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveIfAsked(stage, "consultation-1-injections-new-dose");
        for (int i = 0; i < model.steps().size(); i++) {
            int step = i;
            robot.interact(() -> model.goTo(model.steps().get(step)));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> silent = new ArrayList<>();
            collectSilent(stage.getScene().getRoot(), silent);
            assertEquals(List.of(), silent, "controls a screen reader could not name on " + model.steps().get(i).title());
        }
        robot.interact(() -> model.goTo(model.steps().get(0)));
        click("#removeDose-0");
        type("#rxMaintenance", "120");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Clot risk", model.currentProperty().get().title());
    }

    @Test
    void aSevereHeadacheTypedAsksWhetherItCameOnSuddenlyAndTheTickTurnsTheDecisionUrgentOnEveryStep()
            throws Exception {
        robot.interact(() -> model.goTo(step(HeadachesStepViewModel.class)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#suddenOnsetAsk").query().isVisible());
        robot.clickOn("#addHeadache");
        WaitForAsyncUtils.waitForFxEvents();
        typeHere("#headache1-onset", "2026-08-20T11:00");
        typeHere("#headache1-severity", "10");
        assertEquals("HOLD: do not inject", text("#sideHeadline"));
        assertTrue(robot.lookup("#suddenOnsetAsk").query().isVisible());
        CheckBox yes = robot.lookup("#ask-sudden-onset-yes").queryAs(CheckBox.class);
        assertFalse(yes.getAccessibleText().isBlank());
        ScrollPane diary = robot.lookup("#headachesStep .scroll-pane").queryAs(ScrollPane.class);
        for (String shown : List.of("#suddenOnsetAsk", "#headache1-remove", "#headache1-fever")) {
            Node n = robot.lookup(shown).query();
            assertTrue(n.localToScene(n.getLayoutBounds()).getMaxX() <= diary.localToScene(diary.getLayoutBounds())
                    .getMaxX(), shown + " is not cut off at the right of the narrow diary column");
        }
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("URGENT: do not inject", text("#sideHeadline"), "the side panel, at once");
        assertEquals("Severity of new headache 1, 0 to 10",
                robot.lookup("#headache1-severity").query().getAccessibleText(), "the entry as typed");

        robot.interact(() -> model.goTo(step(ReviewStepViewModel.class)));
        WaitForAsyncUtils.waitForFxEvents();
        yes = robot.lookup("#ask-sudden-onset-yes").queryAs(CheckBox.class);
        assertTrue(yes.isSelected(), "the review shows the same answer");
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        double top = yes.localToScene(yes.getLayoutBounds()).getMinY();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("HOLD: do not inject", text("#bannerHeadline"));
        assertEquals("HOLD: do not inject", text("#sideHeadline"));
        assertEquals(top, yes.localToScene(yes.getLayoutBounds()).getMinY(), 0.5, "the tick stays under the pointer");
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertEquals(top, yes.localToScene(yes.getLayoutBounds()).getMinY(), 0.5, "the tick stays under the pointer");
        assertTrue(step(ClotRiskStepViewModel.class).symptom(com.b12consult.domain.SymptomCode.SUDDEN_SEVERE_HEADACHE)
                .presentProperty().get(), "recorded as the current symptom");
    }

    private <T> T step(Class<T> type) {
        return model.steps().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Types into a field of a step with a scroll pane of its own, which is in view. */
    private void typeHere(String query, String text) {
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focusable controls with neither accessible text nor text of their own. */
    private static void collectSilent(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c && c.isFocusTraversable() && !(c instanceof ScrollPane)) {
            String own = c instanceof Labeled l ? l.getText() : null;
            if ((c.getAccessibleText() == null || c.getAccessibleText().isBlank()) && (own == null || own.isBlank())) {
                out.add(c.getClass().getSimpleName() + " #" + c.getId());
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectSilent(child, out));
        }
    }

    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#stepScroll").queryAs(ScrollPane.class), node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String query, String text) {
        click(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
