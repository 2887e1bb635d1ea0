package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.ui.ShownStage;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Headaches step on its own with a shared vignette's diary and doses. With {@code -Db12consult.snapshots=DIR}
 * it writes the step's picture.
 */
class HeadachesViewFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    final FxRobot robot = new FxRobot();
    Stage stage;
    HeadachesStepViewModel vm;
    HeadachesView view;

    void open(String vignette) throws Exception {
        Assessment a = StepScenes.vignette(vignette);
        FakeConsultation live = new FakeConsultation(a.patient(), a.assessedAt(), a.injections());
        vm = new HeadachesStepViewModel(a.headaches(), a.headacheTriggers(), live, StepScenes.clockAt(a));
        live.follow(vm);
        stage = shown.stage();
        view = WaitForAsyncUtils.asyncFx(() -> new HeadachesView(vm)).get();
        StepScenes.show(stage, view);
    }

    @Test
    void aSeverityOffTheScaleIsNamedAtTheFieldAndStaysAsTyped() throws Exception {
        open("07-allergic-type-signs-after-last-dose.json");
        robot.clickOn("#addHeadache");
        robot.clickOn("#headache1-severity").write("11");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#headache1-severity").queryAs(TextField.class);
        assertEquals("11", field.getText());
        Label message = robot.lookup("#headache1-severity-message").queryAs(Label.class);
        assertEquals("11 is outside the scale; severity runs from 0 (none) to 10 (worst)", message.getText());
        assertTrue(message.isVisible());
        assertEquals(message.getText(), decoration(field));
        assertEquals(message.getText(), field.getTooltip().getText());
    }

    @Test
    void theTimelineAndTimingFollowWhatIsTyped() throws Exception {
        open("07-allergic-type-signs-after-last-dose.json");
        assertEquals(1, view.timeline().points().size());
        assertEquals("Followed a dose within 24 h: a headache began within 24 hours after the one dose on record (worst 4 of 10).",
                timing());
        robot.clickOn("#addHeadache");
        TextField onset = robot.lookup("#headache1-onset").queryAs(TextField.class);
        retype(onset, "2026-11-16T08:00");
        robot.clickOn("#headache1-severity").write("3");
        robot.clickOn("#headache1-nausea");
        robot.clickOn("#trigger-stress");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", decoration(onset));
        assertEquals(2, view.timeline().points().size());
        assertTrue(vm.newEntries().get(0).associated().contains(com.b12consult.domain.SymptomCode.NAUSEA));
        assertTrue(vm.trigger(HeadacheTrigger.STRESS).get());
        assertTrue(timingLines().contains("1 headache began more than 24 hours from any dose."), timingLines().toString());
    }

    @Test
    void anOnsetInTheFutureIsMarked() throws Exception {
        open("07-allergic-type-signs-after-last-dose.json");
        robot.clickOn("#addHeadache");
        TextField onset = robot.lookup("#headache1-onset").queryAs(TextField.class);
        retype(onset, "2026-12-01T08:00");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2026-12-01T08:00", onset.getText(), "what was typed stays as typed");
        assertTrue(decoration(onset).startsWith("2026-12-01 08:00 is after now"), decoration(onset));
        assertFalse(robot.lookup("#trigger-stress").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void snapshotWithVignette06() throws Exception {
        open("06-escalating-headaches-after-each-dose.json");
        robot.clickOn("#addHeadache");
        TextField onset = robot.lookup("#headache1-onset").queryAs(TextField.class);
        retype(onset, "2026-11-17T19:00");
        robot.clickOn("#headache1-severity").write("2");
        robot.clickOn("#trigger-poor_sleep");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timingLines().stream().anyMatch(l -> l.startsWith("Escalating: the worst severity after each dose rose, 3")),
                timingLines().toString());
        StepScenes.snapshot(stage, "consultation-4-headaches");
    }

    /** Replaces what a field holds, as a person selecting it all and typing over it. */
    private void retype(TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    private String timing() {
        return timingLines().get(0);
    }

    private java.util.List<String> timingLines() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#timingSummary").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private String decoration(TextField field) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.decorations().support().getHighestMessage(field).map(ValidationMessage::getText).orElse("");
    }
}
