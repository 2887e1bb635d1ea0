package com.b12consult.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditLog;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private AuditLog log;
    private Patient ada;
    private AuditLogViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        // 449 more entries on 22 Nov by another user: 450 in all, three pages
        log = new AuditLog(db.database, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        db.database.inTransaction(c -> {
            for (int i = 0; i < 449; i++) {
                log.append(new Actor("mreyes", "MR"), AuditAction.INJECTION_RECORDED, OptionalLong.of(99), "dose " + i);
            }
            return null;
        });
        model = new AuditLogViewModel(log, db.patients, ZoneOffset.UTC, InlineTaskRunner.INSTANCE);
        model.apply();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pagesWalkTheLogNewestFirst() {
        assertEquals("Entries 1–200 of 450, newest first", model.summaryProperty().get());
        assertEquals("dose 448", model.rows().get(0).detail());
        assertFalse(model.hasNewerProperty().get());
        model.olderPage();
        model.olderPage();
        assertEquals("Entries 401–450 of 450, newest first", model.summaryProperty().get());
        assertFalse(model.hasOlderProperty().get());
        assertEquals("Patient created", model.rows().get(49).action());
        assertEquals("AB (nurse)", model.rows().get(49).who());
        assertEquals("P-0001", model.rows().get(49).patient());
        assertEquals("#99 (deleted)", model.rows().get(0).patient(), "a patient no longer there keeps its number");
        model.newerPage();
        assertEquals("Entries 201–400 of 450, newest first", model.summaryProperty().get());
    }

    @Test
    void filtersByPatientIdentifierUserActionAndDays() {
        model.patientProperty().set("p-0001");
        assertTrue(model.apply());
        assertEquals(1, model.rows().size());
        model.clearFilters();
        model.patientProperty().set("#99");
        model.userProperty().set("mr");
        model.fromProperty().set("2026-11-22");
        model.untilProperty().set("2026-11-22");
        assertTrue(model.apply());
        assertEquals("Entries 1–200 of 449, newest first", model.summaryProperty().get());
        model.untilProperty().set("2026-11-21");
        model.fromProperty().set("");
        assertTrue(model.apply());
        assertEquals("No entries match.", model.summaryProperty().get());
        model.clearFilters();
        model.actionProperty().set(AuditAction.PATIENT_CREATED);
        assertTrue(model.apply());
        assertEquals(1, model.rows().size());
    }

    @Test
    void filtersThatCannotBeReadAreRefusedAtTheirFieldAndTheListStays() {
        model.patientProperty().set("P-9999");
        model.fromProperty().set("22/11/2026");
        model.untilProperty().set("2026-11-20");
        assertFalse(model.apply());
        assertTrue(model.patientMessage().get().contains("P-9999"), model.patientMessage().get());
        assertTrue(model.fromMessage().get().contains("YYYY-MM-DD"), model.fromMessage().get());
        assertEquals("22/11/2026", model.fromProperty().get(), "what was typed stays");
        assertEquals(200, model.rows().size(), "the list is as it was");

        model.patientProperty().set("");
        model.fromProperty().set("2026-11-22");
        assertFalse(model.apply());
        assertTrue(model.untilMessage().get().contains("before"), model.untilMessage().get());
    }

    /** A screen whose reads wait for the test: the store is called only when the test runs them. */
    private AuditLogViewModel held(ManualTaskRunner tasks) {
        return new AuditLogViewModel(log, db.patients, ZoneOffset.UTC, tasks);
    }

    @Test
    void nothingIsReadUntilTheTaskRunsAndTheScreenSaysItIsReadingMeanwhile() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        AuditLogViewModel screen = held(tasks);
        screen.patientProperty().set("P-0001");
        assertTrue(screen.apply());
        assertEquals(0, calls.get(), "the patient, the page and its count are read in the task, not at apply");
        assertTrue(screen.loadingProperty().get());
        assertEquals(0, screen.rows().size());
        assertFalse(screen.hasOlderProperty().get());

        tasks.runAll();
        assertTrue(calls.get() > 0);
        assertFalse(screen.loadingProperty().get());
        assertEquals(1, screen.rows().size());
        assertEquals("P-0001", screen.rows().get(0).patient());
        assertEquals("Entries 1–1 of 1, newest first", screen.summaryProperty().get());
    }

    @Test
    void aReadThatComesBackAfterANewerRequestBeganIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        AuditLogViewModel screen = held(tasks);
        screen.patientProperty().set("P-0001");
        assertTrue(screen.apply());
        screen.patientProperty().set("");
        screen.userProperty().set("mr");
        assertTrue(screen.apply());
        assertEquals(2, tasks.pendingCount());
        // the newer read comes back first; the older one, coming after, must not replace it
        tasks.runAllNewestFirst();
        assertFalse(screen.loadingProperty().get());
        assertEquals("Entries 1–200 of 449, newest first", screen.summaryProperty().get());
        assertTrue(screen.rows().stream().allMatch(r -> r.who().startsWith("MR")));

        // in the order handed over too: the older one is dropped, the newer one shown
        screen.userProperty().set("");
        screen.patientProperty().set("P-0001");
        assertTrue(screen.apply());
        screen.clearFilters();
        assertTrue(screen.loadingProperty().get());
        tasks.runAll();
        assertEquals("Entries 1–200 of 450, newest first", screen.summaryProperty().get());
    }

    @Test
    void pagesWaitWhileAReadRunsAndAPageAskedForWhileAFilterIsReadIsNotMixedWithIt() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        AuditLogViewModel screen = held(tasks);
        screen.apply();
        tasks.runAll();
        assertTrue(screen.hasOlderProperty().get());
        screen.olderPage();
        assertTrue(screen.loadingProperty().get());
        screen.olderPage();
        assertEquals(1, tasks.pendingCount(), "the next page is not known while the first older one is read");
        tasks.runAll();
        assertEquals("Entries 201–400 of 450, newest first", screen.summaryProperty().get());
        assertTrue(screen.hasNewerProperty().get());

        // the older page read, then a filter applied before it came back: the filter's first page wins
        screen.olderPage();
        screen.actionProperty().set(AuditAction.PATIENT_CREATED);
        screen.apply();
        tasks.runAllNewestFirst();
        assertEquals("Entries 1–1 of 1, newest first", screen.summaryProperty().get());
        assertFalse(screen.hasNewerProperty().get());
        assertEquals("Patient created", screen.rows().get(0).action());
    }

    @Test
    void aPatientNoOneHasIsSaidAtItsFieldOnceLookedUpAndTheListStays() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        AuditLogViewModel screen = held(tasks);
        screen.apply();
        tasks.runAll();
        screen.patientProperty().set("P-9999");
        assertTrue(screen.apply(), "the patient is looked up off the screen's thread");
        assertEquals("", screen.patientMessage().get());
        tasks.runAll();
        assertFalse(screen.loadingProperty().get());
        assertTrue(screen.patientMessage().get().contains("P-9999"), screen.patientMessage().get());
        assertEquals("P-9999", screen.patientProperty().get(), "what was typed stays");
        assertEquals(200, screen.rows().size(), "the list is as it was");
        assertEquals("Entries 1–200 of 450, newest first", screen.summaryProperty().get());
    }

    @Test
    void aReadThatFailsSaysWhyAndKeepsTheRowsShown() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        AuditLogViewModel screen = held(tasks);
        screen.apply();
        tasks.runAll();
        db.database.watchCalls(() -> {
            throw new StoreException("The database file cannot be read: disk I/O error.");
        });
        screen.userProperty().set("mr");
        screen.apply();
        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(screen.loadingProperty().get());
        assertEquals("The audit log could not be read: The database file cannot be read: disk I/O error.",
                screen.readProblemProperty().get());
        assertEquals(200, screen.rows().size());
        assertEquals("Entries 1–200 of 450, newest first", screen.summaryProperty().get());
        assertEquals("mr", screen.userProperty().get(), "what was typed stays");

        screen.apply();
        tasks.runAll();
        assertEquals("", screen.readProblemProperty().get(), "read again: the problem is gone");
        assertEquals("Entries 1–200 of 449, newest first", screen.summaryProperty().get());
    }
}
