package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Decision;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A past consultation on screen: chosen from the list, shown read-only with its answers and the rulebook notice. */
class ConsultationHistoryViewFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    ConsultStore store;
    Stage stage;

    @BeforeEach
    void setUp() throws Exception {
        store = new ConsultStore(dir);
        stage = shown.stage();
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    @Test
    void aPastConsultationOpensReadOnlyWithTheRulebookNotice() throws Exception {
        store.save(FakeLiveConsultation.vignette("04"), ConsultationResponses.NONE, ConsultationHistoryViewModelTest.NURSE);
        Assessment stroke = ReviewStepViewModelTest.strokeRashAndDizziness();
        Report now = FakeLiveConsultation.EVALUATOR.evaluate(stroke, com.b12consult.domain.LabLimits.defaults());
        Report older = new Report(now.schemaVersion(), new RulebookRef("2025.01", "0".repeat(64)),
                new Decision(DecisionStatus.URGENT, now.decision().reasons()), now.findings(), now.derived());
        store.save(stroke, older, new ReviewStepViewModelTestAnswers().strokeAnswered(),
                ConsultationHistoryViewModelTest.DOCTOR);
        ConsultationHistoryViewModel vm = new ConsultationHistoryViewModel(store.consultations,
                ConsultationHistoryViewModelTest.CURRENT, ZoneOffset.UTC, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        FxToolkit.setupStage(s -> {
            vm.showPatient(store.patient.id());
            Scene scene = new Scene(new ConsultationHistoryView(vm), 1280, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose a past consultation", text("#bannerHeadline"));

        ListView<?> list = robot.lookup("#consultationHistory").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(0)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Decision then: URGENT", text("#bannerHeadline"));
        assertTrue(text("#rulebookNotice").contains("rulebook has changed"), text("#rulebookNotice"));
        assertEquals("Answer: Not applicable: Known eczema", text("#pastAnswer-allergy-mild-signs-now"));
        assertEquals("\u2713 Done", text("#pastTick-clot-record-timeline"));
        assertEquals("Sent to A&E.", text("#pastNote"));
        assertTrue(robot.lookup("#pastConsultation .text-field").queryAll().isEmpty(), "nothing to edit");
        assertTrue(robot.lookup("#pastConsultation .check-box").queryAll().isEmpty(), "nothing to tick");
        Snapshots.saveIfAsked(stage, "consultation-history");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The same answers the view-model test saves. */
    static final class ReviewStepViewModelTestAnswers {
        ConsultationResponses strokeAnswered() {
            return new ConsultationHistoryViewModelTest().strokeAnswered();
        }
    }
}
