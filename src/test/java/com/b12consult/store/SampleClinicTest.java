package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.assessment.DuePage;
import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.demo.SampleClinic;
import com.b12consult.domain.Analyte;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.DueState;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.SavedAssessment;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample clinic ({@code b12consult demo}) on both kinds of store: the same seed makes the same clinic. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class SampleClinicTest {
    static final AssessmentEvaluator EVALUATOR = new AssessmentEvaluator(new AssessmentReader(),
            new RuleEngine(RulebookLoader.shipped()));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    private final List<StoreFixture> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(StoreFixture::close);
    }

    private StoreFixture store(String name) throws Exception {
        StoreFixture store = new StoreFixture(dir.resolve(name), kind);
        opened.add(store);
        return store;
    }

    private static SampleClinic.Summary fill(StoreFixture store, int patients, long seed) {
        return new SampleClinic(store.database, EVALUATOR, LabLimits.defaults(), "nurse", ZoneOffset.UTC)
                .fill(patients, seed, TODAY, (on, reached) -> { });
    }

    @Test
    void theSameSeedMakesTheSameClinicAndAnotherSeedAnother() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("a"));
        java.nio.file.Files.createDirectories(dir.resolve("b"));
        java.nio.file.Files.createDirectories(dir.resolve("c"));
        StoreFixture a = store("a");
        StoreFixture b = store("b");
        StoreFixture c = store("c");
        assertEquals(fill(a, 30, 5), fill(b, 30, 5));
        fill(c, 30, 6);
        String digest = digest(a);
        assertEquals(digest, digest(b));
        assertNotEquals(digest, digest(c));
    }

    /** What the clinic holds, as the repositories read it: patients, their records, and the audit log's entries. */
    private static String digest(StoreFixture store) {
        AuditLog audit = store.auditLog;
        PatientRepository patients = new PatientRepository(store.database, audit);
        InjectionRepository injections = new InjectionRepository(store.database, audit);
        AssessmentRepository assessments = new AssessmentRepository(store.database, audit);
        DoseOutcomeRepository outcomes = new DoseOutcomeRepository(store.database, audit, injections, assessments);
        StringBuilder out = new StringBuilder();
        for (Patient p : patients.listAll()) {
            long id = p.id();
            out.append(p).append('\n')
                    .append(new PrescriptionRepository(store.database, audit).listForPatient(id)).append('\n')
                    .append(injections.listForPatient(id).stream().map(i -> i.injection().toString()).toList())
                    .append(outcomes.listForPatient(id).stream().map(o -> o.dueOn() + " " + o.kind() + " "
                            + o.decision() + " " + o.reason() + " " + o.lotNumber() + " " + o.recordedAt()).toList())
                    .append(outcomes.laterReactions(id).values())
                    .append(new LabRepository(store.database, audit).listForPatient(id).stream()
                            .map(RecordedLabPanel::panel).toList())
                    .append(new HeadacheRepository(store.database, audit).listForPatient(id).stream()
                            .map(h -> h.entry().toString()).toList())
                    .append(assessments.listForPatient(id).stream().map(s -> s.context() + " " + s.savedAt() + " "
                            + s.assessmentJson().hashCode() + " " + s.reportJson().hashCode()).toList())
                    .append('\n');
        }
        out.append(audit.count(AuditFilter.all()));
        return out.toString();
    }

    @Test
    void aSmallClinicHasEveryKindOfRecordAndOpensOnEveryScreensReads() throws Exception {
        StoreFixture store = store("clinic");
        SampleClinic.Summary summary = fill(store, 50, 17);
        AuditLog audit = store.auditLog;
        PatientRepository patients = new PatientRepository(store.database, audit);
        PrescriptionRepository prescriptions = new PrescriptionRepository(store.database, audit);
        InjectionRepository injections = new InjectionRepository(store.database, audit);
        HeadacheRepository headaches = new HeadacheRepository(store.database, audit);
        LabRepository labs = new LabRepository(store.database, audit);
        AssessmentRepository assessments = new AssessmentRepository(store.database, audit);
        DoseOutcomeRepository outcomes = new DoseOutcomeRepository(store.database, audit, injections, assessments);
        ConsultationRepository consultations = new ConsultationRepository(store.database, audit, assessments, labs,
                injections, headaches, prescriptions);
        StandingDecisions standing = new StandingDecisions(store.database, audit);
        CheckRecords records = new CheckRecords(patients, prescriptions, injections, headaches, labs, assessments,
                outcomes, standing, ZoneOffset.UTC);

        List<Patient> all = patients.listAll();
        assertEquals(50, all.size());
        assertEquals(50, summary.patients());
        assertEquals(50, all.stream().map(p -> p.identifier().toLowerCase()).distinct().count());
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        all.forEach(p -> p.name().codePoints().filter(Character::isLetter).forEach(cp -> scripts.add(Character.UnicodeScript.of(cp))));
        assertTrue(scripts.contains(Character.UnicodeScript.LATIN) && scripts.size() >= 4, scripts.toString());
        assertTrue(all.stream().anyMatch(p -> p.name().chars().anyMatch(ch -> ch > 0x7f && ch < 0x250)),
                "some Latin names with diacritics");
        assertTrue(all.stream().noneMatch(p -> p.name().codePoints().anyMatch(Character::isISOControl)));
        assertEquals(Set.of(AllergyStatus.values()), set(all.stream().map(p -> p.knownAllergies().status()).toList()));
        assertTrue(all.stream().map(Patient::sex).toList().containsAll(List.of(Sex.FEMALE, Sex.MALE)));

        Set<DueState> states = EnumSet.noneOf(DueState.class);
        Set<DoseOutcomeKind> kinds = EnumSet.noneOf(DoseOutcomeKind.class);
        boolean loading = false;
        boolean maintenance = false;
        boolean reactions = false;
        boolean trend = false;
        boolean lowPlatelets = false;
        boolean diary = false;
        boolean consulted = false;
        boolean urgent = false;
        int standingAlerts = 0;
        for (Patient p : all) {
            OnRecord record = records.load(p, TODAY); // what the pre-injection check reads
            record.due().map(DueDose::state).ifPresent(states::add);
            loading |= record.due().filter(DueDose::loading).isPresent() && record.injections().size() > 0;
            maintenance |= record.due().filter(d -> !d.loading()).isPresent();
            record.outcomes().stream().map(DoseOutcome::kind).forEach(kinds::add);
            reactions |= !outcomes.laterReactions(p.id()).isEmpty();
            trend |= record.labs().stream().filter(l -> l.panel().result(Analyte.PLATELETS).isPresent()).count() >= 3;
            lowPlatelets |= record.labs().stream().anyMatch(l -> l.panel().result(Analyte.PLATELETS)
                    .map(q -> Analyte.PLATELETS.toCanonical(q.value(), q.unit()) < 100).orElse(false));
            diary |= !record.headaches().isEmpty();
            consulted |= !consultations.listForPatient(p.id()).isEmpty();
            for (SavedAssessment s : assessments.listForPatient(p.id())) {
                assertTrue(s.assessment().isPresent() && s.report().isPresent(), "every saved assessment reads back");
                urgent |= s.decision().equals(Optional.of(DecisionStatus.URGENT));
            }
            standingAlerts += record.standing().isPresent() ? 1 : 0;
            assertTrue(record.prescription().isPresent() || record.outcomes().isEmpty());
        }
        assertEquals(EnumSet.allOf(DueState.class), states, "patients due later, due today and overdue");
        assertEquals(EnumSet.allOf(DoseOutcomeKind.class), kinds);
        assertTrue(loading && maintenance, "in a loading course and in maintenance");
        assertTrue(reactions, "reactions reported after a dose");
        assertTrue(trend && lowPlatelets, "lab trends, some platelets low");
        assertTrue(diary, "headache diaries");
        assertTrue(consulted && urgent, "consultations, one with a red flag");
        assertTrue(standingAlerts > 0, "a standing alert");
        DuePage page = records.dueList(TODAY, "", 50); // the pre-injection due list, all of it
        List<DueRow> due = page.rows();
        assertEquals(50, due.size());
        assertEquals(50, page.total());
        assertTrue(due.stream().anyMatch(r -> r.due().isEmpty()), "a referral still without a prescription");
        assertTrue(summary.dosesGiven() > 50 * 5, summary.toString());
        assertTrue(audit.count(AuditFilter.all()) > summary.dosesGiven());
    }

    @Test
    void aDatabaseWithPatientsIsRefusedAndLeftAsItWas() throws Exception {
        StoreFixture store = store("clinic");
        new PatientRepository(store.database, store.auditLog).create(Patient.unsaved("Ann Lee", "P-1",
                Optional.empty(), Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
        long entries = store.auditLog.count(AuditFilter.all());
        assertThrows(SampleClinic.NotEmptyException.class, () -> fill(store, 10, 1));
        assertEquals(1, new PatientRepository(store.database, store.auditLog).listAll().size());
        assertEquals(entries, store.auditLog.count(AuditFilter.all()));
        assertThrows(IllegalArgumentException.class, () -> fill(store, 0, 1));
    }

    private static <T> Set<T> set(List<T> items) {
        return new HashSet<>(items);
    }
}
