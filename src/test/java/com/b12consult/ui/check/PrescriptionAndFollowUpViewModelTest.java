package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DueState;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.InlineTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrescriptionAndFollowUpViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);

    @TempDir
    Path dir;
    CheckFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, NOW);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPrescriptionRecordedMakesThePatientDueOnItsStartDate() {
        Patient p = fixture.patients.create(Patient.unsaved("Grace", "P-7", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED),
                CheckFixture.NURSE);
        PreInjectionCheckViewModel check = fixture.checkModel();
        check.open(p);
        assertTrue(check.recordProperty().get().prescription().isEmpty());
        assertEquals("No prescription yet", check.dueRows().get(0).status());
        assertFalse(check.recordHeld(), "no outcome without a prescription");

        PrescriptionFormViewModel form = new PrescriptionFormViewModel(check, fixture.prescriptions, CheckFixture.NURSE,
                fixture.clock, InlineTaskRunner.INSTANCE);
        Prescription saved = form.save().orElseThrow();
        assertEquals(Optional.of(LoadingCourse.forDays(2, 14)), saved.schedule().loading());
        assertEquals(90, saved.schedule().maintenanceIntervalDays());
        check.reload();
        assertEquals(DueState.DUE_TODAY, check.recordProperty().get().due().orElseThrow().state());
        assertEquals("Due today", check.dueRows().get(0).status());
    }

    @Test
    void badPrescriptionFieldsAreNamedAndKept() {
        Patient p = fixture.patients.create(Patient.unsaved("Grace", "P-7", Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED),
                CheckFixture.NURSE);
        PreInjectionCheckViewModel check = fixture.checkModel();
        check.open(p);
        PrescriptionFormViewModel form = new PrescriptionFormViewModel(check, fixture.prescriptions, CheckFixture.NURSE,
                fixture.clock, InlineTaskRunner.INSTANCE);
        form.doseProperty().set("a thousand");
        form.loadingForProperty().set("");
        form.maintenanceEveryProperty().set("0");
        form.startDateProperty().set("21/11/2026");
        assertTrue(form.save().isEmpty());
        assertFalse(form.doseMessage().get().isEmpty());
        assertFalse(form.loadingMessage().get().isEmpty());
        assertFalse(form.maintenanceMessage().get().isEmpty());
        assertFalse(form.startMessage().get().isEmpty());
        assertEquals("a thousand", form.doseProperty().get());
        assertEquals(0, fixture.prescriptions.listForPatient(p.id()).size());

        form.doseProperty().set("1000");
        form.loadingEveryProperty().set("");
        form.maintenanceEveryProperty().set("30");
        form.startDateProperty().set("2026-11-21");
        assertEquals(Optional.empty(), form.save().orElseThrow().schedule().loading(), "both empty: no loading");
    }

    @Test
    void aReactionReportedLaterIsSeenByTheNextCheckAgainstItsDose() {
        Patient p = fixture.maintenancePatient("Ada", "P-1", NOW.minusDays(2));
        PreInjectionCheckViewModel check = fixture.checkModel();
        check.open(p);
        FollowUpViewModel followUp = new FollowUpViewModel(check, fixture.outcomes, fixture.headaches,
                CheckFixture.NURSE, fixture.clock, InlineTaskRunner.INSTANCE);
        RecordedInjection dose = check.recordProperty().get().lastDose().orElseThrow();
        followUp.doseProperty().set(dose);
        assertFalse(followUp.recordReactions(), "nothing ticked");
        followUp.reactionProperty(SymptomCode.RASH).set(true);
        assertTrue(followUp.recordReactions(), followUp.failure().get());
        check.reload();
        assertEquals(java.util.List.of(SymptomCode.RASH),
                check.recordProperty().get().lastDose().orElseThrow().injection().reactions());
        assertEquals(com.b12consult.domain.DecisionStatus.HOLD, check.decision(), "allergic-type sign after a dose");
    }

    @Test
    void aHeadacheReportedLaterMustFollowTheDoseAndNotBeInTheFuture() {
        Patient p = fixture.maintenancePatient("Ada", "P-1", NOW.minusDays(2));
        PreInjectionCheckViewModel check = fixture.checkModel();
        check.open(p);
        FollowUpViewModel followUp = new FollowUpViewModel(check, fixture.outcomes, fixture.headaches,
                CheckFixture.NURSE, fixture.clock, InlineTaskRunner.INSTANCE);
        followUp.doseProperty().set(check.recordProperty().get().lastDose().orElseThrow());
        followUp.headacheSeverityProperty().set("8");
        followUp.headacheOnsetProperty().set("2026-11-19 08:00");
        assertFalse(followUp.recordHeadache());
        assertTrue(followUp.failure().get().contains("after the dose"));
        followUp.headacheOnsetProperty().set("2026-11-22 08:00");
        assertFalse(followUp.recordHeadache());
        assertTrue(followUp.failure().get().contains("future"));
        followUp.headacheOnsetProperty().set("2026-11-19 15:00");
        followUp.headacheSeverityProperty().set("11");
        assertFalse(followUp.recordHeadache());
        followUp.headacheSeverityProperty().set("8");
        assertTrue(followUp.recordHeadache(), followUp.failure().get());
        check.reload();
        assertEquals(1, check.recordProperty().get().headachesSinceLastDose().size());
        assertEquals(com.b12consult.domain.DecisionStatus.HOLD, check.decision(), "a severe headache after a dose");
        assertEquals(LocalDate.of(2026, 11, 19), check.recordProperty().get().headaches().get(0).entry()
                .onsetAt().toLocalDate());
    }
}
