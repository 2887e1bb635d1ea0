package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Report;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ReportJson;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of a consultation for a patient with a full record, shown in turn at the clinic's 1366x768.
 * With {@code -Db12consult.snapshots=docs/screenshots} it writes the README's pictures of every step.
 */
class ConsultationScreenshotsFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    ConsultFixture fixture;
    Stage stage;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsultFixture(dir);
        stage = shown.stage();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    private Patient patientWithARecord() {
        Patient p = fixture.patient("Margaret Ellis", "P-0104", "");
        fixture.prescriptions.add(Prescription.unsaved(p.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.of(LoadingCourse.forDays(2, 14)), 90), LocalDate.of(2026, 8, 3)),
                ConsultFixture.DOCTOR);
        for (LocalDateTime at : List.of(LocalDateTime.of(2026, 8, 3, 9, 10), LocalDateTime.of(2026, 8, 17, 9, 5),
                LocalDateTime.of(2026, 11, 15, 9, 20))) {
            fixture.injections.record(p.id(), new Injection(at, Product.HYDROXOCOBALAMIN, 1000,
                    at.getMonthValue() == 11 ? InjectionSite.RIGHT_DELTOID : InjectionSite.LEFT_DELTOID,
                    at.getMonthValue() == 11 ? List.of(SymptomCode.INJECTION_SITE_SORENESS) : List.of()),
                    ConsultFixture.DOCTOR);
        }
        fixture.labs.record(p.id(), new LabPanel(LocalDate.of(2026, 7, 28), Map.of(
                Analyte.PLATELETS, new Quantity(96, LabUnit.GIGA_PER_L), Analyte.MCV, new Quantity(114, LabUnit.FL),
                Analyte.HEMOGLOBIN, new Quantity(8.7, LabUnit.G_PER_DL))), ConsultFixture.DOCTOR);
        fixture.labs.record(p.id(), new LabPanel(LocalDate.of(2026, 11, 12), Map.of(
                Analyte.PLATELETS, new Quantity(88, LabUnit.GIGA_PER_L), Analyte.MCV, new Quantity(112, LabUnit.FL),
                Analyte.HEMOGLOBIN, new Quantity(9.1, LabUnit.G_PER_DL))), ConsultFixture.DOCTOR);
        fixture.headaches.record(p.id(), new HeadacheEntry(LocalDateTime.of(2026, 11, 15, 20, 0), 4,
                HeadacheType.TENSION, List.of()), ConsultFixture.DOCTOR);
        Assessment last = new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                LocalDateTime.of(2026, 8, 3, 8, 30), p.info(), List.of(ClotRiskFactor.SMOKING),
                List.of(MedicalCondition.PERNICIOUS_ANEMIA), List.of(), List.of(),
                Optional.of(new AllergyHistory(B12InjectionReaction.NONE, false)), List.of(), List.of(), List.of(),
                List.of(HeadacheTrigger.POOR_SLEEP), Optional.empty(), Optional.empty());
        Report report = ConsultFixture.EVALUATOR.evaluate(last, LabLimits.defaults());
        fixture.assessments.save(p.id(), AssessmentContext.CONSULTATION, new AssessmentWriter().toJson(last),
                ReportJson.write(report), report.rulebook().version(), report.rulebook().sha256(), ConsultFixture.DOCTOR);
        return p;
    }

    @Test
    void everyStepShowsBesideTheDecision() throws Exception {
        Patient p = patientWithARecord();
        ConsultationViewModel model = fixture.consultation();
        ConsultationView view = new ConsultationView(model);
        view.showHistoryAfterSaving(fixture.history());
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view.root(), 1366, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.sizeToScene();
            s.show();
        });
        robot.interact(() -> model.open(p));
        robot.interact(fixture::settle);
        robot.interact(() -> {
            ((InjectionsStepViewModel) model.steps().get(0)).today().plannedProperty().set(true);
            ((ClotRiskStepViewModel) model.steps().get(1)).symptom(SymptomCode.FATIGUE).presentProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = List.of("1-injections", "2-clot-risk", "3-blood-count", "4-headaches", "5-exercise",
                "6-review");
        for (int i = 0; i < model.steps().size(); i++) {
            robot.clickOn("#step-" + i);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(model.steps().get(i), model.currentProperty().get());
            assertEquals(List.of(), model.currentProperty().get().problems());
            assertFalse(robot.lookup("#sideHeadline").queryAs(Label.class).getText().isBlank());
            // the pause after typing has passed and the draft is written, as it would be by now in the app
            robot.interact(() -> {
                fixture.timer.elapse();
                fixture.tasks.runAll();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.saveIfAsked(stage, "consultation-" + names.get(i));
        }
        robot.clickOn("#saveConsultation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(fixture::settle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fixture.consultations.listForPatient(p.id()).size());
        Snapshots.saveIfAsked(stage, "consultation-7-saved");
    }
}
