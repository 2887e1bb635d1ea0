package com.b12consult.bench;

import com.b12consult.assessment.DuePage;
import com.b12consult.assessment.DueRow;
import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Report;
import com.b12consult.store.PatientPage;
import com.b12consult.ui.check.CheckBench;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the nurse waits for at a clinic's size (issue 17), through the services the screens call, on a kept sample
 * clinic ({@link SampleClinics}) whose "today" is {@link SampleClinics#DAY}. Targets at 20,000 patients (median):
 * a search keystroke to the list updated 50 ms, the due list 100 ms, opening a patient's check 100 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ClinicReadBenchmark {
    /** The page the patient list shows for a search, and the check's due list shows (DueList.PAGE). */
    static final int PAGE = 200;

    @Param({"2000", "20000"})
    int patients;
    @Param({SampleClinics.SQLITE, SampleClinics.SERVER})
    String store;

    private ClinicStores clinic;
    private CheckBench check;
    /** What the search box holds after each keystroke: the first 1 to 4 letters of names on record. */
    private final List<String> typed = new ArrayList<>();
    /** Patients due today or overdue, in a seeded order: the ones a nurse opens the check for. */
    private final List<Patient> toOpen = new ArrayList<>();
    private int nextSearch;
    private int nextOpen;

    @Setup(Level.Trial)
    public void open() throws Exception {
        clinic = ClinicStores.open(store, patients, null);
        check = new CheckBench(SampleClinics.evaluator(), LabLimits.defaults(), SampleClinics.CLOCK);
        Random random = new Random(SampleClinics.SEED);
        List<Patient> all = clinic.patients.listAll();
        for (int i = 0; i < 8; i++) {
            String name = all.get(random.nextInt(all.size())).name();
            for (int letters = 1; letters <= Math.min(4, name.length()); letters++) {
                typed.add(name.substring(0, letters));
            }
        }
        // everyone due, not only the first page: the benchmark opens many checks
        for (DueRow row : clinic.records.dueList(SampleClinics.DAY, "", Integer.MAX_VALUE).rows()) {
            if (row.isDue()) {
                toOpen.add(row.patient());
            }
        }
        if (toOpen.isEmpty()) {
            throw new IllegalStateException("The sample clinic has nobody due on " + SampleClinics.DAY);
        }
        Collections.shuffle(toOpen, random);
    }

    @TearDown(Level.Trial)
    public void close() {
        clinic.close();
    }

    /** A keystroke in the patient list's search: the first page of matches, and the next doses of that page. */
    @Benchmark
    public void searchKeystroke(Blackhole bh) {
        String text = typed.get(nextSearch++ % typed.size());
        PatientPage page = clinic.patients.search(text, PAGE);
        Map<Long, DueDose> doses = clinic.dueDoses.nextFor(page.patients());
        bh.consume(page);
        bh.consume(doses);
    }

    /** The check's due list as the screen reads it: its first page, the most overdue first, and the count. */
    @Benchmark
    public DuePage dueList() {
        return clinic.records.dueList(SampleClinics.DAY, "", PAGE);
    }

    /** Opening a due patient's pre-injection check: the record read, and the check evaluated on it. */
    @Benchmark
    public Report openCheck() {
        Patient patient = toOpen.get(nextOpen++ % toOpen.size());
        OnRecord record = clinic.records.load(patient, SampleClinics.DAY);
        return check.open(record, ClinicStores.NURSE.initials());
    }
}
