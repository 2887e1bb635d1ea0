package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.HeadacheEntry;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import com.b12consult.domain.SymptomCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A stand-in for a clinic workstation, run in its own JVM by the crash and two-window tests: it saves
 * assessments, doses and diary entries for one patient in turn and prints a line after each save that
 * returned, which is the promise the tests hold the file to.
 * <p>
 * Arguments: database file (or a clinic server's {@code postgresql://user@host:port/db?sslmode=disable}, the
 * password in {@code B12_DB_PASSWORD}), patient id, marker start, number of saves (0 = until killed, negative = only
 * open and close the file), and optionally
 * a file to wait for before the first save, so several instances can start together ({@code -}: a line on the
 * standard input instead, and no breath between saves). Each record
 * carries its marker (an assessment in its JSON, a dose or diary entry in its time, to the second), so
 * the tests can pair a record with its audit entry.
 */
public final class SavingLoop {
    static final LocalDateTime FIRST_MOMENT = LocalDateTime.of(2020, 1, 1, 8, 0, 0);
    static final String SHA = "a".repeat(64);
    private static final Actor NURSE = new Actor("nurse", "AB");

    /** As the start signal: wait for a line on the standard input ({@link SavingWorkstation#go}) instead of a file. */
    static final String GO_ON_INPUT = "-";

    private SavingLoop() {
    }

    private static void awaitGo() {
        try {
            System.in.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> startSignal = args.length > 4 ? Optional.of(Path.of(args[4])) : Optional.empty();
        run(SavingWorkstation.location(args[0]), Long.parseLong(args[1]), Long.parseLong(args[2]),
                Long.parseLong(args[3]), startSignal, line -> {
                    System.out.println(line);
                    System.out.flush();
                });
    }

    static void run(Path file, long patientId, long marker, long saves, Optional<Path> startSignal,
                    Consumer<String> report) throws DatabaseOpenException, InterruptedException {
        run(new StoreLocation.SqliteFile(file), patientId, marker, saves, startSignal, report);
    }

    /**
     * Saves in turn, telling {@code report} "ready" once the database (a file, or the clinic server's) is open and
     * a line after each save returned.
     */
    static void run(StoreLocation location, long patientId, long marker, long saves, Optional<Path> startSignal,
                    Consumer<String> report) throws DatabaseOpenException, InterruptedException {
        try (Database database = Database.open(location)) {
            AuditLog auditLog = new AuditLog(database, Clock.systemUTC());
            AssessmentRepository assessments = new AssessmentRepository(database, auditLog);
            InjectionRepository injections = new InjectionRepository(database, auditLog);
            HeadacheRepository headaches = new HeadacheRepository(database, auditLog);
            report.accept("ready");
            boolean fromInput = startSignal.isPresent() && startSignal.get().toString().equals(GO_ON_INPUT);
            if (fromInput) {
                awaitGo();
                startSignal = Optional.empty();
            }
            while (startSignal.isPresent() && !Files.exists(startSignal.get())) {
                Thread.sleep(2);
            }
            for (long done = 0; saves == 0 || done < saves; done++, marker++) {
                // A negative count ends the loop at once: the file is only opened.
                LocalDateTime moment = FIRST_MOMENT.plusSeconds(marker);
                String line = switch ((int) (marker % 3)) {
                    case 0 -> "saved assessment " + assessments.save(patientId, AssessmentContext.CONSULTATION,
                            "{\"marker\":" + marker + ",\"padding\":\"" + "x".repeat(2000) + "\"}",
                            "{\"marker\":" + marker + ",\"findings\":[]}", "2026.11.1", SHA, NURSE).id();
                    case 1 -> "saved dose " + injections.record(patientId, new Injection(moment,
                            Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of()), NURSE).id();
                    default -> "saved headache " + headaches.record(patientId,
                            new HeadacheEntry(moment, 4, HeadacheType.TENSION, List.<SymptomCode>of()), NURSE).id();
                };
                report.accept(line);
                if (startSignal.isPresent()) {
                    // Windows that share the file save with a breath between saves, as people at workstations
                    // do; back to back, SQLite's unfair busy handler lets one writer run to the end alone.
                    Thread.sleep(1);
                }
            }
        }
    }
}
