package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.ui.ShownStage;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Blood count step on its own, with vignette 04 on record: a clinician adds a panel and types into it. With
 * {@code -Db12consult.snapshots=DIR} it writes the step's picture.
 */
class BloodCountViewFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    final FxRobot robot = new FxRobot();
    Stage stage;
    BloodCountStepViewModel vm;
    BloodCountView view;
    FakeConsultation live;

    @BeforeEach
    void setUp() throws Exception {
        Assessment a = StepScenes.vignette("04-megaloblastic-thrombocytopenia.json");
        live = new FakeConsultation(a.patient(), a.assessedAt(), a.injections());
        vm = new BloodCountStepViewModel(a.labs(), live, StepScenes.clockAt(a));
        live.follow(vm);
        stage = shown.stage();
        view = WaitForAsyncUtils.asyncFx(() -> new BloodCountView(vm)).get();
        StepScenes.show(stage, view);
    }

    @Test
    void anImplausiblePlateletCountIsNamedAtTheFieldAndStaysAsTyped() {
        robot.clickOn("#addLabPanel");
        robot.clickOn("#panel1-platelets").write("15O");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#panel1-platelets").queryAs(TextField.class);
        assertEquals("15O", field.getText());
        Label message = robot.lookup("#panel1-platelets-message").queryAs(Label.class);
        assertEquals("\"15O\" is not a number; type digits, with a point or a comma for decimals, e.g. 150", message.getText());
        assertTrue(message.isVisible());
        assertEquals(message.getText(), field.getTooltip().getText(), "the decoration's tooltip reads the message");
        assertEquals(message.getText(), decoration(field));

        robot.doubleClickOn("#panel1-platelets").write("150000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("150000", field.getText());
        assertTrue(message.getText().contains("change the unit to \"/uL\""), message.getText());
        assertEquals(message.getText(), decoration(field));
    }

    @Test
    void aPlateletCountInThousandsTypedPerMicrolitreIsNamedAtTheField() {
        robot.clickOn("#addLabPanel");
        robot.clickOn("#panel1-platelets-unit");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("/\u00b5L"))
                .queryAs(Node.class));
        robot.clickOn("#panel1-platelets").write("150");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#panel1-platelets").queryAs(TextField.class);
        Label message = robot.lookup("#panel1-platelets-message").queryAs(Label.class);
        assertTrue(message.getText().startsWith("150 /uL is not a platelet count"), message.getText());
        assertTrue(message.getText().contains("It is probably 150 10*9/L or 150 10*3/uL (150 10*9/L)"), message.getText());
        assertTrue(message.isVisible());
        assertEquals(message.getText(), decoration(field));
    }

    @Test
    void aCorrectedValueLosesItsMarkAndJoinsTheChart() {
        robot.clickOn("#addLabPanel");
        robot.clickOn("#panel1-platelets").write("4O");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.chart(Analyte.PLATELETS).points().size(), "only the panel on record");
        robot.eraseText(1).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#panel1-platelets").queryAs(TextField.class);
        assertEquals("40", field.getText());
        assertFalse(robot.lookup("#panel1-platelets-message").queryAs(Label.class).isVisible());
        assertEquals("", decoration(field));
        assertEquals(2, view.chart(Analyte.PLATELETS).points().size());
        assertEquals(40, view.chart(Analyte.PLATELETS).points().get(1).value());
    }

    @Test
    void aNewPanelCanBeRemovedAndTheRecordedOneCannot() {
        robot.clickOn("#addLabPanel");
        assertEquals(2, vm.panels().size());
        assertTrue(robot.lookup("#panel1-remove").tryQuery().isPresent());
        robot.clickOn("#panel1-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm.panels().size());
        assertTrue(robot.lookup("#panel1-platelets").tryQuery().isEmpty());
    }

    @Test
    void snapshotWithVignette04AndATypedPanel() throws Exception {
        robot.clickOn("#addLabPanel");
        robot.clickOn("#panel1-platelets").write("150000");
        robot.clickOn("#panel1-mcv").write("104");
        robot.clickOn("#panel1-hemoglobin").write("10.2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.chart(Analyte.MCV).points().size());
        StepScenes.snapshot(stage, "consultation-3-blood-count");
    }

    private String decoration(TextField field) {
        WaitForAsyncUtils.waitForFxEvents();
        return view.decorations().support().getHighestMessage(field).map(ValidationMessage::getText).orElse("");
    }
}
