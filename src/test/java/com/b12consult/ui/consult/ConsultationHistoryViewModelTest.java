package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AlertAnswer;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Decision;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.Report;
import com.b12consult.domain.RulebookRef;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.StoredReport;
import com.b12consult.rules.RulebookLoader;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past consultations: newest first, opened read-only from the stored report, with a notice for a changed rulebook. */
class ConsultationHistoryViewModelTest {
    static final Actor DOCTOR = new Actor("drsmith", "JS");
    static final Actor NURSE = new Actor("nurse", "");
    static final RulebookRef CURRENT = RulebookLoader.shipped().ref();

    @TempDir
    Path dir;
    ConsultStore store;

    @BeforeEach
    void open() throws Exception {
        store = new ConsultStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    ConsultationResponses strokeAnswered() {
        return new ConsultationResponses(new LinkedHashSet<>(List.of("clot.record-timeline")), "Sent to A&E.",
                List.of(AlertAnswer.actedOn("clot.stroke-red-flags"),
                        AlertAnswer.notApplicable("allergy.mild-signs-now", "Known eczema")));
    }

    @Test
    void listsNewestFirstWithDecisionAndWhoAndOpensExactlyAsSaved() {
        store.save(FakeLiveConsultation.vignette("04"), ConsultationResponses.NONE, NURSE);
        Assessment stroke = ReviewStepViewModelTest.strokeRashAndDizziness();
        Report report = FakeLiveConsultation.EVALUATOR.evaluate(stroke, com.b12consult.domain.LabLimits.defaults());
        SavedConsultation urgent = store.save(stroke, report, strokeAnswered(), DOCTOR);
        ConsultationHistoryViewModel history = new ConsultationHistoryViewModel(store.consultations, CURRENT,
                ZoneOffset.UTC, com.b12consult.ui.InlineTaskRunner.INSTANCE);

        history.showPatient(store.patient.id());
        assertEquals(List.of(
                        new ConsultationHistoryViewModel.Row(urgent.id(), "2026-11-03 09:30", "Urgent", "JS (drsmith)"),
                        new ConsultationHistoryViewModel.Row(urgent.id() - 1, "2026-11-02 09:30", "Proceed with care",
                                "nurse")),
                history.rows());
        assertNull(history.opened().get(), "nothing opened until chosen");

        history.open(urgent.id());
        PastConsultation past = history.opened().get();
        assertEquals(StoredReport.of(report), past.report(), "the report as the review showed it");
        assertEquals("", past.rulebookNotice(), "saved under the rulebook in use");
        assertTrue(past.ticked("clot.record-timeline"));
        assertEquals("Acted on", past.answerText("clot.stroke-red-flags"));
        assertEquals("Not applicable: Known eczema", past.answerText("allergy.mild-signs-now"));
        assertEquals("Sent to A&E.", past.saved().responses().note());
        assertEquals("Decision then: URGENT", past.banner().headline());
        assertTrue(past.heading().contains("2026-11-03 09:30") && past.heading().contains("read-only"));
    }

    @Test
    void showsTheStoredReportNotAReEvaluationAndSaysWhenTheRulebookHasChanged() {
        Assessment stroke = ReviewStepViewModelTest.strokeRashAndDizziness();
        Report now = FakeLiveConsultation.EVALUATOR.evaluate(stroke, com.b12consult.domain.LabLimits.defaults());
        // What an older rulebook said of the same patient: a different decision and only one finding.
        Report older = new Report(now.schemaVersion(), new RulebookRef("2025.01", "0".repeat(64)),
                new Decision(DecisionStatus.HOLD, List.of("Possible stroke")), List.of(now.findings().get(0)),
                now.derived());
        SavedConsultation saved = store.save(stroke, older, ConsultationResponses.NONE, DOCTOR);
        ConsultationHistoryViewModel history = new ConsultationHistoryViewModel(store.consultations, CURRENT,
                ZoneOffset.UTC, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        history.showPatient(store.patient.id());
        assertEquals("Hold", history.rows().get(0).decision());

        history.open(saved.id());
        PastConsultation past = history.opened().get();
        assertEquals(StoredReport.of(older), past.report(), "the stored report, not today's evaluation");
        assertEquals(1, past.groups().stream().mapToInt(g -> g.findings().size()).sum());
        assertTrue(past.rulebookNotice().contains("rulebook has changed"), past.rulebookNotice());
        assertTrue(past.rulebookNotice().contains("2025.01") && past.rulebookNotice().contains(CURRENT.version()),
                past.rulebookNotice());
    }

    @Test
    void anUnknownConsultationIsSaidPlainly() {
        ConsultationHistoryViewModel history = new ConsultationHistoryViewModel(store.consultations, CURRENT,
                ZoneOffset.UTC, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        history.showPatient(store.patient.id());
        assertTrue(history.rows().isEmpty());
        history.open(77);
        assertNull(history.opened().get());
        assertTrue(history.problem().get().contains("77"), history.problem().get());
    }
}
