package com.b12consult.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.domain.format.AssessmentReader;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.AssessmentEvaluator;
import com.b12consult.rules.ReportJson;
import com.b12consult.rules.RuleEngine;
import com.b12consult.rules.RulebookLoader;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.Database;
import com.b12consult.store.DoseOutcomeRepository;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.PatientRepository;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.store.StandingDecisions;
import com.b12consult.testing.Vignettes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day a person reads beside a saved check is the workstation's day, not the first ten characters of a UTC
 * timestamp: a check saved late in the evening somewhere ahead of UTC belongs to the next calendar day there.
 */
class CheckRecordsZoneTest {
    /** 23:30 UTC on 21 November: already 12:30 on 22 November in Auckland. */
    static final LocalDateTime SAVED_UTC = LocalDateTime.of(2026, 11, 21, 23, 30);
    static final Actor NURSE = new Actor("nurse", "AB");

    @TempDir
    Path dir;
    Database database;
    AuditLog audit;
    PatientRepository patients;
    AssessmentRepository assessments;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(dir.resolve("clinic.db"));
        audit = new AuditLog(database, Clock.fixed(SAVED_UTC.toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        patients = new PatientRepository(database, audit);
        assessments = new AssessmentRepository(database, audit);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CheckRecords recordsIn(ZoneId zone) {
        InjectionRepository injections = new InjectionRepository(database, audit);
        return new CheckRecords(patients, new PrescriptionRepository(database, audit), injections,
                new HeadacheRepository(database, audit), new LabRepository(database, audit), assessments,
                new DoseOutcomeRepository(database, audit, injections, assessments),
                new StandingDecisions(database, audit), zone);
    }

    @Test
    void anOpenAlertIsDatedInTheWorkstationsZone() throws Exception {
        Patient p = patients.create(Patient.unsaved("Ada", "P-1", Optional.of(LocalDate.of(1970, 1, 1)),
                com.b12consult.domain.Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE);
        Assessment urgent = redFlagVignette();
        Report report = new AssessmentEvaluator(new AssessmentReader(), new RuleEngine(RulebookLoader.shipped()))
                .evaluate(urgent, LabLimits.defaults());
        List<String> alerts = report.findings().stream().filter(f -> f.kind() == FindingKind.ALERT)
                .map(Finding::title).toList();
        assertFalse(alerts.isEmpty(), "the red-flag vignette raises an alert");
        assessments.save(p.id(), AssessmentContext.CONSULTATION, new AssessmentWriter().toJson(urgent),
                ReportJson.write(report), report.rulebook().version(), report.rulebook().sha256(), NURSE);
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(alerts.stream().map(t -> t + " (consultation, 2026-11-22)").toList(),
                recordsIn(ZoneId.of("Pacific/Auckland")).load(p, today).openAlerts());
        assertEquals(alerts.stream().map(t -> t + " (consultation, 2026-11-21)").toList(),
                recordsIn(ZoneId.of("America/New_York")).load(p, today).openAlerts());
    }

    /** The project's own copy of a vignette with clot red flags after a dose. */
    private static Assessment redFlagVignette() throws Exception {
        return new AssessmentReader().read(new ObjectMapper().readTree(
                Vignettes.file("02-clot-red-flags-after-dose.json").toFile()).get("assessment"));
    }
}
