package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.Finding;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.SymptomCode;
import com.b12consult.store.AuditFilter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nurse's check near misses of issue 13, each driven through the view model on a real database: a red flag
 * forgotten by pressing Held, an urgent consultation forgotten by the next check, a second dose minutes after
 * the first, and the wrong product drawn up.
 */
class NearMissCheckTest {
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
    void close() throws Exception {
        fixture.close();
    }

    private Patient routine() throws Exception {
        var a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        Patient p = fixture.store(a, "Grace Hopper");
        model.refreshDueList();
        model.open(p);
        drawUp();
        return p;
    }

    /** Today's questions asked and the prescribed dose drawn up, as the nurse enters it. */
    private void drawUp() {
        model.questionsAskedProperty().set(true);
        model.dose().productProperty().set(Product.HYDROXOCOBALAMIN);
        model.dose().doseProperty().set("1000");
    }

    private void fillAdministration() {
        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotNumberProperty().set("L123");
        model.dose().lotExpiryProperty().set("2027-06-30");
    }

    private String marks() {
        var d = model.dose();
        return String.join(" | ", d.productMessage().get(), d.doseMessage().get(), d.siteMessage().get(), d.givenAtMessage().get(),
                d.lotMessage().get(), d.expiryMessage().get(), d.givenByMessage().get(), model.overrideMessage().get());
    }

    private List<String> findings() {
        return model.reportProperty().get().findings().stream().map(Finding::id).toList();
    }

    @Test
    void aRedFlagHeldStaysUntilAPrescriberClearsIt() throws Exception {
        Patient p = routine();
        model.answer(TodayQuestion.LEG).yesProperty().set(true);
        model.answer(TodayQuestion.LEG).signProperty(SymptomCode.LEG_SWELLING_ONE_SIDED).set(true);
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertTrue(model.recordHeld(), model.failure().get());
        drawUp();

        // the form is fresh, today's answers all "no": the red flag is still there
        assertFalse(model.answer(TodayQuestion.LEG).yesProperty().get());
        assertEquals(DecisionStatus.URGENT, model.decision());
        String reason = model.reportProperty().get().decision().reasons().get(0);
        assertTrue(reason.startsWith("Standing URGENT from the check of 2026-11-21") && reason.contains("(AB)")
                && reason.contains("Possible blood clot in a leg"), reason);
        assertTrue(findings().contains("clot.leg-red-flags"), "the signs reported stay on the record: " + findings());
        fillAdministration();
        assertFalse(model.recordGiven());
        assertEquals(1, fixture.injections.listForPatient(p.id()).size(), "no dose given over a standing URGENT");

        // a review that does not clear it keeps it, with the review shown
        model.reviewerProperty().set("Dr Lee");
        model.reviewOutcomeProperty().set(ReviewOutcome.NOT_CLEARED);
        model.reviewNoteProperty().set("scan booked for tomorrow");
        assertTrue(model.recordReview(), model.reviewMessage().get());
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertTrue(model.reportProperty().get().decision().reasons().get(0).contains("reviewed by Dr Lee, not cleared"));

        model.reviewerProperty().set("Dr Lee");
        model.reviewOutcomeProperty().set(ReviewOutcome.CLEARED_TO_GIVE);
        model.reviewNoteProperty().set("scan clear, no clot");
        assertTrue(model.recordReview(), model.reviewMessage().get());
        assertEquals(DecisionStatus.PROCEED, model.decision());
        assertFalse(model.standing().get());
        assertTrue(fixture.audit.list(AuditFilter.forPatient(p.id()).withAction(AuditAction.PRESCRIBER_REVIEW_RECORDED), 10)
                .stream().anyMatch(e -> e.detail().contains("Cleared to give") && e.detail().contains("scan clear")));
        assertTrue(fixture.audit.list(AuditFilter.forPatient(p.id()).withAction(AuditAction.DOSE_HELD), 10).stream()
                .anyMatch(e -> e.detail().contains("urgent")), "the held dose has its own audit action");
        drawUp();
        fillAdministration();
        assertTrue(model.recordGiven(), model.failure().get() + " " + marks());
    }

    @Test
    void aHeldHoldStandsTooAndNoOverrideLiftsIt() throws Exception {
        routine();
        model.answer(TodayQuestion.ALLERGY).yesProperty().set(true);
        model.answer(TodayQuestion.ALLERGY).signProperty(SymptomCode.RASH).set(true);
        assertEquals(DecisionStatus.HOLD, model.decision());
        assertTrue(model.recordHeld(), model.failure().get());
        assertEquals(DecisionStatus.HOLD, model.decision());
        fillAdministration();
        model.overrideReasonProperty().set("patient insists");
        assertFalse(model.recordGiven(), "a standing HOLD is the prescriber's to lift");
        assertTrue(model.failure().get().contains("Record the prescriber's review"), model.failure().get());
    }

    @Test
    void anUrgentConsultationInAnotherRoomStandsInTheNextCheck() throws Exception {
        var a = CheckFixture.ownVignette("01-routine-maintenance-dose.json");
        Patient p = fixture.store(a, "Grace Hopper");
        fixture.assessments.save(p.id(), AssessmentContext.CONSULTATION,
                "{\"symptoms\":[{\"code\":\"leg_swelling_one_sided\"}]}",
                "{\"decision\":{\"status\":\"urgent\",\"reasons\":[\"Possible blood clot in a leg\"]}}",
                "2026.12.1", "a".repeat(64), CheckFixture.NURSE);
        model.open(p);
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertTrue(model.reportProperty().get().decision().reasons().get(0).startsWith("Standing URGENT from the consultation"));
        assertTrue(findings().contains("clot.leg-red-flags"), findings().toString());
    }

    @Test
    void aSecondDoseMinutesAfterTheFirstIsHeldNamingBothDays() throws Exception {
        routine();
        fillAdministration();
        assertTrue(model.recordGiven(), model.failure().get() + " " + marks());
        // the check opens again at once for the same patient, and the same dose is drawn up
        drawUp();
        assertEquals(DecisionStatus.HOLD, model.decision());
        Finding early = model.reportProperty().get().findings().stream()
                .filter(f -> f.id().equals("injection.earlier-than-schedule")).findFirst().orElseThrow();
        assertTrue(early.because().get(0).contains("last dose given 2026-11-21 10:25"), early.because().toString());
        assertTrue(early.because().get(0).contains("this dose is due on"), early.because().toString());
    }

    @Test
    void theWrongProductHoldsAsADoseNotAsPrescribed() throws Exception {
        routine();
        model.dose().productProperty().set(Product.CYANOCOBALAMIN);
        assertEquals(DecisionStatus.HOLD, model.decision());
        Finding f = model.reportProperty().get().findings().stream()
                .filter(x -> x.id().equals("injection.dose-not-as-prescribed")).findFirst().orElseThrow();
        assertTrue(f.because().get(0).contains("product drawn up cyanocobalamin, prescribed hydroxocobalamin"),
                f.because().toString());
        fillAdministration();
        assertFalse(model.recordGiven());
    }

    @Test
    void aMilligramSlipInTheSyringeHoldsTheDoseAndIsNamedAtTheField() throws Exception {
        // 1.5 typed for 1500: outside any B12 dose, and not as prescribed; the banner must still say HOLD
        routine();
        model.dose().doseProperty().set("1,5");
        assertEquals(DecisionStatus.HOLD, model.decision());
        assertTrue(model.bannerProperty().get().headline().startsWith("HOLD"), model.bannerProperty().get().headline());
        assertTrue(model.dose().doseMessage().get().contains("below any B12 injection dose"),
                model.dose().doseMessage().get());
        fillAdministration();
        assertFalse(model.recordGiven());
    }

    @Test
    void aDoseRecordedByMistakeIsMarkedEnteredInErrorKeptInViewAndNoLongerCounts() throws Exception {
        Patient p = routine();
        int dosesBefore = fixture.injections.listForPatient(p.id()).size();
        fillAdministration();
        assertTrue(model.recordGiven(), model.failure().get() + " " + marks());
        assertEquals(dosesBefore + 1, fixture.injections.listForPatient(p.id()).size());
        DoseCorrectionViewModel correction = new FollowUpViewModel(model, fixture.outcomes, fixture.headaches, CheckFixture.NURSE,
                fixture.clock, com.b12consult.ui.InlineTaskRunner.INSTANCE).correction();
        DoseOutcome given = model.recordProperty().get().outcomes().get(0);

        correction.start(given);
        assertFalse(correction.save(), "a correction needs a reason");
        assertEquals(DoseCorrectionViewModel.REASON_REQUIRED, correction.reasonMessage().get());
        correction.reasonProperty().set("recorded for the wrong patient");
        assertTrue(correction.save(), correction.failure().get());
        model.reload();

        List<String> history = RecordSummary.history(model.recordProperty().get());
        assertEquals(1, history.size(), "the original stays in the history: " + history);
        DoseOutcome kept = model.recordProperty().get().outcomes().get(0);
        assertEquals(given.id(), kept.id());
        assertTrue(RecordSummary.correction(kept).startsWith("Entered in error: recorded for the wrong patient (marked by AB"),
                RecordSummary.correction(kept));
        assertEquals(dosesBefore, fixture.injections.listForPatient(p.id()).size(), "the dose given in error is no longer a dose");
        // the same due dose can now be recorded as it truly was: no "second dose minutes later" hold
        drawUp();
        assertFalse(findings().contains("injection.earlier-than-schedule"), findings().toString());
        fillAdministration();
        assertTrue(model.recordGiven(), model.failure().get() + " " + marks());
        assertTrue(fixture.audit.list(AuditFilter.forPatient(p.id()).withAction(AuditAction.ENTERED_IN_ERROR), 10)
                .stream().anyMatch(e -> e.detail().contains("wrong patient")));
    }
}
