package com.b12consult.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheTiming;
import com.b12consult.domain.HeadacheTrigger;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PatientInfo;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import com.b12consult.domain.Symptom;
import com.b12consult.domain.SymptomCode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HeadachesStepViewModelTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 30);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final PatientInfo PATIENT = new PatientInfo("P-0106", Sex.FEMALE, Optional.empty());
    static final List<Injection> DOSES = List.of(dose(10), dose(12), dose(14));
    static final HeadacheEntry FIRST = new HeadacheEntry(LocalDateTime.of(2026, 11, 10, 15, 0), 3, HeadacheType.MIGRAINE,
            List.of(SymptomCode.NAUSEA));

    FakeConsultation live;
    HeadachesStepViewModel vm;

    @BeforeEach
    void setUp() {
        live = new FakeConsultation(PATIENT, NOW, DOSES);
        vm = new HeadachesStepViewModel(List.of(FIRST), List.of(HeadacheTrigger.POOR_SLEEP), live, CLOCK);
        live.follow(vm);
    }

    static Injection dose(int day) {
        return new Injection(LocalDateTime.of(2026, 11, day, 9, 0), Product.HYDROXOCOBALAMIN, 1000,
                InjectionSite.LEFT_DELTOID, List.of());
    }

    @Test
    void theDiaryOnRecordAndTheTriggersAreShownAndWritten() {
        assertEquals(1, vm.entries().size());
        assertTrue(vm.entries().get(0).isOnRecord());
        assertEquals("2026-11-10 15:00", vm.entries().get(0).onsetProperty().get());
        assertTrue(vm.trigger(HeadacheTrigger.POOR_SLEEP).get());
        assertFalse(vm.trigger(HeadacheTrigger.STRESS).get());
        vm.trigger(HeadacheTrigger.STRESS).set(true);
        AssessmentParts parts = written();
        assertEquals(List.of(FIRST), parts.headaches);
        assertEquals(List.of(HeadacheTrigger.POOR_SLEEP, HeadacheTrigger.STRESS), parts.headacheTriggers);
        assertFalse(vm.removeEntry(vm.entries().get(0)));
    }

    @Test
    void aNewEntryStartsThisHourAndNeedsASeverity() {
        HeadacheDiaryEntry e = vm.addEntry();
        assertEquals("2026-11-21 10:00", e.onsetProperty().get());
        assertEquals(List.of(new FieldProblem("Severity, headache of 2026-11-21 10:00",
                "severity is needed: a whole number from 0 (none) to 10 (worst)")), vm.problems());
        e.severityProperty().set("6");
        assertTrue(vm.problems().isEmpty());
        assertEquals(new HeadacheEntry(LocalDateTime.of(2026, 11, 21, 10, 0), 6, HeadacheType.UNKNOWN, List.of()),
                written().headaches.get(1));
    }

    @Test
    void aSeverityOutsideTheScaleOrNotANumberIsNamedAndKept() {
        HeadacheDiaryEntry e = vm.addEntry();
        e.severityProperty().set("11");
        assertEquals("11 is outside the scale; severity runs from 0 (none) to 10 (worst)", e.severityMessageProperty().get());
        e.severityProperty().set("-1");
        assertEquals("-1 is outside the scale; severity runs from 0 (none) to 10 (worst)", e.severityMessageProperty().get());
        e.severityProperty().set("7.5");
        assertEquals("\"7.5\" is not a whole number; type one from 0 (none) to 10 (worst)", e.severityMessageProperty().get());
        e.severityProperty().set("99999999999");
        assertTrue(e.severityMessageProperty().get().contains("outside the scale"));
        assertEquals("99999999999", e.severityProperty().get());
        assertEquals(List.of(FIRST), written().headaches, "an entry with a wrong severity is not written");
    }

    @Test
    void anOnsetInTheFutureUnreadableOrRepeatedIsNamed() {
        HeadacheDiaryEntry e = vm.addEntry();
        e.severityProperty().set("4");
        e.onsetProperty().set("2026-11-22T08:00");
        assertEquals(new FieldProblem("Onset, new headache 1", "2026-11-22 08:00 is after now (2026-11-21 10:30); "
                + "a headache cannot be dated in the future: check the date and time"), vm.problems().get(0));
        assertEquals("Severity, new headache 1", fieldOf(e, "x"));
        e.severityProperty().set("4");
        e.onsetProperty().set("2026-11-20");
        assertTrue(e.onsetMessageProperty().get().startsWith("\"2026-11-20\" is not a date and time; write it as YYYY-MM-DD HH:MM"),
                e.onsetMessageProperty().get());
        assertTrue(e.onsetMessageProperty().get().contains("e.g. 2026-11-20 09:00"));
        e.onsetProperty().set("2026-11-10T15:00");
        assertTrue(e.onsetMessageProperty().get().startsWith("another headache already began at 2026-11-10 15:00"));
        e.onsetProperty().set("");
        assertEquals("when the headache began is needed, as YYYY-MM-DD HH:MM, e.g. 2026-11-21 10:30",
                e.onsetMessageProperty().get());
        assertEquals(List.of(FIRST), written().headaches);
    }

    @Test
    void typeAndAssociatedSymptomsAreWritten() {
        HeadacheDiaryEntry e = vm.addEntry();
        e.onsetProperty().set("2026-11-14T12:00");
        e.severityProperty().set("8");
        e.typeProperty().set(HeadacheType.MIGRAINE);
        e.associated().add(SymptomCode.LIGHT_SENSITIVITY);
        e.associated().add(SymptomCode.NAUSEA);
        assertEquals(new HeadacheEntry(LocalDateTime.of(2026, 11, 14, 12, 0), 8, HeadacheType.MIGRAINE,
                List.of(SymptomCode.NAUSEA, SymptomCode.LIGHT_SENSITIVITY)), written().headaches.get(1));
        assertEquals(2, vm.charted().size());
        assertEquals(List.of(dose(10).givenAt(), dose(12).givenAt(), dose(14).givenAt()), vm.injectionTimes());
    }

    @Test
    void aFeverCanComeWithAHeadacheAndWithASevereOneSinceTheLastDoseIsUrgent() {
        int stiffNeck = HeadachesStepViewModel.OFFERED_SYMPTOMS.indexOf(SymptomCode.FEVER_NECK_STIFFNESS);
        assertEquals(SymptomCode.FEVER, HeadachesStepViewModel.OFFERED_SYMPTOMS.get(stiffNeck + 1), "beside the stiff neck");
        HeadacheDiaryEntry e = vm.addEntry();
        e.onsetProperty().set("2026-11-14T11:00");
        e.severityProperty().set("8");
        e.associated().add(SymptomCode.FEVER);
        assertEquals(List.of(SymptomCode.FEVER), written().headaches.get(1).associated());
        assertEquals(DecisionStatus.URGENT, live.report().get().decision().status());
        e.severityProperty().set("4");
        assertFalse(live.report().get().decision().status() == DecisionStatus.URGENT, "a fever alone is no red flag");
    }

    @Test
    void aSevereHeadacheTypedAsksWhetherItCameOnSuddenlyAndTheTickIsTheCurrentSymptomThatMakesItUrgent() {
        FakeConsultation consultation = new FakeConsultation(PATIENT, NOW, DOSES);
        ClotRiskStepViewModel clotRisk = new ClotRiskStepViewModel(List.of(), List.of(), List.of(), Optional.empty(),
                CLOCK);
        consultation.follow(clotRisk);
        SuddenOnsetQuestion asked = new SuddenOnsetQuestion(consultation,
                clotRisk.symptom(SymptomCode.SUDDEN_SEVERE_HEADACHE).presentProperty());
        HeadachesStepViewModel step = new HeadachesStepViewModel(List.of(FIRST), List.of(), consultation, CLOCK,
                Optional.of(asked));
        consultation.follow(step);
        assertEquals(Optional.of(asked), step.suddenOnset());
        assertFalse(asked.offeredProperty().get(), "a 3 of 10 before the last dose asks nothing");

        HeadacheDiaryEntry e = step.addEntry();
        e.onsetProperty().set("2026-11-14T11:00");
        e.severityProperty().set("10");
        assertTrue(asked.offeredProperty().get());
        assertEquals("Severe headache: ask whether it came on suddenly", asked.findingProperty().get().title());
        assertEquals(DecisionStatus.HOLD, consultation.report().get().decision().status());

        asked.yesProperty().set(true);
        assertEquals(DecisionStatus.URGENT, consultation.report().get().decision().status());
        assertEquals(List.of(new Symptom(SymptomCode.SUDDEN_SEVERE_HEADACHE, Optional.empty())),
                consultation.assessment().get().symptoms());
        assertEquals(List.of(), e.associated().stream().toList(), "the entry as typed");
        assertTrue(asked.offeredProperty().get(), "the rule no longer asks, but the tick stays to be taken back");

        asked.yesProperty().set(false);
        assertEquals(DecisionStatus.HOLD, consultation.report().get().decision().status());
        assertTrue(asked.offeredProperty().get());
        e.severityProperty().set("5");
        assertFalse(asked.offeredProperty().get(), "5 of 10 is not severe");
    }

    @Test
    void removingANewEntryTakesItsProblemsWithIt() {
        HeadacheDiaryEntry e = vm.addEntry();
        assertEquals(1, vm.problems().size());
        assertTrue(vm.removeEntry(e));
        assertTrue(vm.problems().isEmpty());
        assertTrue(vm.newEntries().isEmpty());
        e.severityProperty().set("x");
        assertTrue(vm.problems().isEmpty());
    }

    @Test
    void theDraftKeepsEveryFieldAsTypedAndComesBack() {
        HeadacheDiaryEntry e = vm.addEntry();
        e.onsetProperty().set("2026-11-12T13:00");
        e.severityProperty().set("12");
        e.typeProperty().set(HeadacheType.TENSION);
        e.associated().addAll(List.of(SymptomCode.RASH, SymptomCode.ITCHING));
        HeadacheDiaryEntry second = vm.addEntry();
        second.onsetProperty().set("yesterday");
        vm.trigger(HeadacheTrigger.POOR_SLEEP).set(false);
        vm.trigger(HeadacheTrigger.DEHYDRATION).set(true);
        Map<String, String> draft = vm.draft();
        assertEquals("12", draft.get("headache.0.severity"));
        assertEquals("true", draft.get("trigger.dehydration"));

        HeadachesStepViewModel restored = new HeadachesStepViewModel(List.of(FIRST), List.of(HeadacheTrigger.POOR_SLEEP),
                new FakeConsultation(PATIENT, NOW, DOSES), CLOCK);
        restored.restore(draft);
        assertEquals(draft, restored.draft());
        assertEquals(vm.problems(), restored.problems());
        assertEquals("12", restored.newEntries().get(0).severityProperty().get());
        assertFalse(restored.trigger(HeadacheTrigger.POOR_SLEEP).get());
    }

    @Test
    void theLiveTimingFollowsWhatIsTyped() {
        assertEquals("Followed a dose within 24 h: a headache began within 24 hours after 1 of the 3 doses on record"
                + " (worst 3 of 10).", vm.timingSummary().get(0));
        type("2026-11-12T13:00", "5");
        type("2026-11-14T12:00", "8");
        assertTrue(vm.timingSummary().contains(
                "Recurring after doses: headaches followed most doses, after at least two of them."), vm.timingSummary().toString());
        assertTrue(vm.timingSummary().contains("Escalating: the worst severity after each dose rose, 3 \u2192 5 \u2192 8 of 10,"
                + " oldest dose first."), vm.timingSummary().toString());
    }

    @Test
    void everyTimingFactHasItsWords() {
        assertEquals(List.of("No doses on record yet, so there is no timing against doses to show."),
                HeadacheTimingWords.of(new HeadacheTiming(0, 0, false, false, List.of(), 2)));
        List<String> none = HeadacheTimingWords.of(new HeadacheTiming(1, 0, false, false, List.of(), 1));
        assertEquals("No headache began within 24 hours after the one dose on record.", none.get(0));
        assertEquals("1 headache began more than 24 hours from any dose.", none.get(1));
        List<String> all = HeadacheTimingWords.of(new HeadacheTiming(4, 3, true, true, List.of(2, 4, 7), 2));
        assertEquals(List.of(
                "Followed a dose within 24 h: a headache began within 24 hours after 3 of the 4 doses on record (worst 7 of 10).",
                "Recurring after doses: headaches followed most doses, after at least two of them.",
                "Escalating: the worst severity after each dose rose, 2 \u2192 4 \u2192 7 of 10, oldest dose first.",
                "2 headaches began more than 24 hours from any dose.",
                "This is timing alone; headaches near a dose may have other explanations (sleep, fluids, caffeine, stress)."),
                all);
        List<String> onlyRecurring = HeadacheTimingWords.of(new HeadacheTiming(3, 2, true, false, List.of(5, 5), 0));
        assertTrue(onlyRecurring.stream().noneMatch(l -> l.startsWith("Escalating")));
        assertTrue(onlyRecurring.stream().noneMatch(l -> l.contains("more than 24 hours")));
    }

    /** The rulebook's test (RuleEngineTest.noTextClaimsThatB12CausedSomething), applied to these words. */
    @Test
    void theWordsSayTimingNeverCause() {
        Pattern causal = Pattern.compile("(?i)\\b(caus\\w*|due to|because of|trigger\\w*|induc\\w*|result\\w* from|led to)\\b");
        Pattern subject = Pattern.compile("(?i)\\b(b12|injection|shot|dose|cobalamin)");
        Pattern hedge = Pattern.compile("(?i)\\b(not|no|never|may|might|can|could|whether|less likely|other|actual|real)\\b");
        List<String> lines = new ArrayList<>();
        for (int injections = 0; injections <= 3; injections++) {
            for (int followed = 0; followed <= injections; followed++) {
                for (boolean recurring : List.of(true, false)) {
                    for (boolean escalating : List.of(true, false)) {
                        lines.addAll(HeadacheTimingWords.of(new HeadacheTiming(injections, followed, recurring, escalating,
                                List.of(1, 2, 3).subList(0, followed), 1)));
                    }
                }
            }
        }
        for (String line : lines) {
            for (String sentence : line.split("(?<=[.;:!?])\\s+")) {
                assertFalse(causal.matcher(sentence).find() && subject.matcher(sentence).find()
                        && !hedge.matcher(sentence).find(), "states a cause: " + sentence);
                assertFalse(causal.matcher(sentence).find(), "no causal word at all: " + sentence);
            }
        }
    }

    @Test
    void everyKeystrokeIsAChange() {
        AtomicInteger changes = new AtomicInteger();
        vm.changes().addListener(o -> changes.incrementAndGet());
        HeadacheDiaryEntry e = vm.addEntry();
        e.severityProperty().set("1");
        e.associated().add(SymptomCode.NAUSEA);
        vm.trigger(HeadacheTrigger.STRESS).set(true);
        assertEquals(4, changes.get());
    }

    private void type(String onset, String severity) {
        HeadacheDiaryEntry e = vm.addEntry();
        e.onsetProperty().set(onset);
        e.severityProperty().set(severity);
        e.typeProperty().set(HeadacheType.MIGRAINE);
    }

    private String fieldOf(HeadacheDiaryEntry e, String severity) {
        e.severityProperty().set(severity);
        return vm.problems().stream().filter(p -> p.field().startsWith("Severity")).findFirst().orElseThrow().field();
    }

    private AssessmentParts written() {
        AssessmentParts parts = new AssessmentParts(PATIENT);
        vm.writeTo(parts);
        return parts;
    }
}
