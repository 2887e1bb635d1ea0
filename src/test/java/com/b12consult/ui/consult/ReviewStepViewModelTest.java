package com.b12consult.ui.consult;

import static com.b12consult.testing.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.AlertResponse;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.Severity;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.Topic;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The Review step without a toolkit: order, answers that block saving, answers dropped, the pending notice, drafts. */
class ReviewStepViewModelTest {
    static final String STROKE = "clot.stroke-red-flags";
    static final String RASH = "allergy.mild-signs-now";
    static final String TIMELINE = "clot.record-timeline";

    /** A stroke sign (urgent alert), a rash (warning alert) and dizziness (a caution alert: no answer needed). */
    static Assessment strokeRashAndDizziness() {
        return assessment().consultation().symptom(SymptomCode.FACIAL_DROOP).symptom(SymptomCode.RASH)
                .symptom(SymptomCode.DIZZINESS).build();
    }

    static Assessment rashAndDizzinessOnly() {
        return assessment().consultation().symptom(SymptomCode.RASH).symptom(SymptomCode.DIZZINESS).build();
    }

    final ObservableList<FieldProblem> pending = FXCollections.observableArrayList();

    @Test
    void groupsByTopicWithTheMostSevereFirst() {
        FakeLiveConsultation live = new FakeLiveConsultation(strokeRashAndDizziness());
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);

        List<FindingGroup> groups = review.groups();
        assertEquals(Topic.CLOT, groups.get(0).topic(), "the urgent stroke alert's topic comes first");
        assertEquals(STROKE, groups.get(0).findings().get(0).id());
        for (int i = 1; i < groups.size(); i++) {
            assertTrue(groups.get(i - 1).mostSevere().compareTo(groups.get(i).mostSevere()) >= 0,
                    "groups by their most severe finding: " + groups);
        }
        for (FindingGroup g : groups) {
            assertTrue(g.findings().stream().allMatch(f -> f.topic() == g.topic()));
            for (int i = 1; i < g.findings().size(); i++) {
                Finding before = g.findings().get(i - 1);
                Finding after = g.findings().get(i);
                assertTrue(before.severity().compareTo(after.severity()) > 0
                        || before.severity() == after.severity() && before.kind().compareTo(after.kind()) <= 0,
                        "most severe first, alerts before checklists before caveats: " + g.findings());
            }
        }
        assertEquals(live.report().get().findings().size(),
                groups.stream().mapToInt(g -> g.findings().size()).sum(), "every finding shown once");
        assertEquals("URGENT: do not inject", review.banner().get().headline());
    }

    @Test
    void vignetteFourNeedsNoAnswerAndItsChecklistCanBeTicked() {
        FakeLiveConsultation live = new FakeLiveConsultation(FakeLiveConsultation.vignette("04"));
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);

        assertEquals(DecisionStatus.PROCEED_WITH_CARE, review.report().decision().status());
        assertTrue(review.saveBlockers().isEmpty());
        assertTrue(review.canSave().get());
        assertEquals(Topic.PLATELETS, review.groups().get(0).topic());
        review.tickFor("platelets.confirm-pattern").orElseThrow().set(true);
        review.noteProperty().set("  Smear ordered. ");
        assertEquals(new ConsultationResponses(Set.of("platelets.confirm-pattern"), "Smear ordered.", List.of()),
                review.responses());
        assertTrue(review.tickFor("blood_count.megaloblastic-pattern").isEmpty(), "a caveat has no tick");
    }

    @Test
    void everyUrgentOrWarningAlertMustBeAnsweredBeforeSavingButNeverBlocksNavigation() {
        ReviewStepViewModel review = new ReviewStepViewModel(new FakeLiveConsultation(strokeRashAndDizziness()),
                pending);

        assertEquals(List.of(STROKE, RASH), review.answerForms().stream().map(f -> f.finding().id()).toList(),
                "the urgent alert first; the caution alert needs no answer");
        assertEquals(2, review.saveBlockers().size());
        assertTrue(review.saveBlockers().get(0).contains("Possible stroke"), review.saveBlockers().toString());
        assertFalse(review.canSave().get());
        assertTrue(review.problems().isEmpty(), "unanswered alerts are not field problems");

        review.answerFor(STROKE).orElseThrow().responseProperty().set(AlertResponse.ACTED_ON);
        AlertAnswerForm rash = review.answerFor(RASH).orElseThrow();
        rash.responseProperty().set(AlertResponse.NOT_APPLICABLE);
        assertEquals(1, review.saveBlockers().size(), "not applicable without a reason still blocks");
        assertTrue(review.saveBlockers().get(0).contains("without a reason"), review.saveBlockers().toString());
        assertEquals(1, review.problems().size());
        assertTrue(review.problems().get(0).field().contains(rash.finding().title()));
        assertFalse(rash.reasonMessage().get().isEmpty(), "the message at the reason field");

        rash.reasonProperty().set("   ");
        assertFalse(review.canSave().get(), "blank is no reason");
        rash.reasonProperty().set("Rash is eczema, known for years");
        assertTrue(review.saveBlockers().isEmpty());
        assertTrue(review.problems().isEmpty());
        assertTrue(review.canSave().get());
        assertEquals(List.of(AlertAnswer.actedOn(STROKE),
                        AlertAnswer.notApplicable(RASH, "Rash is eczema, known for years")),
                review.responses().answers());
    }

    @Test
    void answersAndTicksOfFindingsThatStopFiringAreDroppedAndReturningAlertsAskAgain() {
        FakeLiveConsultation live = new FakeLiveConsultation(strokeRashAndDizziness());
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);
        review.answerFor(STROKE).orElseThrow().responseProperty().set(AlertResponse.ACTED_ON);
        review.answerFor(RASH).orElseThrow().responseProperty().set(AlertResponse.ACTED_ON);
        review.tickFor(TIMELINE).orElseThrow().set(true);
        AtomicInteger changes = new AtomicInteger();
        review.changes().addListener(obs -> changes.incrementAndGet());

        live.show(rashAndDizzinessOnly());
        assertTrue(review.answerFor(STROKE).isEmpty(), "the stroke sign was taken back: its answer goes");
        assertTrue(review.tickFor(TIMELINE).isEmpty());
        assertEquals(List.of(AlertAnswer.actedOn(RASH)), review.responses().answers(), "the rash answer stays");
        assertTrue(review.responses().ticked().isEmpty());
        assertTrue(changes.get() > 0, "dropping an answer is a change the draft must keep");

        live.show(strokeRashAndDizziness());
        assertEquals(null, review.answerFor(STROKE).orElseThrow().responseProperty().get(),
                "the alert fires again and needs a new answer");
        assertEquals(1, review.saveBlockers().size());
        assertTrue(review.saveBlockers().get(0).contains("Possible stroke"));
        assertEquals(Boolean.FALSE, review.tickFor(TIMELINE).orElseThrow().getValue());
    }

    @Test
    void saysPlainlyWhichValuesTheFindingsLeaveOut() {
        ReviewStepViewModel review = new ReviewStepViewModel(new FakeLiveConsultation(strokeRashAndDizziness()),
                pending);
        assertEquals("", review.pendingNotice().get());

        pending.add(new FieldProblem("Platelets, panel of 2026-11-02", "\"15O\" is not a number; type digits, e.g. 150"));
        String notice = review.pendingNotice().get();
        assertTrue(notice.startsWith("One value still needs correcting"), notice);
        assertTrue(notice.contains("may leave it out or rest on it as typed"), notice);
        assertTrue(notice.contains("cannot be saved"), notice);
        assertTrue(notice.contains("Platelets, panel of 2026-11-02: \"15O\" is not a number"), notice);

        pending.add(new FieldProblem("Severity, headache of 2026-11-03 08:00", "type a whole number from 0 to 10"));
        assertTrue(review.pendingNotice().get().startsWith("2 values still need correcting"));
        pending.clear();
        assertEquals("", review.pendingNotice().get());
    }

    @Test
    void aDraftCarriesTicksNoteAndAnswers() {
        FakeLiveConsultation live = new FakeLiveConsultation(strokeRashAndDizziness());
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);
        review.tickFor(TIMELINE).orElseThrow().set(true);
        review.noteProperty().set("Sent to A&E by ambulance.");
        review.answerFor(STROKE).orElseThrow().responseProperty().set(AlertResponse.ACTED_ON);
        AlertAnswerForm rash = review.answerFor(RASH).orElseThrow();
        rash.responseProperty().set(AlertResponse.NOT_APPLICABLE);
        rash.reasonProperty().set("Known eczema");
        Map<String, String> draft = review.draft();

        ReviewStepViewModel again = new ReviewStepViewModel(live, pending);
        again.restore(draft);
        assertEquals(review.responses(), again.responses());
        assertEquals(draft, again.draft());

        // Restored before the other steps are evaluated: kept for the report that follows.
        FakeLiveConsultation early = new FakeLiveConsultation(assessment().consultation().build());
        ReviewStepViewModel restoredEarly = new ReviewStepViewModel(early, pending);
        restoredEarly.restore(draft);
        early.show(strokeRashAndDizziness());
        assertEquals(review.responses(), restoredEarly.responses());

        // An answer typed but not complete survives too: nothing typed is thrown away.
        rash.responseProperty().set(AlertResponse.NOT_APPLICABLE);
        rash.reasonProperty().set("");
        review.answerFor(STROKE).orElseThrow().reasonProperty().set("Called 999 at 10:40");
        ReviewStepViewModel partial = new ReviewStepViewModel(live, pending);
        partial.restore(review.draft());
        assertEquals(AlertResponse.NOT_APPLICABLE, partial.answerFor(RASH).orElseThrow().responseProperty().get());
        assertEquals("Called 999 at 10:40", partial.answerFor(STROKE).orElseThrow().reasonProperty().get());
        assertEquals(1, partial.saveBlockers().size());
    }

    @Test
    void onceEveryStepIsRestoredADraftAnswerCanNoLongerAnswerAnAlertThatFiresLater() {
        FakeLiveConsultation live = new FakeLiveConsultation(strokeRashAndDizziness());
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);
        review.answerFor(STROKE).orElseThrow().responseProperty().set(AlertResponse.ACTED_ON);
        review.tickFor(TIMELINE).orElseThrow().set(true);
        Map<String, String> draft = review.draft();

        FakeLiveConsultation quiet = new FakeLiveConsultation(assessment().consultation().build());
        ReviewStepViewModel restored = new ReviewStepViewModel(quiet, pending);
        restored.restore(draft);
        restored.settleRestored();
        quiet.show(strokeRashAndDizziness());
        assertNull(restored.answerFor(STROKE).orElseThrow().responseProperty().get(),
                "the stroke alert began to fire after the restore: it must be answered afresh");
        assertEquals(false, restored.tickFor(TIMELINE).orElseThrow().get());
        assertEquals(2, restored.saveBlockers().size());
    }

    @Test
    void anEqualReportLeavesTheShownFindingsAlone() {
        FakeLiveConsultation live = new FakeLiveConsultation(strokeRashAndDizziness());
        ReviewStepViewModel review = new ReviewStepViewModel(live, pending);
        review.answerFor(STROKE).orElseThrow().responseProperty().set(AlertResponse.NOT_APPLICABLE);
        AtomicInteger rebuilt = new AtomicInteger();
        review.groups().addListener((javafx.collections.ListChangeListener<FindingGroup>) c -> rebuilt.incrementAndGet());
        // the wizard evaluates again on every change, the review's own typing included
        live.show(strokeRashAndDizziness());
        assertEquals(0, rebuilt.get(), "the same findings: nothing to redraw while a reason is typed");
        assertEquals(AlertResponse.NOT_APPLICABLE, review.answerFor(STROKE).orElseThrow().responseProperty().get());
        live.show(rashAndDizzinessOnly());
        assertTrue(rebuilt.get() > 0);
    }

    @Test
    void onlyUrgentAndWarningAlertsAskForAnAnswer() {
        for (Severity s : Severity.values()) {
            Finding f = new Finding("x", Topic.GENERAL, FindingKind.ALERT, s, "t", "t", "t", List.of(),
                    new com.b12consult.domain.Citation.Guideline("g"));
            assertEquals(s == Severity.URGENT || s == Severity.WARNING, f.needsAnswer(), s.code());
        }
    }
}
