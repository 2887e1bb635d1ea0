package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.DueRow;
import com.b12consult.domain.AllergyHistory;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ReportJson;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another room saved something: the check reads the due list and the open patient's record again in the background,
 * the newest read shown, and what the nurse ticked and typed stays as it was.
 */
class CheckFollowsStoreTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);

    @TempDir
    Path dir;
    CheckFixture fixture;
    PreInjectionCheckViewModel model;
    final ManualTaskRunner background = new ManualTaskRunner();

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, NOW);
        model = fixture.checkModel();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A consultation saved in another room: one leg swollen, URGENT. */
    private void consultationWithLegSwelling(Patient patient) {
        Assessment consultation = new Assessment(Assessment.SCHEMA_VERSION, AssessmentContext.CONSULTATION,
                NOW.minusMinutes(5), patient.info(), List.of(), List.of(), List.of(),
                List.of(new Symptom(SymptomCode.LEG_SWELLING_ONE_SIDED, Optional.empty())),
                Optional.of(AllergyHistory.NONE_KNOWN), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty());
        var report = CheckFixture.EVALUATOR.evaluate(consultation, LabLimits.defaults());
        assertEquals(DecisionStatus.URGENT, report.decision().status());
        fixture.assessments.save(patient.id(), AssessmentContext.CONSULTATION,
                new AssessmentWriter().toJson(consultation), ReportJson.write(report), report.rulebook().version(),
                report.rulebook().sha256(), NURSE);
    }

    @Test
    void theOpenRecordFollowsTheStoreAndTheNursesAnswersStay() {
        Patient ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(91));
        model.refreshDueList();
        model.open(ada);
        model.answer(TodayQuestion.REACTIONS).yesProperty().set(true);
        model.answer(TodayQuestion.REACTIONS).signProperty(SymptomCode.NAUSEA).set(true);
        model.questionsAskedProperty().set(true);
        model.dose().doseProperty().set("1000");
        model.dose().lotNumberProperty().set("LOT-7");
        model.reasonProperty().set("typed before the change");
        assertTrue(model.recordProperty().get().openAlerts().isEmpty());
        model.followStore(background);
        background.runAll();
        assertEquals("", model.followedNote().get(), "nothing changed for this patient: nothing to say");

        consultationWithLegSwelling(ada);
        model.followStore(background);
        assertTrue(model.recordProperty().get().openAlerts().isEmpty(), "read in the background, not here");
        background.runAll();

        assertEquals(ada.id(), model.recordProperty().get().patient().id());
        assertTrue(model.recordProperty().get().openAlerts().get(0).startsWith("Possible blood clot in a leg"),
                model.recordProperty().get().openAlerts().toString());
        assertTrue(model.standing().get(), "the consultation's URGENT stands over the check");
        assertEquals(DecisionStatus.URGENT, model.decision());
        assertTrue(model.answer(TodayQuestion.REACTIONS).signProperty(SymptomCode.NAUSEA).get());
        assertTrue(model.questionsAskedProperty().get());
        assertEquals("1000", model.dose().doseProperty().get());
        assertEquals("LOT-7", model.dose().lotNumberProperty().get());
        assertEquals("typed before the change", model.reasonProperty().get());
        assertEquals("Record updated at 10:30 with a save from another room or window.", model.followedNote().get(),
                "the banner changed under the nurse's hand: the screen says why");

        model.followStore(background);
        background.runAll();
        assertEquals("Record updated at 10:30 with a save from another room or window.", model.followedNote().get());
        model.open(ada);
        assertEquals("", model.followedNote().get(), "opened afresh, the record is simply the record");
    }

    @Test
    void theNewestReadWinsAndAnotherPatientOpenedMeanwhileIsNotReplaced() {
        Patient ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(91));
        model.refreshDueList();
        model.open(ada);
        model.followStore(background); // before the patient below was added: its read is older
        Patient grace = fixture.maintenancePatient("Grace Hopper", "P-0042", NOW.minusDays(10));
        model.followStore(background);
        background.runAll();
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(model.dueRows()), "the older read is not shown");

        consultationWithLegSwelling(ada);
        model.followStore(background);
        model.open(grace);
        background.runAll();
        assertEquals(grace.id(), model.recordProperty().get().patient().id(), "the nurse's choice stands");
        assertTrue(model.recordProperty().get().openAlerts().isEmpty(), "Ada's record is not put over Grace's");
    }

    @Test
    void aReadThatFailsLeavesTheScreenAsItWas() {
        Patient ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(91));
        model.refreshDueList();
        model.open(ada);
        var shown = model.recordProperty().get();
        model.followStore(background);
        fixture.database.close();
        background.runAll();
        assertEquals(shown, model.recordProperty().get());
        assertEquals(1, model.dueRows().size());
    }

    private static List<String> names(List<DueRow> rows) {
        return rows.stream().map(r -> r.patient().name()).toList();
    }
}
