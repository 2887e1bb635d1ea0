package com.b12consult.bench;

import com.b12consult.assessment.CheckRecords;
import com.b12consult.domain.Actor;
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
import com.b12consult.ui.patients.DueDoseLookup;

/**
 * The services the benchmarked screens use, on one open sample clinic, built as the composition root builds them
 * ({@code Stores.on}, {@code SessionScreens}), with the clinic's standing clock.
 */
final class ClinicStores implements AutoCloseable {
    static final Actor NURSE = new Actor("bench", "AB");

    final Database database;
    final PatientRepository patients;
    final DoseOutcomeRepository outcomes;
    final CheckRecords records;
    /** The patient list's next doses, wired as {@code SessionScreens} wires them. */
    final DueDoseLookup dueDoses;

    private ClinicStores(Database database) {
        this.database = database;
        AuditLog audit = new AuditLog(database, SampleClinics.CLOCK);
        patients = new PatientRepository(database, audit);
        PrescriptionRepository prescriptions = new PrescriptionRepository(database, audit);
        InjectionRepository injections = new InjectionRepository(database, audit);
        AssessmentRepository assessments = new AssessmentRepository(database, audit);
        outcomes = new DoseOutcomeRepository(database, audit, injections, assessments);
        records = new CheckRecords(patients, prescriptions, injections, new HeadacheRepository(database, audit),
                new LabRepository(database, audit), assessments, outcomes, new StandingDecisions(database, audit),
                SampleClinics.ZONE);
        // As SessionScreens wires the Patients list: a page's next doses in one batch.
        dueDoses = new DueDoseLookup() {
            @Override
            public java.util.Optional<com.b12consult.domain.DueDose> nextFor(com.b12consult.domain.Patient p) {
                return records.nextDose(p, SampleClinics.DAY);
            }

            @Override
            public java.util.Map<Long, com.b12consult.domain.DueDose> nextFor(
                    java.util.Collection<com.b12consult.domain.Patient> listed) {
                return records.nextDoses(listed, SampleClinics.DAY);
            }
        };
    }

    /**
     * The kept sample clinic of {@code patients} on {@code store} ({@code sqlite} or {@code server}); with
     * {@code copyFor} set, a fresh copy of it to write to, named for that purpose.
     */
    static ClinicStores open(String store, int patients, String copyFor) throws Exception {
        return switch (store) {
            case SampleClinics.SQLITE -> new ClinicStores(SampleClinics.openSqlite(copyFor == null
                    ? SampleClinics.sqlite(patients) : SampleClinics.sqliteCopy(patients, copyFor)));
            case SampleClinics.SERVER -> {
                SampleClinics.Server server = SampleClinics.server()
                        .orElseThrow(() -> new IllegalStateException(SampleClinics.NO_SERVER));
                yield new ClinicStores(Database.open(copyFor == null ? SampleClinics.onServer(server, patients)
                        : SampleClinics.serverCopy(server, patients, copyFor)));
            }
            default -> throw new IllegalArgumentException("store must be sqlite or server, was \"" + store + "\"");
        };
    }

    @Override
    public void close() {
        database.close();
    }
}
