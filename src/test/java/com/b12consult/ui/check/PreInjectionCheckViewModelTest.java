package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DueState;
import com.b12consult.domain.Finding;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.PlannedExercise;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Product;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.Report;
import com.b12consult.domain.Severity;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.store.AuditFilter;
import com.b12consult.ui.DecisionBanner;
import com.b12consult.ui.SuddenOnsetBox;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreInjectionCheckViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);

    @TempDir
    Path dir;
    CheckFixture fixture;
    PreInjectionCheckViewModel model;

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, NOW);
        model = fixture.checkModel();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Tells the check what the vignette says about today: symptoms, exercise, the dose drawn up. */
    static void answerAsIn(PreInjectionCheckViewModel model, Assessment a) {
        for (Symptom s : a.symptoms()) {
            TodayQuestion q = Arrays.stream(TodayQuestion.values())
                    .filter(t -> !t.aboutLastDose() && t.signs().contains(s.code())).findFirst().orElseThrow();
            model.answer(q).yesProperty().set(true);
            model.answer(q).signProperty(s.code()).set(true);
        }
        a.exercise().ifPresent(e -> model.exerciseProperty().set(e.planned()));
        PlannedInjection p = a.plannedInjection().orElseThrow();
        model.dose().productProperty().set(p.product());
        model.dose().doseProperty().set(DoseDrawnUp.micrograms(p.doseMicrograms()));
        model.dose().siteProperty().set(p.site());
        model.questionsAskedProperty().set(true);
    }

    private Patient openVignette(String file) throws Exception {
        Assessment a = CheckFixture.ownVignette(file);
        Patient p = fixture.store(a, "Patient " + a.patient().id());
        model.refreshDueList();
        model.open(p);
        answerAsIn(model, a);
        return p;
    }

    @ParameterizedTest
    @CsvSource({"01-routine-maintenance-dose.json, PROCEED", "02-clot-red-flags-after-dose.json, URGENT",
            "06-escalating-headaches-after-each-dose.json, HOLD", "11-dose-not-as-prescribed.json, HOLD"})
    void theDecisionIsTheRuleModulesForTheRecordAndTodaysAnswers(String file, DecisionStatus expected) throws Exception {
        openVignette(file);
        assertEquals(expected, model.decision());
    }

    @Test
    void theDecisionFollowsTheAnswersWithoutSaving() throws Exception {
        openVignette("01-routine-maintenance-dose.json");
        assertEquals(DecisionStatus.PROCEED, model.decision());
        model.exerciseProperty().set(PlannedExercise.HIIT);
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, model.decision());
        model.answer(TodayQuestion.REACTIONS).yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.decision(), "a reaction not yet named counts as the gravest allergic sign");
        model.answer(TodayQuestion.REACTIONS).signProperty(SymptomCode.NAUSEA).set(true);
        assertEquals(DecisionStatus.PROCEED_WITH_CARE, model.decision());
        model.answer(TodayQuestion.STROKE).yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.decision(), "a yes with no sign ticked is never quieter");
        model.answer(TodayQuestion.STROKE).yesProperty().set(false);
        model.answer(TodayQuestion.REACTIONS).yesProperty().set(false);
        model.exerciseProperty().set(PlannedExercise.NONE);
        assertEquals(DecisionStatus.PROCEED, model.decision());
        assertTrue(fixture.outcomes.listForPatient(model.recordProperty().get().patient().id()).isEmpty(),
                "changing answers saves nothing");
    }

    @Test
    void theSiteSuggestedIsAwayFromTheLastDose() throws Exception {
        openVignette("02-clot-red-flags-after-dose.json");
        assertEquals(InjectionSite.LEFT_DELTOID, model.suggestedSiteProperty().get(), "last was the right deltoid");
        Patient other = fixture.maintenancePatient("Ada", "P-9", NOW.minusDays(90));
        model.open(other);
        assertEquals(InjectionSite.RIGHT_DELTOID, model.suggestedSiteProperty().get());
        assertEquals(InjectionSite.RIGHT_DELTOID, model.dose().siteProperty().get(), "the suggestion is preselected");
    }

    @Test
    void givenOnProceedStoresTheDoseAndMovesTheNextDueDateOn() throws Exception {
        Patient p = openVignette("01-routine-maintenance-dose.json");
        assertEquals(DueState.OVERDUE, model.recordProperty().get().due().orElseThrow().state());
        fillAdministration();
        assertTrue(model.recordGiven(), model.failure().get());

        List<RecordedInjection> given = fixture.injections.listForPatient(p.id());
        assertEquals(2, given.size());
        assertEquals(LocalDateTime.of(2026, 11, 21, 10, 25), given.get(0).injection().givenAt());
        assertEquals(InjectionSite.RIGHT_DELTOID, given.get(0).injection().site());
        DoseOutcome outcome = fixture.outcomes.listForPatient(p.id()).get(0);
        assertEquals(DoseOutcomeKind.GIVEN, outcome.kind());
        assertEquals("L123", outcome.lotNumber());
        assertEquals(given.get(0).id(), outcome.injectionId().getAsLong());
        assertEquals(LocalDate.of(2026, 11, 18), outcome.dueOn());
        assertEquals("pre_injection", fixture.assessments.load(outcome.assessmentId()).orElseThrow().context().code());
        assertEquals(LocalDate.of(2027, 2, 19), model.recordProperty().get().due().orElseThrow().dueOn());
        assertTrue(model.outcomeMessage().get().contains("Next due 2027-02-19"), model.outcomeMessage().get());
        assertEquals(DueState.NOT_YET, model.dueRows().get(0).due().orElseThrow().state());
    }

    @Test
    void heldStoresTheReasonAndLeavesTheDoseDue() throws Exception {
        Patient p = openVignette("06-escalating-headaches-after-each-dose.json");
        LocalDate dueBefore = model.recordProperty().get().due().orElseThrow().dueOn();
        assertTrue(model.recordHeld());
        DoseOutcome outcome = fixture.outcomes.listForPatient(p.id()).get(0);
        assertEquals(DoseOutcomeKind.HELD, outcome.kind());
        assertTrue(outcome.reason().startsWith("Hold: "), outcome.reason());
        assertEquals(3, fixture.injections.listForPatient(p.id()).size(), "no injection recorded");
        assertEquals(dueBefore, model.recordProperty().get().due().orElseThrow().dueOn());
        assertTrue(model.recordProperty().get().due().orElseThrow().isDue());
    }

    @Test
    void onProceedAHeldDoseNeedsTheNursesReason() throws Exception {
        Patient p = openVignette("01-routine-maintenance-dose.json");
        assertFalse(model.recordHeld());
        assertFalse(model.reasonMessage().get().isEmpty());
        assertTrue(model.failure().get().contains("reason (held, refused, not given)"), model.failure().get());
        assertFalse(model.recordNotGiven());
        model.reasonProperty().set("Ran out of ampoules");
        assertTrue(model.recordNotGiven());
        assertEquals("Ran out of ampoules", fixture.outcomes.listForPatient(p.id()).get(0).reason());
        assertTrue(model.recordRefused(), "a refusal needs no reason");
        assertEquals(DoseOutcomeKind.REFUSED, fixture.outcomes.listForPatient(p.id()).get(0).kind());
    }

    @Test
    void onHoldADoseIsGivenOnlyWithAWrittenOverrideWhichIsAudited() throws Exception {
        Patient p = openVignette("06-escalating-headaches-after-each-dose.json");
        fillAdministration();
        assertFalse(model.recordGiven());
        assertFalse(model.overrideMessage().get().isEmpty());
        assertEquals("Not recorded: fill in or correct the reason to give it despite the HOLD, marked in red.",
                model.failure().get());
        assertEquals(3, fixture.injections.listForPatient(p.id()).size());

        model.overrideReasonProperty().set("Dr Lee reviewed by phone and agreed to give it");
        assertTrue(model.recordGiven(), model.failure().get());
        assertEquals(4, fixture.injections.listForPatient(p.id()).size());
        DoseOutcome outcome = fixture.outcomes.listForPatient(p.id()).get(0);
        assertEquals(DecisionStatus.HOLD, outcome.decision());
        assertEquals("Dr Lee reviewed by phone and agreed to give it", outcome.overrideReason());
        assertTrue(fixture.audit.list(AuditFilter.forPatient(p.id()).withAction(AuditAction.DOSE_GIVEN), 10)
                .stream().anyMatch(e -> e.detail().contains("against a HOLD decision") && e.detail().contains("override reason: Dr Lee")));
    }

    @Test
    void onUrgentADoseIsNeverGiven() throws Exception {
        Patient p = openVignette("02-clot-red-flags-after-dose.json");
        fillAdministration();
        model.overrideReasonProperty().set("I insist");
        assertFalse(model.recordGiven());
        assertTrue(model.failure().get().contains("URGENT"));
        assertEquals(2, fixture.injections.listForPatient(p.id()).size());
        assertTrue(model.recordHeld());
        assertTrue(fixture.outcomes.listForPatient(p.id()).get(0).reason().contains("Urgent"));
    }

    @Test
    void aDoseNotAsPrescribedIsStoppedAtTheFieldAndNothingTypedIsLost() throws Exception {
        Patient p = openVignette("11-dose-not-as-prescribed.json");
        assertTrue(model.dose().doseMessage().get().contains("1000"), model.dose().doseMessage().get());
        model.dose().productProperty().set(Product.CYANOCOBALAMIN);
        assertTrue(model.dose().productMessage().get().contains("hydroxocobalamin"));
        fillAdministration();
        model.overrideReasonProperty().set("agreed");
        assertFalse(model.recordGiven());
        assertEquals("2000", model.dose().doseProperty().get());
        assertEquals(1, fixture.injections.listForPatient(p.id()).size());
    }

    @Test
    void anExpiredLotAFutureTimeAndMissingDetailsAreStoppedAtTheirFields() throws Exception {
        openVignette("01-routine-maintenance-dose.json");
        model.dose().givenAtProperty().set("2026-11-21 12:00");
        assertTrue(model.dose().givenAtMessage().get().contains("future"));
        model.dose().givenAtProperty().set("21.11.2026");
        assertTrue(model.dose().givenAtMessage().get().contains("YYYY-MM-DD HH:MM"));
        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotExpiryProperty().set("2026-10-31");
        assertTrue(model.dose().expiryMessage().get().contains("expired"));
        model.dose().siteProperty().set(null);
        model.dose().givenByProperty().set("");
        assertFalse(model.recordGiven());
        assertFalse(model.dose().lotMessage().get().isEmpty());
        assertFalse(model.dose().siteMessage().get().isEmpty());
        assertFalse(model.dose().givenByMessage().get().isEmpty());
        assertEquals("2026-10-31", model.dose().lotExpiryProperty().get());
        // the buttons sit at the foot of the screen, the fields may be scrolled away: the message names them
        String said = model.failure().get();
        for (String field : List.of("site", "lot number", "lot expiry", "given by")) {
            assertTrue(said.contains(field), field + " not named in: " + said);
        }
        assertFalse(said.contains("time given"), "a valid time is not named: " + said);
    }

    /** A patient due today whose last dose, 90 days ago, was followed two hours later by a headache. */
    private Patient headacheAfterTheLastDose(int severity) {
        LocalDateTime dose = NOW.minusDays(90);
        Patient p = fixture.maintenancePatient("Ada", "P-9", dose);
        fixture.headaches.record(p.id(), new HeadacheEntry(dose.plusHours(2), severity, HeadacheType.UNKNOWN,
                List.of()), CheckFixture.NURSE);
        model.refreshDueList();
        model.open(p);
        return p;
    }

    @Test
    void aFeverWithASevereHeadacheSinceTheLastDoseIsUrgentAndAloneItSaysItIsCountedAlone() {
        headacheAfterTheLastDose(8);
        Answer fever = model.answer(TodayQuestion.FEVER_NECK);
        fever.yesProperty().set(true);
        fever.signProperty(SymptomCode.FEVER).set(true);
        assertEquals(List.of(SymptomCode.FEVER), fever.codes());
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertFalse(model.feverCountedAlone().get(), "the severe headache makes the fever count");

        Patient mild = fixture.maintenancePatient("Bea", "P-10", NOW.minusDays(90));
        model.open(mild);
        fever.yesProperty().set(true);
        fever.signProperty(SymptomCode.FEVER).set(true);
        assertFalse(model.decision() == DecisionStatus.URGENT, "a fever alone is no red flag");
        assertTrue(model.feverCountedAlone().get(), "the screen says the fever was weighed alone");
        fever.signProperty(SymptomCode.FEVER_NECK_STIFFNESS).set(true);
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertFalse(model.feverCountedAlone().get());
    }

    /** Near miss of the handout: a check that never asked about exercise must not drop the consultation's plan. */
    @Test
    void exerciseNotAskedGoesByTheConsultationsPlanUntilTheNurseAsks() {
        Patient p = fixture.maintenancePatient("Ada", "P-7", NOW.minusDays(90));
        fixture.consultationPlanning(p, PlannedExercise.HIIT, NOW.minusDays(20));
        model.open(p);
        assertEquals(null, model.exerciseProperty().get(), "not asked is the default, not \"no exercise\"");
        assertEquals(java.util.Optional.of("high-intensity intervals (consultation, 2026-11-01)"), model.knownExercise());
        assertTrue(fires("exercise.delay-intense"), "the consultation's plan stands while not asked");
        model.exerciseProperty().set(PlannedExercise.NONE);
        assertFalse(fires("exercise.delay-intense"), "what the patient says today wins");
        model.open(p);
        assertTrue(fires("exercise.delay-intense"), "each check starts from not asked again");
    }

    @Test
    void exerciseNotAskedWithNoPlanOnRecordGivesNoExerciseAdvice() {
        Patient p = fixture.maintenancePatient("Ada", "P-8", NOW.minusDays(90));
        model.open(p);
        assertTrue(model.knownExercise().isEmpty());
        assertTrue(model.reportProperty().get().findings().stream().noneMatch(f -> f.id().startsWith("exercise.")),
                model.reportProperty().get().findings().toString());
        model.exerciseProperty().set(PlannedExercise.HIIT);
        assertTrue(fires("exercise.delay-intense"));
    }

    private boolean fires(String rule) {
        return model.reportProperty().get().findings().stream().anyMatch(f -> f.id().equals(rule));
    }

    @Test
    void aSevereHeadacheSinceTheLastDoseOffersTheSuddenOnsetTickWhichMakesTheCheckUrgentAndIsSaved() {
        Patient p = headacheAfterTheLastDose(10);
        SuddenOnsetAsk ask = model.suddenOnset();
        assertTrue(fires(SuddenOnsetBox.FINDING));
        assertTrue(ask.offeredProperty().get());
        assertEquals("Severe headache: ask whether it came on suddenly", ask.findingProperty().get().title());
        assertEquals(DecisionStatus.HOLD, model.decision(), "a severe headache after a dose holds");

        ask.yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertTrue(fires("clot.stroke-red-flags"));
        Answer headache = model.answer(TodayQuestion.HEADACHE);
        assertTrue(headache.yesProperty().get(), "recorded as today's headache question records it");
        assertEquals(List.of(SymptomCode.SUDDEN_SEVERE_HEADACHE), headache.codes());
        assertFalse(fires(SuddenOnsetBox.FINDING), "answered, the rule no longer asks");
        assertTrue(ask.offeredProperty().get(), "but the tick stays, to be taken back where it was given");

        ask.yesProperty().set(false);
        assertEquals(DecisionStatus.HOLD, model.decision());
        assertFalse(headache.yesProperty().get(), "the yes the tick raised goes with it");
        assertTrue(fires(SuddenOnsetBox.FINDING));

        ask.yesProperty().set(true);
        assertTrue(model.recordHeld());
        String saved = fixture.assessments.load(fixture.outcomes.listForPatient(p.id()).get(0).assessmentId())
                .orElseThrow().assessmentJson();
        assertTrue(saved.contains("\"sudden_severe_headache\""), saved);
    }

    @Test
    void theSuddenOnsetTickTakesBackOnlyWhatItGaveAndFollowsTheSignTickedByHand() {
        headacheAfterTheLastDose(9);
        SuddenOnsetAsk ask = model.suddenOnset();
        Answer headache = model.answer(TodayQuestion.HEADACHE);
        headache.yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, model.decision(), "a bare yes counts as a sudden severe headache");
        assertTrue(ask.offeredProperty().get(), "the question does not vanish from under the nurse");
        assertFalse(ask.yesProperty().get());
        ask.yesProperty().set(true);
        ask.yesProperty().set(false);
        assertTrue(headache.yesProperty().get(), "the nurse's own yes stays");
        assertEquals(DecisionStatus.URGENT, model.decision());

        headache.signProperty(SymptomCode.NEW_NEUROLOGIC_SYMPTOMS).set(true);
        headache.signProperty(SymptomCode.SUDDEN_SEVERE_HEADACHE).set(true);
        assertTrue(ask.yesProperty().get(), "the tick shows the sign ticked under the question");
        headache.yesProperty().set(false);
        assertFalse(ask.yesProperty().get(), "a sign under a no does not count");
        headache.signProperty(SymptomCode.NEW_NEUROLOGIC_SYMPTOMS).set(false);
        headache.signProperty(SymptomCode.SUDDEN_SEVERE_HEADACHE).set(false);

        ask.yesProperty().set(true);
        headache.signProperty(SymptomCode.NEW_NEUROLOGIC_SYMPTOMS).set(true);
        ask.yesProperty().set(false);
        assertEquals(List.of(SymptomCode.NEW_NEUROLOGIC_SYMPTOMS), headache.codes(), "another sign keeps the yes");
    }

    @Test
    void theSuddenOnsetQuestionIsNotOfferedWithoutASevereHeadacheNorCarriedToTheNextPatient() {
        headacheAfterTheLastDose(9);
        model.suddenOnset().yesProperty().set(true);
        model.open(fixture.maintenancePatient("Bea", "P-10", NOW.minusDays(90)));
        assertFalse(model.suddenOnset().offeredProperty().get());
        assertFalse(model.suddenOnset().yesProperty().get());
        assertEquals(DecisionStatus.PROCEED, model.decision());
        Patient mild = fixture.maintenancePatient("Cy", "P-11", NOW.minusDays(90));
        fixture.headaches.record(mild.id(), new HeadacheEntry(NOW.minusDays(89), 6, HeadacheType.TENSION, List.of()),
                CheckFixture.NURSE);
        model.open(mild);
        assertFalse(model.suddenOnset().offeredProperty().get(), "6 of 10 is not severe");
    }

    /**
     * Until a sign is ticked, a "yes" counts as the question's assumed sign; with or without a severe headache
     * on record (which gives a fever its weight), no single sign of the question may weigh more than that.
     */
    @ParameterizedTest
    @CsvSource({"0", "8"})
    void aBareYesIsNeverQuieterThanAnySignOfItsQuestion(int headache) {
        if (headache > 0) {
            headacheAfterTheLastDose(headache);
        } else {
            model.open(fixture.maintenancePatient("Ada", "P-9", NOW.minusDays(90)));
        }
        for (TodayQuestion q : TodayQuestion.values()) {
            Answer a = model.answer(q);
            a.yesProperty().set(true);
            DecisionStatus bare = model.decision();
            for (SymptomCode sign : q.signs()) {
                a.signProperty(sign).set(true);
                assertTrue(bare.compareTo(model.decision()) >= 0,
                        q + ": a bare yes gives " + bare + ", " + sign + " alone " + model.decision());
                a.signProperty(sign).set(false);
            }
            a.yesProperty().set(false);
        }
    }

    private void fillAdministration() {
        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotNumberProperty().set("L123");
        model.dose().lotExpiryProperty().set("2027-06-30");
    }

    @Test
    void beforeTheQuestionsAreAskedAndADoseDrawnUpNothingIsShownAsAssessed() throws Exception {
        Assessment a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        Patient p = fixture.store(a, "Grace");
        model.open(p);
        assertEquals(DecisionBanner.NOT_CHECKED_HEADLINE, model.bannerProperty().get().headline());
        assertTrue(model.bannerProperty().get().reasons().contains(DecisionBanner.ASK_QUESTIONS));
        assertTrue(model.bannerProperty().get().reasons().contains(DecisionBanner.DRAW_UP));

        answerAsIn(model, a);
        model.questionsAskedProperty().set(false);
        assertEquals(DecisionBanner.NOT_CHECKED_HEADLINE, model.bannerProperty().get().headline());
        assertFalse(model.bannerProperty().get().reasons().contains(DecisionBanner.DRAW_UP), "the dose is drawn up");
        fillAdministration();
        assertFalse(model.recordGiven(), "not given before the questions are asked");
        assertTrue(model.failure().get().contains("All of today's questions asked"), model.failure().get());

        model.questionsAskedProperty().set(true);
        assertEquals("PROCEED", model.bannerProperty().get().headline());
        assertTrue(model.recordGiven(), model.failure().get());
        model.open(p);
        assertFalse(model.questionsAskedProperty().get(), "each check asks afresh");
    }

    @Test
    void aRedFlagShowsAtOnceAskedOrNot() throws Exception {
        Patient p = fixture.store(CheckFixture.ownVignette("01-routine-maintenance-dose.json"), "Grace");
        model.open(p);
        model.answer(TodayQuestion.LEG).yesProperty().set(true);
        assertEquals("URGENT: do not inject", model.bannerProperty().get().headline());
    }

    @Test
    void proceedWithCarePointsAtTheCautionsThatAreThere() throws Exception {
        openVignette("06-escalating-headaches-after-each-dose.json");
        Report r = model.reportProperty().get();
        assertFalse(r.findings().isEmpty());
        for (Finding f : r.findings()) {
            String said = DecisionBanner.cautions(new Report(r.schemaVersion(), r.rulebook(), r.decision(), List.of(f),
                    r.derived()));
            assertTrue(f.severity().compareTo(Severity.CAUTION) < 0 ? said.equals("Read the reasons below first.")
                    : said.contains(f.title()), said);
        }
    }
}
