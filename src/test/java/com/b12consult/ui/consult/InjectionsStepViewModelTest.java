package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.domain.SymptomCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InjectionsStepViewModelTest {
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 21, 10, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final Prescription ON_RECORD = new Prescription(7, 3, Product.HYDROXOCOBALAMIN, 1000,
            new DosingSchedule(Optional.of(LoadingCourse.forDays(2, 14)), 90), LocalDate.of(2026, 8, 1));
    static final Injection LAST = new Injection(LocalDateTime.of(2026, 8, 20, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
            InjectionSite.LEFT_DELTOID, List.of());
    static final Injection EARLIER = new Injection(LocalDateTime.of(2026, 8, 1, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
            InjectionSite.RIGHT_GLUTEAL, List.of(SymptomCode.RASH));

    static InjectionsStepViewModel step() {
        return new InjectionsStepViewModel(3, Optional.of(ON_RECORD), List.of(EARLIER, LAST), CLOCK);
    }

    static AssessmentParts written(InjectionsStepViewModel step) {
        AssessmentParts parts = new AssessmentParts(new PatientInfo("P-1", Sex.FEMALE, Optional.empty()));
        step.writeTo(parts);
        return parts;
    }

    @Test
    void theRecordFillsThePrescriptionAndTheDosesAndUnchangedTheyGoInAsTheyAre() {
        InjectionsStepViewModel step = step();
        assertEquals("1000", step.prescription().doseProperty().get());
        assertEquals("2", step.prescription().loadingEveryProperty().get());
        assertEquals("14", step.prescription().loadingForProperty().get());
        assertEquals("90", step.prescription().maintenanceEveryProperty().get());
        assertEquals("2026-08-01", step.prescription().startDateProperty().get());
        assertEquals(List.of(LAST, EARLIER), step.dosesOnRecord(), "newest first");
        assertEquals(List.of(), step.problems());
        AssessmentParts parts = written(step);
        assertEquals(Optional.of(ON_RECORD), parts.prescription, "unchanged, it is the prescription on record, id and all");
        assertEquals(List.of(LAST, EARLIER), parts.injections);
        assertEquals(Optional.empty(), parts.plannedInjection, "no dose today until the clinician says so");
        assertEquals(InjectionSite.RIGHT_DELTOID, step.suggestedSiteProperty().get(), "away from the last site");
    }

    @Test
    void aChangedPrescriptionIsANewOneAndABadDoseIsMarkedAtItsFieldKeepingWhatWasTyped() {
        InjectionsStepViewModel step = step();
        step.prescription().doseProperty().set("1500");
        assertEquals(Prescription.unsaved(3, Product.HYDROXOCOBALAMIN, 1500, ON_RECORD.schedule(), ON_RECORD.startDate()),
                written(step).prescription.orElseThrow());
        step.prescription().doseProperty().set("1O00");
        assertEquals("1O00", step.prescription().doseProperty().get());
        assertTrue(step.prescription().doseMessage().get().contains("not a number"), step.prescription().doseMessage().get());
        assertEquals(List.of("Prescription, dose"), step.problems().stream().map(FieldProblem::field).toList());
        assertEquals(Optional.empty(), written(step).prescription);
        step.prescription().loadingForProperty().set("");
        assertTrue(step.prescription().loadingMessage().get().contains("leave both empty"));
        step.prescription().loadingEveryProperty().set("");
        step.prescription().doseProperty().set("1000");
        assertEquals(List.of(), step.problems());
        assertEquals(Optional.empty(), written(step).prescription.orElseThrow().schedule().loading());
    }

    @Test
    void noPrescriptionAtAllIsAllowedButHalfOfOneIsNot() {
        InjectionsStepViewModel step = new InjectionsStepViewModel(3, Optional.empty(), List.of(), CLOCK);
        assertEquals(List.of(), step.problems());
        assertEquals(Optional.empty(), written(step).prescription);
        step.prescription().doseProperty().set("1000");
        assertEquals(List.of("Prescription, product", "Prescription, maintenance interval", "Prescription, start date"),
                step.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aDoseAddedStartsFromThePrescriptionAndTheSuggestedSiteAndIsCheckedAsTyped() {
        InjectionsStepViewModel step = step();
        NewDose d = step.addDose();
        assertEquals("2026-11-21 10:30", d.givenAtProperty().get());
        assertEquals(Product.HYDROXOCOBALAMIN, d.productProperty().get());
        assertEquals("1000", d.doseProperty().get());
        assertEquals(InjectionSite.RIGHT_DELTOID, d.siteProperty().get());
        d.givenAtProperty().set("2026-11-18 09:15");
        d.reactions().add(SymptomCode.ITCHING);
        Injection typed = new Injection(LocalDateTime.of(2026, 11, 18, 9, 15), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.RIGHT_DELTOID, List.of(SymptomCode.ITCHING));
        assertEquals(List.of(LAST, EARLIER, typed), written(step).injections);
        assertEquals(List.of(typed), step.newInjections());
        assertEquals(InjectionSite.LEFT_DELTOID, step.suggestedSiteProperty().get(), "the dose typed is now the last");

        d.givenAtProperty().set("18/11/2026");
        assertEquals("New dose 1, time given", step.problems().get(0).field());
        assertTrue(d.givenAtMessage().get().contains("YYYY-MM-DD HH:MM"), d.givenAtMessage().get());
        d.givenAtProperty().set("2026-11-22 09:00");
        assertTrue(d.givenAtMessage().get().contains("later than now"), d.givenAtMessage().get());
        assertEquals(List.of(LAST, EARLIER), written(step).injections, "an invalid row is left out");

        step.removeDose(d);
        assertEquals(List.of(), step.problems());
    }

    @Test
    void theDoseTodayTakesThePrescriptionAndNeedsOne() {
        InjectionsStepViewModel step = step();
        step.today().plannedProperty().set(true);
        assertEquals(Optional.of(new PlannedInjection(Product.HYDROXOCOBALAMIN, 1000, 1000, InjectionSite.RIGHT_DELTOID)),
                written(step).plannedInjection);
        step.today().doseProperty().set("10000");
        assertEquals(10000, written(step).plannedInjection.orElseThrow().doseMicrograms(),
                "a dose not as prescribed is the rule module's to judge, not a typing error");
        step.prescription().productProperty().set(null);
        assertTrue(step.today().doseMessage().get().contains("no complete prescription"), step.today().doseMessage().get());
        assertTrue(step.problems().stream().anyMatch(p -> p.field().equals("Dose today, dose")));
    }

    @Test
    void aDraftBringsBackEveryFieldAsTypedValidOrNot() {
        InjectionsStepViewModel step = step();
        step.prescription().doseProperty().set("1O00");
        step.prescription().productProperty().set(Product.CYANOCOBALAMIN);
        step.prescription().startDateProperty().set("2026-02-30");
        NewDose d = step.addDose();
        d.givenAtProperty().set("yesterday");
        d.reactions().addAll(List.of(SymptomCode.RASH, SymptomCode.NAUSEA));
        d.siteProperty().set(InjectionSite.LEFT_THIGH);
        step.addDose().doseProperty().set("500");
        step.today().plannedProperty().set(true);
        step.today().doseProperty().set("");
        step.today().siteProperty().set(InjectionSite.RIGHT_GLUTEAL);
        Map<String, String> draft = step.draft();

        InjectionsStepViewModel back = new InjectionsStepViewModel(3, Optional.of(ON_RECORD), List.of(LAST), CLOCK);
        back.restore(draft);
        assertEquals(draft, back.draft());
        assertEquals("1O00", back.prescription().doseProperty().get());
        assertEquals(Product.CYANOCOBALAMIN, back.prescription().productProperty().get());
        assertEquals(2, back.newDoses().size());
        assertEquals("yesterday", back.newDoses().get(0).givenAtProperty().get());
        assertEquals(List.of(SymptomCode.RASH, SymptomCode.NAUSEA), List.copyOf(back.newDoses().get(0).reactions()));
        assertEquals("500", back.newDoses().get(1).doseProperty().get());
        assertTrue(back.today().plannedProperty().get());
        assertEquals("", back.today().doseProperty().get(), "restoring fills nothing in the clinician left empty");
        assertEquals(step.problems(), back.problems());
        assertFalse(back.problems().isEmpty());
    }
}
