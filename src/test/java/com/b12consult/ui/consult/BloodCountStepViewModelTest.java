package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabPanel;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.PlateletGrade;
import com.b12consult.domain.Product;
import com.b12consult.domain.Quantity;
import com.b12consult.domain.Sex;
import com.b12consult.ui.form.Typed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BloodCountStepViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final PatientInfo PATIENT = new PatientInfo("P-0104", Sex.FEMALE, Optional.of(LocalDate.of(1950, 1, 20)));
    static final LabPanel ON_RECORD = new LabPanel(LocalDate.of(2026, 11, 12), Map.of(
            Analyte.PLATELETS, new Quantity(88, LabUnit.GIGA_PER_L),
            Analyte.MCV, new Quantity(112, LabUnit.FL),
            Analyte.HEMOGLOBIN, new Quantity(91, LabUnit.G_PER_L)));

    FakeConsultation live;
    BloodCountStepViewModel vm;

    @BeforeEach
    void setUp() {
        live = new FakeConsultation(PATIENT, NOW, List.of(new Injection(LocalDateTime.of(2026, 11, 14, 9, 0),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of())));
        vm = new BloodCountStepViewModel(List.of(ON_RECORD), live, CLOCK);
        live.follow(vm);
    }

    @Test
    void panelsOnRecordAreShownMarkedAndWrittenAsRecorded() {
        assertEquals(1, vm.panels().size());
        LabPanelEntry p = vm.panels().get(0);
        assertTrue(p.isOnRecord());
        assertEquals("2026-11-12", p.takenOnProperty().get());
        assertEquals("88", p.value(Analyte.PLATELETS).valueProperty().get());
        assertEquals(List.of(ON_RECORD), written().labs);
        assertFalse(vm.removePanel(p), "a panel on record cannot be removed");
        assertEquals(1, vm.panels().size());
    }

    @Test
    void aNewPanelIsDatedTodayWithTheUnitsTheClinicsReportsUse() {
        LabPanelEntry p = vm.addPanel();
        assertEquals("2026-11-21", p.takenOnProperty().get());
        assertEquals(LabUnit.G_PER_L, p.value(Analyte.HEMOGLOBIN).unitProperty().get(), "the record's hemoglobin was in g/L");
        assertEquals(LabUnit.GIGA_PER_L, p.value(Analyte.PLATELETS).unitProperty().get());
        assertEquals(LabUnit.PG_PER_ML, p.value(Analyte.B12).unitProperty().get(), "none on record: the spec's first unit");
        assertTrue(vm.problems().isEmpty(), "empty values are fine: " + vm.problems());
        assertEquals(List.of(ON_RECORD), written().labs, "a panel with no value is not written");
    }

    @Test
    void aValueThatIsNotANumberIsNamedAtItsFieldAndKept() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.PLATELETS).valueProperty().set("15O");
        assertEquals(List.of(new FieldProblem("Platelets, panel of 2026-11-21",
                "\"15O\" is not a number; type digits, with a point or a comma for decimals, e.g. 150")), vm.problems());
        assertEquals("\"15O\" is not a number; type digits, with a point or a comma for decimals, e.g. 150", p.value(Analyte.PLATELETS).messageProperty().get());
        assertEquals("15O", p.value(Analyte.PLATELETS).valueProperty().get(), "nothing typed is cleared");
        assertEquals(List.of(ON_RECORD), written().labs);
    }

    @Test
    void aDecimalCommaIsReadAsInEveryOtherNumberField() {
        // the dose field always took "9,1"; a lab value refused it: one reading now, for both
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.HEMOGLOBIN).unitProperty().set(LabUnit.G_PER_DL);
        p.value(Analyte.HEMOGLOBIN).valueProperty().set("9,1");
        assertEquals("", p.value(Analyte.HEMOGLOBIN).messageProperty().get());
        assertEquals(Optional.of(new Quantity(9.1, LabUnit.G_PER_DL)), p.value(Analyte.HEMOGLOBIN).quantity());
        assertEquals(Optional.of(1000.5), Typed.micrograms("1000,5").optional(), "the dose field reads the comma the same way");
    }

    @Test
    void aPlateletCountInUlTypedAsX10To9IsNamedAsAUnitMixUp() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.PLATELETS).valueProperty().set("150000");
        String message = p.value(Analyte.PLATELETS).messageProperty().get();
        assertTrue(message.startsWith("150000 10*9/L is not a platelet count a living person can have"), message);
        assertTrue(message.contains("It is almost surely 150000 /uL (150 10*9/L): change the unit to \"/uL\""), message);
        p.value(Analyte.PLATELETS).unitProperty().set(LabUnit.PER_UL);
        assertEquals("", p.value(Analyte.PLATELETS).messageProperty().get(), "the suggested unit makes it right");
        assertEquals(new Quantity(150000, LabUnit.PER_UL), newPanel().result(Analyte.PLATELETS).orElseThrow());
    }

    @Test
    void aPlateletCountInThousandsTypedAsPerUlIsNamedAsAUnitMixUp() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.PLATELETS).unitProperty().set(LabUnit.PER_UL);
        p.value(Analyte.PLATELETS).valueProperty().set("150");
        String message = p.value(Analyte.PLATELETS).messageProperty().get();
        assertTrue(message.startsWith("150 /uL is not a platelet count as a lab writes one per microlitre"), message);
        assertTrue(message.contains("It is probably 150 10*9/L or 150 10*3/uL (150 10*9/L): check the unit on the lab report."),
                message);
        p.value(Analyte.PLATELETS).unitProperty().set(LabUnit.GIGA_PER_L);
        assertEquals("", p.value(Analyte.PLATELETS).messageProperty().get(), "the suggested unit makes it right");
        assertEquals(new Quantity(150, LabUnit.GIGA_PER_L), newPanel().result(Analyte.PLATELETS).orElseThrow());
    }

    @Test
    void aHemoglobinInGPerLTypedAsGPerDlIsNamedAsAUnitMixUp() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.HEMOGLOBIN).unitProperty().set(LabUnit.G_PER_DL);
        p.value(Analyte.HEMOGLOBIN).valueProperty().set("98");
        String message = p.value(Analyte.HEMOGLOBIN).messageProperty().get();
        assertTrue(message.contains("It is almost surely 98 g/L (9.8 g/dL): change the unit to \"g/L\""), message);
        assertEquals("Hemoglobin, panel of 2026-11-21", vm.problems().get(0).field());
    }

    @Test
    void aNegativeValueIsRefusedWithTheSign() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.MCV).valueProperty().set("-92");
        assertTrue(p.value(Analyte.MCV).messageProperty().get().contains("is negative"));
    }

    @Test
    void aPanelDatedInTheFutureIsNamedAndItsValuesWait() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.PLATELETS).valueProperty().set("140");
        p.takenOnProperty().set("2026-12-01");
        assertEquals(List.of(new FieldProblem("Date taken, new panel 1", "2026-12-01 is after today (2026-11-21); "
                + "a blood draw cannot be dated in the future: check the date")), vm.problems());
        assertEquals(List.of(ON_RECORD), written().labs, "a value without a usable date is not written");
        assertEquals("Platelets, new panel 1", fieldOfValueProblem(p, "abc"));
    }

    @Test
    void anUnreadableOrMissingDateIsNamed() {
        LabPanelEntry p = vm.addPanel();
        p.takenOnProperty().set("21/11/2026");
        assertEquals("\"21/11/2026\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01", p.dateMessageProperty().get());
        p.takenOnProperty().set("2026-02-30");
        assertTrue(p.dateMessageProperty().get().contains("is not a date in the calendar"), p.dateMessageProperty().get());
        p.takenOnProperty().set("");
        assertEquals("the day the blood was taken is needed, as YYYY-MM-DD, e.g. 2026-11-21", p.dateMessageProperty().get());
        p.takenOnProperty().set("1949-05-01");
        assertTrue(p.dateMessageProperty().get().contains("before the patient's birth date (1950-01-20)"));
        p.takenOnProperty().set("2026-11-20");
        assertEquals("", p.dateMessageProperty().get());
        assertTrue(vm.problems().isEmpty());
    }

    @Test
    void theSameLabTwiceOnOneDayIsNamedAtTheLaterField() {
        LabPanelEntry p = vm.addPanel();
        p.takenOnProperty().set("2026-11-12");
        p.value(Analyte.PLATELETS).valueProperty().set("90");
        p.value(Analyte.B12).valueProperty().set("110");
        assertTrue(p.value(Analyte.PLATELETS).messageProperty().get().startsWith(
                "Platelets for 2026-11-12 is already given in another panel of that day"));
        assertEquals(1, vm.problems().size());
        assertEquals(Map.of(Analyte.B12, new Quantity(110, LabUnit.PG_PER_ML)), newPanel().results(),
                "a different lab on the same day is fine");
    }

    @Test
    void onlyValidValuesAreWritten() {
        LabPanelEntry p = vm.addPanel();
        p.takenOnProperty().set("2026-11-20");
        p.value(Analyte.PLATELETS).valueProperty().set("4O");
        p.value(Analyte.MCV).valueProperty().set("108");
        p.value(Analyte.HEMOGLOBIN).valueProperty().set("95");
        p.value(Analyte.B12).valueProperty().set("0.2");
        AssessmentParts parts = written();
        assertEquals(2, parts.labs.size());
        assertEquals(new LabPanel(LocalDate.of(2026, 11, 20), Map.of(Analyte.MCV, new Quantity(108, LabUnit.FL),
                Analyte.HEMOGLOBIN, new Quantity(95, LabUnit.G_PER_L))), parts.labs.get(1));
        assertEquals(List.of("Platelets, panel of 2026-11-20", "Vitamin B12, panel of 2026-11-20"),
                vm.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aRemovedPanelTakesItsValuesAndProblemsWithIt() {
        LabPanelEntry kept = vm.addPanel();
        kept.value(Analyte.MCV).valueProperty().set("104");
        LabPanelEntry removed = vm.addPanel();
        removed.takenOnProperty().set("2026-11-19");
        removed.value(Analyte.PLATELETS).valueProperty().set("x");
        assertEquals(1, vm.problems().size());
        assertTrue(vm.removePanel(removed));
        assertEquals(List.of(kept), vm.newPanels());
        assertTrue(vm.problems().isEmpty());
        assertEquals(2, written().labs.size());
        removed.value(Analyte.PLATELETS).valueProperty().set("y");
        assertTrue(vm.problems().isEmpty(), "a removed panel is no longer listened to");
    }

    @Test
    void theDraftKeepsEveryFieldAsTypedAndComesBack() {
        LabPanelEntry p = vm.addPanel();
        p.takenOnProperty().set("2026-11-20");
        p.value(Analyte.PLATELETS).valueProperty().set("15O");
        p.value(Analyte.HEMOGLOBIN).unitProperty().set(LabUnit.MMOL_PER_L);
        p.value(Analyte.HEMOGLOBIN).valueProperty().set("5.9");
        LabPanelEntry second = vm.addPanel();
        second.takenOnProperty().set("next week");
        Map<String, String> draft = vm.draft();
        assertEquals("15O", draft.get("panel.0.platelets.value"));
        assertEquals("mmol/L", draft.get("panel.0.hemoglobin.unit"));
        assertEquals("next week", draft.get("panel.1.date"));

        FakeConsultation other = new FakeConsultation(PATIENT, NOW, List.of());
        BloodCountStepViewModel restored = new BloodCountStepViewModel(List.of(ON_RECORD), other, CLOCK);
        restored.restore(draft);
        assertEquals(draft, restored.draft());
        assertEquals(vm.problems(), restored.problems());
        assertEquals("15O", restored.newPanels().get(0).value(Analyte.PLATELETS).valueProperty().get());
        assertEquals(3, restored.panels().size(), "the panel on record stays, once");
    }

    @Test
    void restoringIgnoresKeysAndUnitsItDoesNotKnow() {
        vm.restore(Map.of("panel.0.date", "2026-11-20", "panel.0.mcv.unit", "cubic microns", "panel.0.mcv.value", "99",
                "something.else", "x"));
        assertEquals(LabUnit.FL, vm.newPanels().get(0).value(Analyte.MCV).unitProperty().get());
        assertEquals(new Quantity(99, LabUnit.FL), newPanel().result(Analyte.MCV).orElseThrow());
    }

    @Test
    void everyKeystrokeIsAChangeAndTheLiveReportFollows() {
        AtomicInteger changes = new AtomicInteger();
        vm.changes().addListener(o -> changes.incrementAndGet());
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.PLATELETS).valueProperty().set("4");
        p.value(Analyte.PLATELETS).valueProperty().set("40");
        assertEquals(3, changes.get());
        assertEquals(PlateletGrade.VERY_LOW, live.report().get().derived().plateletGrade());
        p.value(Analyte.PLATELETS).valueProperty().set("40O");
        assertEquals(PlateletGrade.BELOW_LOWER_LIMIT, live.report().get().derived().plateletGrade(),
                "an uncorrected value is left out: the record's 88 is the latest usable count");
    }

    @Test
    void theLimitsInUseAreShownInTheFieldsUnit() {
        assertEquals("normal \u2265 150, very low < 50 x10^9/L", vm.limitsText(Analyte.PLATELETS, LabUnit.GIGA_PER_L));
        assertEquals("normal \u2265 150000, very low < 50000 /\u00b5L", vm.limitsText(Analyte.PLATELETS, LabUnit.PER_UL));
        assertEquals("anemia < 120 g/L (women)", vm.limitsText(Analyte.HEMOGLOBIN, LabUnit.G_PER_L));
        assertEquals("macrocytic > 100 fL", vm.limitsText(Analyte.MCV, LabUnit.FL));
        assertEquals("low < 180 pg/mL", vm.limitsText(Analyte.B12, LabUnit.PG_PER_ML));
        live.setLimits(live.limits().with(LabLimitKey.PLATELETS_LOWER, 140));
        assertEquals("normal \u2265 140, very low < 50 x10^9/L", vm.limitsText(Analyte.PLATELETS, LabUnit.GIGA_PER_L));
        assertEquals(140, vm.normalBand(Analyte.PLATELETS).low().orElseThrow());
    }

    @Test
    void theChartHasRecordedAndValidTypedValuesInTheReportsUnitAndTheDoseDays() {
        LabPanelEntry p = vm.addPanel();
        p.value(Analyte.HEMOGLOBIN).valueProperty().set("102");
        p.value(Analyte.PLATELETS).valueProperty().set("1x");
        assertEquals(List.of(new TrendPoint(LocalDate.of(2026, 11, 12), 9.1, true),
                new TrendPoint(LocalDate.of(2026, 11, 21), 10.2, false)), vm.trend(Analyte.HEMOGLOBIN));
        assertEquals(1, vm.trend(Analyte.PLATELETS).size());
        assertEquals(12.0, vm.normalBand(Analyte.HEMOGLOBIN).low().orElseThrow());
        assertTrue(vm.normalBand(Analyte.HEMOGLOBIN).high().isEmpty());
        assertEquals(100, vm.normalBand(Analyte.MCV).high().orElseThrow());
        assertEquals(List.of(LocalDate.of(2026, 11, 14)), vm.injectionDays());
    }

    @Test
    void theChartsHearOfNewDosesThroughTheLiveAssessment() {
        AtomicInteger redraws = new AtomicInteger();
        vm.chartChanges().addListener(o -> redraws.incrementAndGet());
        live.evaluate();
        assertEquals(0, redraws.get(), "nothing changed");
        live.addDose(new Injection(LocalDateTime.of(2026, 11, 19, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.RIGHT_DELTOID, List.of()));
        assertEquals(1, redraws.get());
        assertEquals(List.of(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 19)), vm.injectionDays());
        vm.addPanel();
        assertTrue(redraws.get() >= 2, "a typed panel redraws too");
    }

    private String fieldOfValueProblem(LabPanelEntry p, String text) {
        p.value(Analyte.PLATELETS).valueProperty().set(text);
        return vm.problems().stream().filter(f -> f.field().startsWith("Platelets")).findFirst().orElseThrow().field();
    }

    private LabPanel newPanel() {
        AssessmentParts parts = written();
        return parts.labs.get(parts.labs.size() - 1);
    }

    private AssessmentParts written() {
        AssessmentParts parts = new AssessmentParts(PATIENT);
        vm.writeTo(parts);
        return parts;
    }
}
