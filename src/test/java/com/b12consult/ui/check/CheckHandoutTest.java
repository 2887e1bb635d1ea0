package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.DueRow;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.SavedAssessment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The way from a recorded check to the patient's handout, and the next doses the Patients list reads. */
class CheckHandoutTest {
    @TempDir
    Path dir;

    private CheckFixture fixture;
    private final List<Shown> shown = new ArrayList<>();
    private PreInjectionCheckViewModel model;

    private record Shown(Patient patient, SavedAssessment check, Optional<LocalDate> nextDose) {
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, PreInjectionCheckViewModelTest.NOW);
        model = fixture.checkModel((patient, check, next) -> shown.add(new Shown(patient, check, next)));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Patient openVignette(String file) throws Exception {
        Assessment a = CheckFixture.ownVignette(file);
        Patient p = fixture.store(a, "Patient " + a.patient().id());
        model.open(p);
        PreInjectionCheckViewModelTest.answerAsIn(model, a);
        return p;
    }

    @Test
    void theHandoutWaitsForAnOutcomeThenShowsTheSavedCheckWithTheNextDoseDay() throws Exception {
        Patient p = openVignette("01-routine-maintenance-dose.json");
        assertFalse(model.handoutReady().get(), "nothing is saved before an outcome is recorded");
        assertFalse(model.openHandout());
        assertEquals(List.of(), shown);

        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotNumberProperty().set("L123");
        model.dose().lotExpiryProperty().set("2027-06-30");
        assertTrue(model.recordGiven(), model.failure().get());
        assertTrue(model.handoutReady().get());

        assertTrue(model.openHandout());
        Shown s = shown.get(0);
        assertEquals(p, s.patient());
        SavedAssessment outcomeCheck = fixture.assessments.load(
                fixture.outcomes.listForPatient(p.id()).get(0).assessmentId()).orElseThrow();
        assertEquals(outcomeCheck, s.check(), "the check saved with the outcome, not another");
        assertEquals(AssessmentContext.PRE_INJECTION, s.check().context());
        assertEquals(Optional.of(LocalDate.of(2027, 2, 19)), s.nextDose());
    }

    @Test
    void aHeldDoseStaysDueSoTheHandoutGetsNoNextDay() throws Exception {
        Patient p = openVignette("06-escalating-headaches-after-each-dose.json");
        assertTrue(model.recordHeld());
        assertTrue(model.openHandout());
        assertEquals(p, shown.get(0).patient());
        assertEquals(Optional.empty(), shown.get(0).nextDose());
    }

    @Test
    void openingAnotherPatientOrTheSameAgainDisablesTheHandout() throws Exception {
        Patient p = openVignette("06-escalating-headaches-after-each-dose.json");
        assertTrue(model.recordHeld());
        assertTrue(model.handoutReady().get());
        Patient other = fixture.maintenancePatient("Other Patient", "P-9", LocalDateTime.of(2026, 8, 1, 9, 0));
        model.open(other);
        assertFalse(model.handoutReady().get(), "the saved check is the other patient's");
        model.open(p);
        assertFalse(model.handoutReady().get(), "a fresh check is not saved yet");
        assertFalse(model.openHandout());
        assertEquals(List.of(), shown);
    }

    @Test
    void thePatientsNextDoseIsTheOneTheDueListShows() throws Exception {
        Patient due = fixture.maintenancePatient("Due Patient", "P-1", LocalDateTime.of(2026, 8, 1, 9, 0));
        Patient later = fixture.maintenancePatient("Later Patient", "P-2", LocalDateTime.of(2026, 11, 1, 9, 0));
        Patient none = fixture.patients.create(Patient.unsaved("No Prescription", "P-3", Optional.empty(),
                com.b12consult.domain.Sex.MALE, KnownAllergies.NOT_RECORDED), CheckFixture.NURSE);
        LocalDate today = PreInjectionCheckViewModelTest.NOW.toLocalDate();
        for (DueRow row : fixture.records.dueList(today, "", 10).rows()) {
            assertEquals(row.due(), fixture.records.nextDose(row.patient(), today), row.patient().name());
        }
        assertEquals(LocalDate.of(2026, 10, 30), fixture.records.nextDose(due, today).map(DueDose::dueOn).orElseThrow());
        assertEquals(LocalDate.of(2027, 1, 30), fixture.records.nextDose(later, today).map(DueDose::dueOn).orElseThrow());
        assertEquals(Optional.empty(), fixture.records.nextDose(none, today));
    }
}
