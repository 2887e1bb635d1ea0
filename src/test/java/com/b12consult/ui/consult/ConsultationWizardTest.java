package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.SymptomCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's Next and Save, driven through the view model: bound to the pages' validity, never ahead of it. */
class ConsultationWizardTest {
    @TempDir
    Path dir;
    ConsultFixture fixture;
    Patient ann;
    ConsultationViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsultFixture(dir);
        ann = fixture.patient("Ann Smith", "P-0001", "");
        fixture.prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 20)), ConsultFixture.DOCTOR);
        fixture.injections.record(ann.id(), new Injection(LocalDateTime.of(2026, 8, 20, 9, 0), Product.HYDROXOCOBALAMIN,
                1000, InjectionSite.LEFT_DELTOID, List.of()), ConsultFixture.DOCTOR);
        model = fixture.consultation();
        model.open(ann);
        fixture.settle();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private <T> T step(Class<T> type) {
        return model.steps().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** A value to correct on a step, and its correction. */
    private record Typo(String what, ConsultationStep step, Runnable type, Runnable correct) {
    }

    private List<Typo> typos() {
        NewDose dose = step(InjectionsStepViewModel.class).addDose();
        LabPanelEntry panel = step(BloodCountStepViewModel.class).addPanel();
        HeadacheDiaryEntry headache = step(HeadachesStepViewModel.class).addEntry();
        headache.severityProperty().set("4");
        return List.of(
                new Typo("a dose's time", step(InjectionsStepViewModel.class),
                        () -> dose.givenAtProperty().set("yesterday"),
                        () -> dose.givenAtProperty().set("2026-11-18 09:00")),
                new Typo("a platelet count", step(BloodCountStepViewModel.class),
                        () -> panel.value(Analyte.PLATELETS).valueProperty().set("15O"),
                        () -> panel.value(Analyte.PLATELETS).valueProperty().set("150")),
                new Typo("a headache's severity", step(HeadachesStepViewModel.class),
                        () -> headache.severityProperty().set("eleven"),
                        () -> headache.severityProperty().set("4")));
    }

    @Test
    void nextIsNeverEnabledOnAStepWithAValueToCorrect() {
        List<Typo> typos = typos();
        for (Typo t : typos) {
            t.correct().run();
        }
        for (Typo t : typos) {
            model.goTo(t.step());
            assertTrue(t.step().validProperty().get(), t.what());
            assertTrue(model.canGoNextProperty().get(), t.what());
            List<Boolean> heard = new ArrayList<>();
            model.canGoNextProperty().addListener((obs, was, now) -> heard.add(now));

            t.type().run();
            assertFalse(t.step().validProperty().get(), t.what());
            assertFalse(model.canGoNextProperty().get(), "Next with " + t.what() + " to correct");
            assertFalse(model.next());
            assertEquals(t.step(), model.currentProperty().get(), "still on the step with " + t.what());
            t.correct().run();
            assertTrue(model.canGoNextProperty().get(), t.what() + " corrected");
            assertEquals(List.of(false, true), heard, "the button bound to it hears each change as it is typed");
        }

        // Every page, wherever the typos are: Next is enabled exactly on a valid page that is not the last.
        typos.forEach(t -> t.type().run());
        int invalid = 0;
        for (ConsultationStep page : model.steps()) {
            model.goTo(page);
            boolean last = page == model.steps().get(model.steps().size() - 1);
            invalid += page.validProperty().get() ? 0 : 1;
            assertEquals(page.validProperty().get() && !last, model.canGoNextProperty().get(), page.title());
            assertEquals(page != model.steps().get(0), model.canGoBackProperty().get(), page.title());
            assertEquals(last, model.onReviewProperty().get(), page.title());
        }
        assertEquals(typos.size(), invalid, "each typo makes its own step invalid");
    }

    @Test
    void saveIsNeverPossibleWhileAnyStepHoldsAValueToCorrect() {
        step(ClotRiskStepViewModel.class).symptom(SymptomCode.CHEST_PAIN).presentProperty().set(true);
        List<Typo> typos = typos();
        typos.forEach(t -> t.correct().run());
        ReviewStepViewModel review = step(ReviewStepViewModel.class);
        model.goTo(review);
        assertFalse(model.canSaveProperty().get(), "the urgent alert is not answered yet");
        review.answerForms().forEach(f -> f.responseProperty().set(AlertResponse.ACTED_ON));
        assertTrue(model.canSaveProperty().get());
        List<Boolean> heard = new ArrayList<>();
        model.canSaveProperty().addListener((obs, was, now) -> heard.add(now));

        for (Typo t : typos) {
            t.type().run();
            assertFalse(model.canSaveProperty().get(), "Save with " + t.what() + " to correct");
            assertFalse(model.save(), t.what());
            assertEquals(0, fixture.tasks.pendingCount(), "nothing handed to the store with " + t.what());
            assertTrue(model.saveMessage().get().startsWith("Not saved: correct first "), model.saveMessage().get());
            assertEquals(List.of(), fixture.consultations.listForPatient(ann.id()), "nothing saved with " + t.what());
            t.correct().run();
            assertTrue(model.canSaveProperty().get(), t.what() + " corrected");
        }
        assertEquals(List.of(false, true, false, true, false, true), heard);

        // A dose at the very time of one on record: each step reads it, the assessment as a whole refuses it.
        NewDose twice = step(InjectionsStepViewModel.class).addDose();
        twice.givenAtProperty().set("2026-08-20 09:00");
        assertFalse(model.assessmentProblems().isEmpty(), "the duplicate is the assessment's problem");
        FieldProblem duplicate = model.assessmentProblems().get(0);
        assertTrue(duplicate.field().startsWith("Doses given, entry "), "named in the clinic's words: " + duplicate);
        assertTrue(duplicate.field().endsWith(", time given"), duplicate.field());
        assertTrue(duplicate.message().startsWith("another injection is recorded at the same time"), duplicate.message());
        assertFalse(model.canSaveProperty().get(), "Save with a dose recorded twice");
        assertFalse(model.save());
        twice.givenAtProperty().set("2026-11-19 09:00");
        assertTrue(model.canSaveProperty().get());

        // The review's own value to correct: "not applicable" needs its reason.
        AlertAnswerForm answer = review.answerForms().get(0);
        answer.responseProperty().set(AlertResponse.NOT_APPLICABLE);
        assertFalse(review.validProperty().get());
        assertFalse(model.canSaveProperty().get(), "Save with a reason missing");
        assertFalse(model.save());
        answer.reasonProperty().set("Chest pain was from a known muscle strain, assessed today.");
        assertTrue(model.canSaveProperty().get());
        assertTrue(model.save());
        fixture.settle();
        assertNotNull(model.savedProperty().get());
        assertEquals(1, fixture.consultations.listForPatient(ann.id()).size());
        assertFalse(model.canSaveProperty().get(), "closed once saved: nothing left to save");
    }

    @Test
    void theReviewIsTheLastPageAndTheOnlyOneItsPendingListLeavesOut() {
        List<ConsultationStep> pages = model.steps();
        assertEquals(step(ReviewStepViewModel.class), pages.get(pages.size() - 1));
        review().answerForms().forEach(f -> f.responseProperty().set(AlertResponse.NOT_APPLICABLE));
        NewDose dose = step(InjectionsStepViewModel.class).addDose();
        dose.givenAtProperty().set("yesterday");
        assertEquals(List.of("New dose 1, time given"),
                model.pendingProblems().stream().map(FieldProblem::field).toList());
        assertEquals(model.pendingProblems(), review().pendingElsewhere());
        Map<String, Map<String, String>> draft = model.draft();
        assertEquals(pages.stream().map(ConsultationStep::id).toList(), List.copyOf(draft.keySet()));
    }

    private ReviewStepViewModel review() {
        return step(ReviewStepViewModel.class);
    }
}
