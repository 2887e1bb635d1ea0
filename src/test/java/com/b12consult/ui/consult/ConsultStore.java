package com.b12consult.ui.consult;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.ConsultationResponses;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.domain.SavedConsultation;
import com.b12consult.domain.Sex;
import com.b12consult.domain.format.AssessmentWriter;
import com.b12consult.rules.ReportJson;
import com.b12consult.store.AssessmentRepository;
import com.b12consult.store.AuditLog;
import com.b12consult.store.ConsultationRepository;
import com.b12consult.store.DatabaseOpenException;
import com.b12consult.store.HeadacheRepository;
import com.b12consult.store.InjectionRepository;
import com.b12consult.store.LabRepository;
import com.b12consult.store.NewConsultation;
import com.b12consult.store.PrescriptionRepository;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** A test database with the consultation repository, and a patient whose consultations tests save. */
final class ConsultStore implements AutoCloseable {
    final TestDatabase db;
    final ConsultationRepository consultations;
    final Patient patient;
    private final MovingClock clock = new MovingClock();

    ConsultStore(Path dir) throws DatabaseOpenException {
        db = TestDatabase.in(dir);
        AuditLog audit = new AuditLog(db.database, clock);
        consultations = new ConsultationRepository(db.database, audit, new AssessmentRepository(db.database, audit),
                new LabRepository(db.database, audit), new InjectionRepository(db.database, audit),
                new HeadacheRepository(db.database, audit), new PrescriptionRepository(db.database, audit));
        patient = db.addPatient("Ann Example", "P-1", "1970-01-01", Sex.FEMALE);
    }

    /** Saves a consultation of {@code a} with its report as evaluated now, a day after the one before. */
    SavedConsultation save(Assessment a, ConsultationResponses responses, Actor by) {
        return save(a, FakeLiveConsultation.EVALUATOR.evaluate(a, com.b12consult.domain.LabLimits.defaults()),
                responses, by);
    }

    SavedConsultation save(Assessment a, Report report, ConsultationResponses responses, Actor by) {
        clock.now = clock.now.plus(Duration.ofDays(1));
        return consultations.save(new NewConsultation(patient.id(), new AssessmentWriter().toJson(a),
                ReportJson.write(report), report.rulebook(), responses, List.of(), List.of(), List.of(),
                Optional.empty()), by);
    }

    @Override
    public void close() {
        db.close();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-01T09:30:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
