package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.B12InjectionReaction;
import com.b12consult.domain.ClotRiskFactor;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.MedicalCondition;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Report;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ReportJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsultationViewModelTest {
    @TempDir
    Path dir;
    ConsultFixture fixture;
    Patient ann;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ConsultFixture(dir);
        ann = fixture.patient("Ann Smith", "P-0001", "");
        fixture.prescriptions.add(Prescription.unsaved(ann.id(), Product.HYDROXOCOBALAMIN, 1000,
                new DosingSchedule(Optional.empty(), 90), LocalDate.of(2026, 8, 20)), ConsultFixture.DOCTOR);
        fixture.injections.record(ann.id(), new Injection(LocalDateTime.of(2026, 8, 20, 9, 0), Product.HYDROXOCOBALAMIN,
                1000, InjectionSite.LEFT_DELTOID, List.of()), ConsultFixture.DOCTOR);
        Assessment last = new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                LocalDateTime.of(2026, 8, 20, 8, 0), ann.info(), List.of(ClotRiskFactor.SMOKING),
                List.of(MedicalCondition.PERNICIOUS_ANEMIA), List.of(), List.of(),
                Optional.of(new AllergyHistory(B12InjectionReaction.NONE, false)), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty());
        Report report = ConsultFixture.EVALUATOR.evaluate(last, LabLimits.defaults());
        fixture.assessments.save(ann.id(), AssessmentContext.CONSULTATION, new AssessmentWriter().toJson(last),
                ReportJson.write(report), report.rulebook().version(), report.rulebook().sha256(), ConsultFixture.DOCTOR);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private static <T> T step(ConsultationViewModel model, Class<T> type) {
        return model.steps().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void openingFillsEveryStepFromTheRecordAndEvaluatesAtOnce() {
        ConsultationViewModel model = fixture.consultation();
        assertNull(model.report().get());
        model.open(ann);
        fixture.settle();
        InjectionsStepViewModel injections = step(model, InjectionsStepViewModel.class);
        assertEquals("1000", injections.prescription().doseProperty().get());
        assertEquals(1, injections.dosesOnRecord().size());
        assertTrue(step(model, ClotRiskStepViewModel.class).factorProperty(ClotRiskFactor.SMOKING).get());
        assertTrue(step(model, ClotRiskStepViewModel.class).conditionProperty(MedicalCondition.PERNICIOUS_ANEMIA).get());
        Assessment a = model.assessment().get();
        assertEquals(AssessmentContext.CONSULTATION, a.context());
        assertEquals(ConsultFixture.NOW, a.assessedAt());
        assertEquals("P-0001", a.patient().id());
        assertEquals(List.of(ClotRiskFactor.SMOKING), a.clotRiskFactors());
        assertEquals(1, a.injections().size());
        assertEquals(ConsultFixture.EVALUATOR.evaluate(a, fixture.settings.labLimits()), model.report().get(),
                "the report is the rule module's for the assessment, nothing of its own");
        assertTrue(model.parts().prescription.orElseThrow().isSaved());
    }

    @Test
    void nextIsDisabledOnlyByProblemsNeverByOptionalDataLeftEmpty() {
        Patient bob = fixture.patient("Bob Jones", "P-0002", "");
        ConsultationViewModel model = fixture.consultation();
        model.open(bob);
        fixture.settle();
        assertEquals(List.of("_Injections", "_Clot risk", "_Blood count", "_Headaches", "_Exercise", "_Review"),
                model.steps().stream().map(ConsultationStep::title).toList());
        assertFalse(model.canGoBackProperty().get());
        assertTrue(model.canGoNextProperty().get(), "no prescription, no doses, nothing ticked: all optional");
        InjectionsStepViewModel injections = (InjectionsStepViewModel) model.currentProperty().get();
        NewDose d = injections.addDose();
        d.productProperty().set(Product.CYANOCOBALAMIN);
        d.doseProperty().set("1000");
        d.givenAtProperty().set("21.11.2026");
        assertFalse(model.canGoNextProperty().get());
        assertFalse(model.next());
        assertEquals(injections, model.currentProperty().get());
        d.givenAtProperty().set("2026-11-20 09:00");
        assertTrue(model.canGoNextProperty().get());
        assertTrue(model.next());
        assertEquals("_Clot risk", model.currentProperty().get().title());
        assertTrue(model.canGoBackProperty().get());
        assertTrue(model.next());
        assertTrue(model.next());
        assertTrue(model.next());
        assertTrue(model.next());
        assertTrue(model.onReviewProperty().get());
        assertFalse(model.canGoNextProperty().get(), "the last step has no next");
        assertTrue(model.back());
        model.goTo(injections);
        assertEquals(injections, model.currentProperty().get());
        d.givenAtProperty().set("soon");
        model.goTo(model.steps().get(4));
        assertEquals("_Exercise", model.currentProperty().get().title(), "the step list goes anywhere");
        assertEquals(List.of("New dose 1, time given"),
                model.pendingProblems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void tickingARedFlagChangesTheDecisionWithoutASave() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        DecisionStatus before = model.report().get().decision().status();
        assertNotEquals(DecisionStatus.URGENT, before);
        int alertsBefore = model.alertCountProperty().get();
        step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.LEG_SWELLING_ONE_SIDED).presentProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.report().get().decision().status());
        assertTrue(model.alertCountProperty().get() > alertsBefore);
        assertEquals(SymptomCode.LEG_SWELLING_ONE_SIDED, model.assessment().get().symptoms().get(0).code());
        step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.LEG_SWELLING_ONE_SIDED).presentProperty().set(false);
        assertEquals(before, model.report().get().decision().status());
    }

    @Test
    void aDoseTheFileWouldRefuseIsRefusedAtItsFieldInTheValidatorsWords() {
        // the dose field reads with the AssessmentValidator's range: a milligram slip never reaches the assessment
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        NewDose d = step(model, InjectionsStepViewModel.class).addDose();
        d.givenAtProperty().set("2026-11-20 09:00");
        d.doseProperty().set("1");
        assertTrue(d.doseMessage().get().contains("below any B12 injection dose"), d.doseMessage().get());
        assertTrue(model.pendingProblems().stream().anyMatch(p -> p.message().equals(d.doseMessage().get())),
                model.pendingProblems().toString());
        assertTrue(model.assessment().get().injections().stream().noneMatch(i -> i.doseMicrograms() == 1),
                "the refused dose is not in the assessment");
        assertEquals(List.of(), model.assessmentProblems(), "nothing left for the file's check to refuse");
        d.doseProperty().set("1000");
        assertEquals("", d.doseMessage().get());
        assertTrue(model.pendingProblems().isEmpty(), model.pendingProblems().toString());
        assertEquals(List.of(), model.assessmentProblems());
    }

    @Test
    void aDraftIsKeptOnceTypingPausesAndComesBackWithEveryFieldAsTyped() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        assertFalse(fixture.timer.running(), "opening alone types nothing");
        InjectionsStepViewModel injections = step(model, InjectionsStepViewModel.class);
        injections.prescription().doseProperty().set("1O00");
        NewDose d = injections.addDose();
        d.givenAtProperty().set("2026-11-19 08:00");
        d.reactions().add(SymptomCode.ITCHING);
        ClotRiskStepViewModel clot = step(model, ClotRiskStepViewModel.class);
        clot.factorProperty(ClotRiskFactor.LONG_TRAVEL).set(true);
        clot.symptom(SymptomCode.FATIGUE).presentProperty().set(true);
        clot.symptom(SymptomCode.FATIGUE).onsetProperty().set("last week");
        step(model, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.HIIT);
        assertTrue(fixture.timer.running());
        assertEquals(0, fixture.tasks.pendingCount(), "nothing is written while typing goes on");
        fixture.timer.elapse();
        assertEquals(1, fixture.tasks.pendingCount(), "the write goes to the background");
        fixture.tasks.runAll();
        assertTrue(model.drafts().status().get().startsWith("Draft kept at"), model.drafts().status().get());
        // The review signals with a property: every keystroke of the note must count, not only the first.
        ReviewStepViewModel review = step(model, ReviewStepViewModel.class);
        review.noteProperty().set("Discussed");
        fixture.timer.elapse();
        fixture.tasks.runAll();
        review.noteProperty().set("Discussed the plan");
        assertTrue(fixture.timer.running(), "the second change of the note is kept too");
        fixture.timer.elapse();
        fixture.tasks.runAll();
        assertEquals("Discussed the plan", fixture.drafts.findByPatient(ann.id()).orElseThrow().steps().get("review")
                .get("note"));
        var typed = model.draft();

        ConsultationViewModel next = fixture.consultation();
        next.refreshDrafts();
        assertEquals(List.of(), next.draftOffers(), "read in the background, not on the screen's thread");
        fixture.settle();
        assertEquals(1, next.draftOffers().size());
        DraftOffer offer = next.draftOffers().get(0);
        assertTrue(offer.describe().contains("Ann Smith (P-0001)"), offer.describe());
        assertTrue(offer.describe().contains("2026-11-21 10:30"), offer.describe());
        assertTrue(next.restore(offer));
        assertEquals(List.of(), next.steps(), "the record is read in the background first");
        fixture.settle();
        assertEquals(typed, next.draft());
        assertEquals("1O00", step(next, InjectionsStepViewModel.class).prescription().doseProperty().get());
        assertEquals("last week", step(next, ClotRiskStepViewModel.class).symptom(SymptomCode.FATIGUE).onsetProperty().get());
        assertEquals("Discussed the plan", step(next, ReviewStepViewModel.class).noteProperty().get());
        assertEquals(model.assessment().get(), next.assessment().get());
        assertEquals(model.pendingProblems(), next.pendingProblems());
        assertEquals(List.of(), next.draftOffers());

        next.saved();
        fixture.tasks.runAll();
        assertEquals(Optional.empty(), fixture.drafts.findByPatient(ann.id()), "a saved consultation leaves no draft");
    }

    @Test
    void openingAnotherPatientKeepsTheFirstOnesDraftAndADiscardedDraftIsGone() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        step(model, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.WALKING);
        Patient bob = fixture.patient("Bob Jones", "P-0002", "");
        model.open(bob);
        fixture.settle();
        assertEquals("walking", fixture.drafts.findByPatient(ann.id()).orElseThrow().steps().get("exercise").get("planned"),
                "written at once, not left waiting for a pause that belongs to the next patient");
        model.refreshDrafts();
        fixture.settle();
        DraftOffer offer = model.draftOffers().get(0);
        model.discardDraft(offer);
        fixture.tasks.runAll();
        assertEquals(List.of(), fixture.drafts.listAll());
        assertEquals(List.of(), model.draftOffers());
    }

    @Test
    void startingAPatientWithADraftBringsTheDraftBackInsteadOfTypingOverIt() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        step(model, ExerciseStepViewModel.class).plannedProperty().set(PlannedExercise.HIIT);
        model.flushDraft();
        fixture.settle();

        ConsultationViewModel later = fixture.consultation();
        later.refreshDrafts();
        fixture.settle();
        assertEquals(List.of(ann), later.draftOffers().stream().map(DraftOffer::patient).toList());
        later.open(ann);
        fixture.settle();
        assertEquals(PlannedExercise.HIIT, step(later, ExerciseStepViewModel.class).plannedProperty().get(),
                "what was typed before is back, not a fresh start that the next keystroke would write over");
        assertEquals(List.of(), later.draftOffers(), "taken up, so no longer offered");
        assertTrue(later.drafts().status().get().startsWith("Draft last typed "), later.drafts().status().get());
    }

    @Test
    void aDraftWriteStillOnItsWayCannotBringBackADraftDiscardedMeanwhile() {
        DraftKeeper keeper = new DraftKeeper(fixture.drafts, fixture.tasks, fixture.timer, fixture.clock);
        keeper.typed(ann.id(), () -> Map.of("exercise", Map.of("planned", "walking")));
        fixture.timer.elapse();
        assertEquals(List.of(), fixture.drafts.listAll(), "handed to the background thread, not yet written");
        keeper.discard(ann.id());
        fixture.tasks.runAll();
        assertEquals(List.of(), fixture.drafts.listAll(), "discarded stays discarded");

        keeper.typed(ann.id(), () -> Map.of("exercise", Map.of("planned", "hiit")));
        fixture.timer.elapse();
        fixture.tasks.runAll();
        assertEquals(1, fixture.drafts.listAll().size(), "typing after the discard is kept again");
    }

    @Test
    void aValueStillToCorrectKeepsTheConsultationFromBeingSaved() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        NewDose given = step(model, InjectionsStepViewModel.class).addDose();
        given.givenAtProperty().set("yesterday");
        assertTrue(!model.pendingProblems().isEmpty(), "the unreadable time is pending");
        ReviewStepViewModel review = step(model, ReviewStepViewModel.class);
        model.goTo(review);
        assertTrue(review.canSave().get(), "no alert stands in the way; only the value to correct does");

        assertFalse(model.save(), "refused at once");
        assertEquals(0, fixture.tasks.pendingCount(), "nothing handed to the store");
        assertTrue(model.saveMessage().get().startsWith("Not saved: correct first "), model.saveMessage().get());
        assertNull(model.savedProperty().get());
        assertTrue(fixture.drafts.findByPatient(ann.id()).isPresent() || fixture.timer.running(),
                "what was typed is still kept as a draft");
    }

    @Test
    void savingWaitsForEveryUrgentAlertToBeAnsweredThenStoresItAllAndDropsTheDraft() {
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.CHEST_PAIN).presentProperty().set(true);
        NewDose given = step(model, InjectionsStepViewModel.class).addDose();
        given.givenAtProperty().set("2026-11-18 09:00");
        step(model, ReviewStepViewModel.class).noteProperty().set("Sent to the emergency department.");
        assertTrue(fixture.timer.running(), "the review's typing is kept in the draft too");
        model.goTo(step(model, ReviewStepViewModel.class));
        assertTrue(model.onReviewProperty().get());

        assertFalse(model.save(), "refused at once");
        assertTrue(model.saveMessage().get().startsWith("Not saved: "), model.saveMessage().get());
        fixture.settle();
        assertEquals(List.of(), fixture.consultations.listForPatient(ann.id()), "nothing saved");
        assertEquals("_Review", model.currentProperty().get().title(), "still open, nothing lost");

        ReviewStepViewModel review = step(model, ReviewStepViewModel.class);
        review.answerForms().forEach(f -> f.responseProperty().set(com.b12consult.domain.AlertResponse.ACTED_ON));
        assertTrue(model.save());
        fixture.settle();
        var saved = model.savedProperty().get();
        assertEquals(1, fixture.consultations.listForPatient(ann.id()).size());
        assertEquals(saved.id(), fixture.consultations.listForPatient(ann.id()).get(0).id());
        assertEquals("Sent to the emergency department.", saved.responses().note());
        assertTrue(saved.assessment().reportJson().contains("\"urgent\""), "the report the review showed");
        assertEquals(2, fixture.injections.listForPatient(ann.id()).size(), "the dose typed went to the record");
        assertEquals(saved, model.savedProperty().get());
        assertNull(model.recordProperty().get(), "the consultation is closed once saved");
        assertEquals(List.of(), model.steps());
        assertTrue(model.saveMessage().get().contains("saved"), model.saveMessage().get());
        assertFalse(fixture.timer.running(), "no draft write waits behind the save");
        fixture.tasks.runAll();
        assertEquals(Optional.empty(), fixture.drafts.findByPatient(ann.id()), "a saved consultation leaves no draft");
    }

    @Test
    void aSevereHeadacheOnRecordIsAskedOnTheHeadachesAndReviewStepsAndTheTickIsSavedAsACurrentSymptom() {
        fixture.headaches.record(ann.id(), new HeadacheEntry(LocalDateTime.of(2026, 8, 20, 11, 0), 10,
                HeadacheType.UNKNOWN, List.of()), ConsultFixture.DOCTOR);
        ConsultationViewModel model = fixture.consultation();
        model.open(ann);
        fixture.settle();
        SuddenOnsetQuestion asked = step(model, HeadachesStepViewModel.class).suddenOnset().orElseThrow();
        assertEquals(asked, step(model, ReviewStepViewModel.class).suddenOnset().orElseThrow(), "one question, one answer");
        assertTrue(asked.offeredProperty().get());
        assertEquals(DecisionStatus.HOLD, model.report().get().decision().status());

        asked.yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.report().get().decision().status(), "the side panel's decision");
        assertTrue(step(model, ClotRiskStepViewModel.class).symptom(SymptomCode.SUDDEN_SEVERE_HEADACHE)
                .presentProperty().get(), "the Clot risk step shows the same answer");
        assertEquals(List.of(new Symptom(SymptomCode.SUDDEN_SEVERE_HEADACHE, Optional.empty())),
                model.assessment().get().symptoms());
        assertTrue(asked.offeredProperty().get(), "still there to be taken back");
        asked.yesProperty().set(false);
        assertEquals(DecisionStatus.HOLD, model.report().get().decision().status());
        asked.yesProperty().set(true);

        model.goTo(step(model, ReviewStepViewModel.class));
        step(model, ReviewStepViewModel.class).answerForms()
                .forEach(f -> f.responseProperty().set(com.b12consult.domain.AlertResponse.ACTED_ON));
        assertTrue(model.save());
        fixture.settle();
        var saved = model.savedProperty().get();
        assertTrue(saved.assessment().assessmentJson().contains("\"sudden_severe_headache\""));
        assertEquals(1, fixture.headaches.listForPatient(ann.id()).size(), "the headache on record is not saved again");
    }
}
