package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Assessment;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.Fields;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The review on screen: an override without a reason is marked at its field; with one, nothing blocks saving. */
class ReviewViewFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    static final String STROKE = "clot-stroke-red-flags";
    static final String RASH = "allergy-mild-signs-now";

    final FxRobot robot = new FxRobot();
    final ObservableList<FieldProblem> pending = FXCollections.observableArrayList();
    Stage stage;
    ReviewStepViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        stage = shown.stage();
    }

    void show(Assessment assessment) throws Exception {
        FakeLiveConsultation live = new FakeLiveConsultation(assessment);
        FxToolkit.setupStage(s -> {
            vm = new ReviewStepViewModel(live, pending);
            Scene scene = new Scene(new ReviewView(vm), 1280, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void notApplicableWithoutAReasonIsMarkedAtTheFieldAndAReasonClearsTheBlocker() throws Exception {
        show(ReviewStepViewModelTest.strokeRashAndDizziness());
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertTrue(robot.lookup("#saveBlockers").query().isVisible());
        assertTrue(text("#saveBlockersList").contains("Possible stroke"), text("#saveBlockersList"));
        Snapshots.saveIfAsked(stage, "consultation-6-review-urgent");

        robot.clickOn("#notApplicable-" + STROKE);
        Label message = robot.lookup("#reasonMessage-" + STROKE).queryAs(Label.class);
        assertTrue(message.isVisible(), "the message shows at the reason field");
        assertTrue(message.getText().contains("needs a reason"), message.getText());
        assertTrue(text("#saveBlockersList").contains("without a reason"), text("#saveBlockersList"));
        assertFalse(vm.canSave().get());
        Snapshots.saveIfAsked(stage, "consultation-6-review-reason-missing");

        robot.clickOn("#reason-" + STROKE).write("Seen by the stroke team yesterday; signs are old");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(message.isVisible(), "a reason clears the message");
        assertFalse(text("#saveBlockersList").contains("Possible stroke"), text("#saveBlockersList"));
        assertEquals(AlertResponse.NOT_APPLICABLE, vm.answerFor("clot.stroke-red-flags").orElseThrow()
                .answer().orElseThrow().response());

        scrollTo("#finding-" + RASH);
        robot.clickOn("#actedOn-" + RASH);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.saveBlockers().isEmpty());
        assertFalse(robot.lookup("#saveBlockers").query().isVisible(), "nothing left before saving");
        assertTrue(vm.canSave().get());
    }

    @Test
    void vignetteFourShowsItsChecklistToTickAndThePendingNotice() throws Exception {
        pending.add(new FieldProblem("Hemoglobin, panel of 2026-11-18", "\"9,8\" is not a number; type it with a point, e.g. 9.8"));
        show(FakeLiveConsultation.vignette("04"));
        assertEquals("PROCEED WITH CARE", text("#bannerHeadline"));
        assertTrue(text("#pendingNotice").contains("Hemoglobin, panel of 2026-11-18"), text("#pendingNotice"));
        CheckBox confirm = robot.lookup("#tick-platelets-confirm-pattern").queryAs(CheckBox.class);
        robot.clickOn(confirm);
        assertTrue(vm.responses().ticked().contains("platelets.confirm-pattern"));
        assertFalse(robot.lookup("#saveBlockers").query().isVisible());
        Snapshots.saveIfAsked(stage, "consultation-6-review-pending");
        WaitForAsyncUtils.asyncFx(() -> pending.clear()).get();
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.saveIfAsked(stage, "consultation-6-review");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void scrollTo(String query) throws Exception {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#reviewScroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.asyncFx(() -> Fields.scrollIntoView(scroll, node)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
