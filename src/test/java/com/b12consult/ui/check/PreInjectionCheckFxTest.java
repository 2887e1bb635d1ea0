package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.testing.SharedFolder;
import com.b12consult.testing.Snapshots;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.Fields;
import com.b12consult.ui.ShownStage;
import com.b12consult.ui.Stylesheets;
import com.b12consult.ui.SuddenOnsetBox;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the check screen as a nurse would: choose the patient in the due list, answer today's questions,
 * set the dose drawn up, read the banner, record the outcome. With {@code -Db12consult.snapshots=DIR}
 * it also writes a picture of each banner state.
 */
class PreInjectionCheckFxTest {
    @RegisterExtension
    final ShownStage shown = new ShownStage();

    @TempDir
    Path dir;
    CheckFixture fixture;
    Stage stage;
    PreInjectionCheckViewModel model;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new CheckFixture(dir, PreInjectionCheckViewModelTest.NOW);
        stage = shown.stage();
    }

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
    }

    static Stream<Arguments> vignettes() {
        return Stream.of(Arguments.of("01-routine-maintenance-dose.json", "PROCEED"),
                Arguments.of("02-clot-red-flags-after-dose.json", "URGENT: do not inject"),
                Arguments.of("06-escalating-headaches-after-each-dose.json", "HOLD: do not inject"),
                Arguments.of("11-dose-not-as-prescribed.json", "HOLD: do not inject"));
    }

    @ParameterizedTest
    @MethodSource("vignettes")
    void theProjectsOwnVignettesShowTheirBanner(String file, String headline) throws Exception {
        drive(CheckFixture.ownVignette(file));
        assertEquals(headline, text("#bannerHeadline"));
        snapshot(file.substring(0, 2));
        scrollTo("#doseDrawnUp");
        snapshot(file.substring(0, 2) + "-dose");
    }

    @ParameterizedTest
    @MethodSource("vignettes")
    void theSharedVignettesShowTheirBanner(String file, String headline) throws Exception {
        Path shared = SharedFolder.require("vignettes").resolve(file);
        drive(CheckFixture.sharedVignette(shared));
        assertEquals(headline, text("#bannerHeadline"));
    }

    @Test
    void givenOnProceedStoresTheDoseAndTheNextDueDateMovesOn() throws Exception {
        Patient p = drive(CheckFixture.ownVignette("01-routine-maintenance-dose.json"));
        assertTrue(text("#recordDue").contains("Overdue by 3 days"), text("#recordDue"));
        type("#givenAt", "2026-11-21 10:25");
        type("#lotNumber", "L123");
        type("#lotExpiry", "2027-06-30");
        assertTrue(robot.lookup("#checkHandout").queryAs(Button.class).isDisabled(), "nothing saved to hand out yet");
        click("#recordGiven");
        assertTrue(text("#outcomeMessage").contains("Next due 2027-02-19"), text("#outcomeMessage"));
        assertFalse(robot.lookup("#checkHandout").queryAs(Button.class).isDisabled(), "the check is saved");
        assertEquals(2, fixture.injections.listForPatient(p.id()).size());
        assertTrue(text("#doseHistory .label").contains("given, lot L123"));
        assertTrue(dueStatusShown(p).contains("Next due 2027-02-19"), dueStatusShown(p));
        scrollTo("#checkHandout");
        snapshot("given");
    }

    /** Near miss 1 (issue 13): a red flag held, then the check opened again, must not let the dose through. */
    @Test
    void aRedFlagHeldStaysOnTheCheckUntilAPrescriberReviewsIt() throws Exception {
        Patient p = drive(CheckFixture.ownVignette("01-routine-maintenance-dose.json"));
        click("#ask-leg");
        click("#sign-leg-leg_swelling_one_sided");
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        click("#recordHeld");
        // the form starts afresh for the same patient: the red flag is still there, and Given stays shut
        assertFalse(model.answer(TodayQuestion.LEG).yesProperty().get());
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertTrue(text("#bannerReasons").contains("Standing URGENT from the check of 2026-11-21"), text("#bannerReasons"));
        assertTrue(robot.lookup("#standingCard").query().isVisible());
        assertTrue(text("#standingDetail").contains("swelling of one leg") || text("#standingDetail").contains("leg"),
                text("#standingDetail"));
        assertTrue(robot.lookup("#recordGiven").queryAs(Button.class).isDisabled());
        snapshot("standing-urgent");
        type("#reviewer", "Dr Lee");
        robot.interact(() -> reviewOutcome().setValue(com.b12consult.domain.ReviewOutcome.CLEARED_TO_GIVE));
        type("#reviewNote", "Ultrasound clear, no clot");
        click("#recordReview");
        assertFalse(robot.lookup("#standingCard").query().isVisible(), "cleared: the card goes");
        assertFalse(text("#bannerHeadline").startsWith("URGENT"), text("#bannerHeadline"));
        assertEquals(1, fixture.injections.listForPatient(p.id()).size(), "no dose was given meanwhile");
    }

    /** Near miss 2: a consultation saved URGENT in another room stands in the nurse's check. */
    @Test
    void anUrgentConsultationStandsInTheCheck() throws Exception {
        var a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        Patient patient = fixture.store(a, "Patient " + a.patient().id());
        fixture.assessments.save(patient.id(), com.b12consult.domain.AssessmentContext.CONSULTATION,
                "{\"symptoms\":[{\"code\":\"leg_swelling_one_sided\"}]}",
                "{\"decision\":{\"status\":\"urgent\",\"reasons\":[\"Possible blood clot in a leg\"]}}",
                "2026.12.1", "a".repeat(64), CheckFixture.NURSE);
        open(patient);
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertTrue(text("#bannerReasons").contains("Standing URGENT from the consultation"), text("#bannerReasons"));
        assertTrue(robot.lookup("#recordGiven").queryAs(Button.class).isDisabled());
    }

    /** Near miss 3: a second dose minutes after one given is held, saying when the last was and when the next is due. */
    @Test
    void aSecondDoseMinutesLaterIsHeld() throws Exception {
        Assessment a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        drive(a);
        type("#givenAt", "2026-11-21 10:25");
        type("#lotNumber", "L123");
        type("#lotExpiry", "2027-06-30");
        click("#recordGiven");
        PlannedInjection planned = a.plannedInjection().orElseThrow();
        click("#product-" + planned.product().code());
        type("#doseDrawnUp", DoseDrawnUp.micrograms(planned.doseMicrograms()));
        assertEquals("HOLD: do not inject", text("#bannerHeadline"));
        assertTrue(robot.lookup((Node n) -> "finding-injection.earlier-than-schedule".equals(n.getId())).tryQuery().isPresent(),
                "the finding says the dose comes before the schedule allows");
        assertTrue(text("#bannerReasons").contains("Dose earlier than the schedule allows"), text("#bannerReasons"));
    }

    /** Near miss 4: the wrong product drawn up is a dose not as prescribed, a HOLD, not a caution. */
    @Test
    void theWrongProductIsAHold() throws Exception {
        drive(CheckFixture.ownVignette("01-routine-maintenance-dose.json"));
        click("#product-cyanocobalamin");
        assertEquals("HOLD: do not inject", text("#bannerHeadline"));
        assertTrue(text("#bannerReasons").contains("Dose drawn up is not as prescribed"), text("#bannerReasons"));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<com.b12consult.domain.ReviewOutcome> reviewOutcome() {
        return (ComboBox<com.b12consult.domain.ReviewOutcome>) robot.lookup("#reviewOutcome").query();
    }

    @Test
    void heldStoresTheReasonAndLeavesTheDoseDue() throws Exception {
        Patient p = drive(CheckFixture.ownVignette("06-escalating-headaches-after-each-dose.json"));
        type("#outcomeReason", "Prescriber to review the headaches first");
        click("#recordHeld");
        assertEquals(DoseOutcomeKind.HELD, fixture.outcomes.listForPatient(p.id()).get(0).kind());
        assertEquals("Prescriber to review the headaches first", fixture.outcomes.listForPatient(p.id()).get(0).reason());
        assertEquals(3, fixture.injections.listForPatient(p.id()).size());
        assertTrue(dueStatusShown(p).startsWith("Overdue"), dueStatusShown(p));
    }

    @Test
    void givenCannotBePressedOnUrgentAndADoseNotAsPrescribedIsMarkedAtItsField() throws Exception {
        drive(CheckFixture.ownVignette("02-clot-red-flags-after-dose.json"));
        assertTrue(robot.lookup("#recordGiven").queryAs(Button.class).isDisabled());
        scrollTo("#recordGiven");
        snapshot("urgent-outcome");
        type("#doseDrawnUp", "10000");
        assertTrue(text("#doseError").contains("prescription is 1000"), text("#doseError"));
        assertEquals("10000", robot.lookup("#doseDrawnUp").queryTextInputControl().getText(), "nothing typed is lost");
    }

    @Test
    void proceedWithCareShowsTheCautions() throws Exception {
        Assessment a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        drive(a);
        robot.interact(() -> exercise().setValue(PlannedExercise.HIIT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PROCEED WITH CARE", text("#bannerHeadline"));
        assertFalse(robot.lookup("#findingsList").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        snapshot("care");
    }

    @Test
    void aSevereHeadacheTypedAfterTheDoseAsksWhetherItCameOnSuddenlyAndTheTickTurnsTheBannerUrgent()
            throws Exception {
        LocalDateTime dose = PreInjectionCheckViewModelTest.NOW.minusDays(90);
        open(fixture.maintenancePatient("Ada Lovelace", "P-0001", dose));
        assertFalse(robot.lookup("#suddenOnsetAsk").query().isVisible(), "no headache on record, nothing to ask");
        assertEquals(DecisionBanner.NOT_CHECKED_HEADLINE, text("#bannerHeadline"), "nothing asked or drawn up yet");

        type("#headacheOnset", TypedDates.format(dose.plusHours(2)));
        type("#headacheSeverity", "10");
        click("#recordLaterHeadache");
        assertTrue(text("#followUpMessage").startsWith("Headache recorded"), text("#followUpMessage"));
        assertEquals("HOLD: do not inject", text("#bannerHeadline"));
        CheckBox yes = robot.lookup("#ask-sudden-onset-yes").queryAs(CheckBox.class);
        assertTrue(robot.lookup("#suddenOnsetAsk").query().isVisible());
        assertEquals(SuddenOnsetBox.YES, yes.getText());
        assertFalse(yes.getAccessibleText().isBlank());

        scrollTo("#ask-sudden-onset-yes");
        double top = yes.localToScene(yes.getLayoutBounds()).getMinY();
        double left = yes.localToScene(yes.getLayoutBounds()).getMinX();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top, yes.localToScene(yes.getLayoutBounds()).getMinY(), 0.5,
                "the signs opening beneath the tick do not move it from under the pointer");
        assertEquals(left, yes.localToScene(yes.getLayoutBounds()).getMinX(), 0.5, "nor sideways");
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertTrue(text("#bannerReasons").contains("stroke"), text("#bannerReasons"));
        assertTrue(robot.lookup("#recordGiven").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#sign-headache-sudden_severe_headache").queryAs(CheckBox.class).isSelected(),
                "recorded under today's headache question");
        snapshot("ask-sudden-onset");

        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("HOLD: do not inject", text("#bannerHeadline"));
        assertFalse(robot.lookup("#ask-headache").queryAs(CheckBox.class).isSelected(), "the yes it raised is gone");
        assertTrue(yes.isVisible(), "the tick stays to be given again");
        assertEquals(top, yes.localToScene(yes.getLayoutBounds()).getMinY(), 0.5, "where it was");
    }

    @Test
    void aFeverTickedAloneSaysItIsCountedAlone() throws Exception {
        open(fixture.maintenancePatient("Ada Lovelace", "P-0001", PreInjectionCheckViewModelTest.NOW.minusDays(90)));
        click("#ask-fever-neck");
        assertEquals("URGENT: do not inject", text("#bannerHeadline"), "a bare yes counts as the stiff neck");
        CheckBox fever = robot.lookup("#sign-fever-neck-fever").queryAs(CheckBox.class);
        assertEquals("fever", fever.getText());
        assertTrue(fever.getAccessibleText().contains("Fever, with a stiff neck or a bad headache?"));
        click("#sign-fever-neck-fever");
        assertEquals(DecisionBanner.NOT_CHECKED_HEADLINE, text("#bannerHeadline"), "no red flag; the check goes on");
        assertTrue(robot.lookup("#feverCountedAlone").query().isVisible());
        click("#sign-fever-neck-fever_neck_stiffness");
        assertEquals("URGENT: do not inject", text("#bannerHeadline"));
        assertFalse(robot.lookup("#feverCountedAlone").query().isVisible());
    }

    /** Shows the screen and opens the patient from the due list. */
    private void open(Patient patient) throws Exception {
        model = fixture.checkModel();
        PreInjectionCheckView view = new PreInjectionCheckView(model,
                new PrescriptionFormViewModel(model, fixture.prescriptions, CheckFixture.NURSE, fixture.clock,
                        com.b12consult.ui.InlineTaskRunner.INSTANCE),
                new FollowUpViewModel(model, fixture.outcomes, fixture.headaches, CheckFixture.NURSE, fixture.clock, com.b12consult.ui.InlineTaskRunner.INSTANCE));
        FxToolkit.setupStage(s -> {
            Scene scene = new Scene(view.root(), 1280, 800);
            scene.getStylesheets().setAll(Stylesheets.all());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(patient.name() + "  " + patient.identifier());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the screen, opens the vignette's patient from the due list, and answers as the vignette says. */
    private Patient drive(Assessment a) throws Exception {
        Patient patient = fixture.store(a, "Patient " + a.patient().id());
        open(patient);
        for (Symptom s : a.symptoms()) {
            TodayQuestion q = Arrays.stream(TodayQuestion.values())
                    .filter(t -> !t.aboutLastDose() && t.signs().contains(s.code())).findFirst().orElseThrow();
            if (!model.answer(q).yesProperty().get()) {
                click("#ask-" + q.idSuffix());
            }
            click("#sign-" + q.idSuffix() + "-" + s.code().code());
        }
        a.exercise().ifPresent(e -> robot.interact(() -> exercise().setValue(e.planned())));
        scrollTo("#questionsAsked");
        click("#questionsAsked");
        for (Symptom s : a.symptoms()) {
            assertTrue(model.answer(Arrays.stream(TodayQuestion.values()).filter(t -> !t.aboutLastDose()
                    && t.signs().contains(s.code())).findFirst().orElseThrow()).codes().contains(s.code()),
                    "the screen took the answer " + s.code());
        }
        PlannedInjection planned = a.plannedInjection().orElseThrow();
        click("#product-" + planned.product().code());
        type("#doseDrawnUp", DoseDrawnUp.micrograms(planned.doseMicrograms()));
        click("#site-" + planned.site().code());
        assertEquals(planned.site(), model.dose().siteProperty().get());
        assertEquals(planned.product(), model.dose().productProperty().get());
        scrollToTop();
        return patient;
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PlannedExercise> exercise() {
        return (ComboBox<PlannedExercise>) robot.lookup("#exercise").query();
    }

    private String dueStatusShown(Patient p) {
        return model.dueRows().stream().filter(r -> r.patient().id() == p.id()).findFirst().orElseThrow().status();
    }

    private void click(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#checkScroll").queryAs(ScrollPane.class), node));
        // The scroll takes effect at the next layout pulse; click where the node is after it.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into a field as a nurse would after selecting what is there (a suggested time, say). */
    private void type(String query, String text) {
        click(query);
        robot.interact(() -> robot.lookup(query).queryTextInputControl().selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void scrollTo(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Fields.scrollIntoView(robot.lookup("#checkScroll").queryAs(ScrollPane.class), node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) throws Exception {
        Snapshots.saveIfAsked(stage, "check-" + name);
    }

    private void scrollToTop() {
        robot.interact(() -> robot.lookup("#checkScroll").queryAs(ScrollPane.class).setVvalue(0));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
