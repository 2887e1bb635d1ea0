package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.Finding;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Medication;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Report;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.testing.SharedFolder;
import com.b12consult.testing.Snapshots;
import com.b12consult.testing.Vignettes;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.form.Typed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * Vignette 04 entered through the consultation's screens, by clicking and typing as a clinician would: the
 * decision and the finding topics must be what {@code evaluate} gives for the file.
 */
class ConsultationVignetteFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    static final String VIGNETTE = "04-megaloblastic-thrombocytopenia.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    ConsultFixture fixture;
    Stage stage;
    ConsultationViewModel model;
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

    @Test
    void theProjectsCopyOfVignette04GivesTheDecisionAndTopicsOfEvaluate() throws Exception {
        try (InputStream in = Files.newInputStream(Vignettes.file(VIGNETTE))) {
            enterAndCompare(JSON.readTree(in));
        }
        Snapshots.saveIfAsked(stage, "consultation-vignette-04");
    }

    @Test
    void theSharedVignette04GivesTheDecisionAndTopicsOfEvaluate() throws Exception {
        Path file = SharedFolder.require("vignettes").resolve(VIGNETTE);
        enterAndCompare(JSON.readTree(Files.readString(file)));
    }

    private void enterAndCompare(JsonNode vignette) throws Exception {
        String json = JSON.writeValueAsString(vignette.get("assessment"));
        Assessment a = new AssessmentReader().read(json);
        // The screens below enter these parts; a vignette with more would need more driving, so say so.
        assertTrue(a.injections().isEmpty() && a.headaches().isEmpty() && a.exercise().isEmpty()
                && a.plannedInjection().isEmpty() && a.allergyHistory().isEmpty() && a.headacheTriggers().isEmpty(),
                "this test enters risk factors, conditions, medications, symptoms and labs only");
        AssessmentEvaluator.Outcome outcome = ConsultFixture.EVALUATOR.evaluate(json, LabLimits.defaults());
        Report expected = ((AssessmentEvaluator.Outcome.Evaluated) outcome).report();

        Patient patient = fixture.patients.create(Patient.unsaved("Vignette Four", a.patient().id(),
                a.patient().birthDate(), a.patient().sex(), KnownAllergies.NOT_RECORDED), ConsultFixture.DOCTOR);
        model = fixture.consultation();
        ConsultationView view = new ConsultationView(model);
        view.showHistoryAfterSaving(fixture.history());
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view.root(), 1366, 768);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.sizeToScene();
            s.show();
        });
        // Starting is the Patients screen's button; from here on, everything goes through the screens.
        robot.interact(() -> model.open(patient));
        robot.interact(fixture::settle);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#step-1");
        WaitForAsyncUtils.waitForFxEvents();
        for (ClotRiskFactor f : a.clotRiskFactors()) {
            tick("#factor-" + f.code());
        }
        for (Medication m : a.medications()) {
            tick("#medication-" + m.code());
        }
        for (MedicalCondition c : a.conditions()) {
            tick("#condition-" + c.code());
        }
        for (Symptom s : a.symptoms()) {
            tick("#symptom-" + s.code().code());
            s.onsetAt().ifPresent(t -> type("#onset-" + s.code().code(), TypedDates.format(t)));
        }

        robot.clickOn("#step-2");
        WaitForAsyncUtils.waitForFxEvents();
        int number = 0;
        for (LabPanel panel : a.labs()) {
            number++;
            robot.clickOn("#addLabPanel");
            WaitForAsyncUtils.waitForFxEvents();
            type("#panel" + number + "-date", panel.takenOn().toString());
            for (Map.Entry<Analyte, Quantity> r : panel.results().entrySet()) {
                String id = "#panel" + number + "-" + r.getKey().code();
                chooseUnit(id + "-unit", r.getValue().unit());
                type(id, Typed.number(r.getValue().value()));
            }
        }
        robot.clickOn("#step-4");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), model.pendingProblems(), "everything typed was taken");
        assertEquals(a.clotRiskFactors(), model.assessment().get().clotRiskFactors());
        assertEquals(a.conditions(), model.assessment().get().conditions());
        assertEquals(a.labs(), model.assessment().get().labs());
        Report shown = model.report().get();
        assertEquals(expected.decision().status(), shown.decision().status());
        assertEquals(topics(expected), topics(shown));
        assertEquals(expected.findings().stream().map(Finding::id).toList(),
                shown.findings().stream().map(Finding::id).toList());
        List<String> allowed = JSON.convertValue(vignette.get("expect").get("decision"), JSON.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        assertTrue(allowed.contains(shown.decision().status().code()), shown.decision().status().code());
        String headline = robot.lookup("#sideHeadline").queryAs(Label.class).getText();
        assertEquals(com.b12consult.ui.DecisionBanner.of(expected).headline(), headline);

        robot.clickOn("#step-5");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveConsultation");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(fixture::settle);
        WaitForAsyncUtils.waitForFxEvents();
        var saved = fixture.consultations.listForPatient(patient.id());
        assertEquals(1, saved.size());
        assertEquals(a.labs(), fixture.labs.listForPatient(patient.id()).stream()
                .map(com.b12consult.domain.RecordedLabPanel::panel).toList(), "the panel typed is on record now");
        assertTrue(saved.get(0).assessment().reportJson().contains("\"" + expected.decision().status().code() + "\""));
        assertTrue(robot.lookup("#savedConsultation").queryAs(Label.class).getText().startsWith(
                "Consultation for Vignette Four saved."));
        assertTrue(robot.lookup("#pastConsultation").tryQuery().isPresent(), "the saved one opens in the history");
    }

    private static List<String> topics(Report r) {
        return r.findings().stream().map(f -> f.topic().code() + "/" + f.kind().code()).sorted().toList();
    }

    private void tick(String query) {
        reveal(query);
        CheckBox box = robot.lookup(query).queryAs(CheckBox.class);
        if (!box.isSelected()) {
            robot.clickOn(box);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isSelected(), query);
    }

    private void type(String query, String text) {
        reveal(query);
        robot.clickOn(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text, robot.lookup(query).queryTextInputControl().getText());
    }

    /** Picks the unit in the list the combo box opens, by its words, unless it is chosen already. */
    @SuppressWarnings("unchecked")
    private void chooseUnit(String query, LabUnit unit) {
        ComboBox<LabUnit> combo = robot.lookup(query).queryAs(ComboBox.class);
        if (unit.equals(combo.getValue())) {
            return;
        }
        reveal(query);
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> combo.getConverter().toString(unit).equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unit, combo.getValue(), query);
    }

    /** Scrolls whichever scroll pane holds the node so that it shows, as a user scrolls to a field. */
    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    com.b12consult.ui.Fields.scrollIntoView(scroll, node);
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
