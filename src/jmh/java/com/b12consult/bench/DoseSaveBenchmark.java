package com.b12consult.bench;

import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.store.GivenDose;
import com.b12consult.ui.check.CheckBench;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving a dose given, as the pre-injection check saves it (the check and its report as JSON, the injection, the
 * outcome and the audit line in one transaction), on a fresh copy of the kept sample clinic. Each save is of a
 * dose not given yet: before each one (untimed) the next patient's record is read, the check opened and the
 * prescribed dose drawn up; patients due or overdue come first, then those due soonest (given early, with the
 * override reason the check asks for on HOLD). Patients whose decision is URGENT or who have a standing HOLD or
 * URGENT are passed over, as the check would not let their dose be given. Target at 20,000 patients: 30 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DoseSaveBenchmark {
    private static final String OVERRIDE = "Benchmark: the prescriber asked for the dose to be given";

    @Param({"2000", "20000"})
    int patients;
    @Param({SampleClinics.SQLITE, SampleClinics.SERVER})
    String store;

    private ClinicStores clinic;
    private CheckBench check;
    private final Deque<Patient> waiting = new ArrayDeque<>();
    private int saved;

    // the dose drawn up for the next save
    private OnRecord record;
    private DecisionStatus decision;
    private GivenDose dose;

    @Setup(Level.Trial)
    public void open() throws Exception {
        clinic = ClinicStores.open(store, patients, "save");
        check = new CheckBench(SampleClinics.evaluator(), LabLimits.defaults(), SampleClinics.CLOCK);
        List<Patient> due = new ArrayList<>();
        List<Patient> soon = new ArrayList<>();
        // the whole list, not a page: a long run gives more doses than the screen shows at once
        for (DueRow row : clinic.records.dueList(SampleClinics.DAY, "", Integer.MAX_VALUE).rows()) {
            if (row.isDue()) {
                due.add(row.patient());
            } else if (row.due().isPresent()) {
                soon.add(row.patient()); // already the soonest first
            }
        }
        Collections.shuffle(due, new Random(SampleClinics.SEED));
        waiting.addAll(due);
        waiting.addAll(soon);
    }

    @TearDown(Level.Trial)
    public void close() {
        System.out.println("# " + saved + " doses saved");
        clinic.close();
    }

    /** The next patient's check opened and their prescribed dose drawn up: not part of the save. */
    @Setup(Level.Invocation)
    public void drawUp() {
        while (true) {
            Patient p = waiting.poll();
            if (p == null) {
                throw new IllegalStateException("No dose left to give in the sample clinic after " + saved
                        + " saves: run fewer or shorter iterations, or a larger clinic");
            }
            OnRecord r = clinic.records.load(p, SampleClinics.DAY);
            if (r.prescription().isEmpty() || r.due().isEmpty() || r.standing().isPresent()) {
                continue;
            }
            check.open(r, ClinicStores.NURSE.initials());
            DecisionStatus status = check.drawUpPrescribed("B12-BENCH-" + saved, SampleClinics.DAY.plusYears(1));
            if (status == DecisionStatus.URGENT) {
                continue;
            }
            record = r;
            decision = status;
            dose = check.givenDose();
            return;
        }
    }

    /** "Given": the check's document written and the dose saved with it. */
    @Benchmark
    public DoseOutcome saveDoseGiven() {
        DoseOutcome outcome = clinic.outcomes.recordGiven(record.patient().id(), record.prescription().get().id(),
                record.due().get().dueOn(), dose, decision, decision == DecisionStatus.HOLD ? OVERRIDE : "",
                check.document(), ClinicStores.NURSE);
        saved++;
        return outcome;
    }
}
