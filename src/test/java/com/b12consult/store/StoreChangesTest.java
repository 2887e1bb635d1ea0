package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two windows on one store (two {@link Database} instances: two connections to one file, or two pools on one
 * server database): a save in one moves the change counter the other reads; reading moves nothing; a window is
 * not told of its own saves; and the looking stops with the database.
 */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class StoreChangesTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture here;
    StoreFixture otherRoom;

    @BeforeEach
    void open() throws Exception {
        here = new StoreFixture(dir, kind);
        otherRoom = new StoreFixture(dir, kind);
    }

    @AfterEach
    void close() {
        if (otherRoom != null) { // null where the server half was skipped
            otherRoom.close();
        }
        if (here != null) {
            here.close();
        }
    }

    private static Patient add(StoreFixture store, String name, String identifier) {
        return new PatientRepository(store.database, store.auditLog).create(Patient.unsaved(name, identifier,
                Optional.of(LocalDate.parse("1950-01-20")), Sex.FEMALE, KnownAllergies.NOT_RECORDED), NURSE);
    }

    @Test
    void aSaveInAnotherWindowMovesTheCounterAndAReadDoesNot() {
        long before = here.database.changeMark().counter();
        add(otherRoom, "Ada Lovelace", "P-0001");
        long afterSave = here.database.changeMark().counter();
        assertEquals(before + 1, afterSave, "one saving transaction, one step");

        PatientRepository patients = new PatientRepository(otherRoom.database, otherRoom.auditLog);
        patients.listAll();
        patients.search("Ada");
        otherRoom.auditLog.list(AuditFilter.all(), 10);
        assertEquals(afterSave, here.database.changeMark().counter(), "reading saves nothing");
    }

    @Test
    void aSaveThatFailsLeavesTheCounterWhereItWas() {
        add(otherRoom, "Ada Lovelace", "P-0001");
        long before = here.database.changeMark().counter();
        assertThrows(DuplicatePatientIdentifierException.class, () -> add(otherRoom, "Ada Again", "P-0001"));
        assertEquals(before, here.database.changeMark().counter(), "rolled back with the save");
    }

    @Test
    void theListenersHearOfAnotherWindowsSavesNotOfTheirOwn() {
        StoreChanges changes = new StoreChanges(here.database);
        AtomicInteger told = new AtomicInteger();
        changes.addListener(told::incrementAndGet);

        assertFalse(changes.look(), "nothing saved yet");
        add(here, "Grace Hopper", "P-0042");
        assertFalse(changes.look(), "this window's own save: its screens read it already");
        assertEquals(0, told.get());

        add(otherRoom, "Ada Lovelace", "P-0001");
        assertTrue(changes.look());
        assertEquals(1, told.get());
        assertFalse(changes.look(), "told once per change");

        add(here, "Mary Seacole", "P-0003");
        add(otherRoom, "Florence Nightingale", "P-0004");
        assertTrue(changes.look(), "another window's save among this window's own is still seen");
        assertEquals(2, told.get());
        changes.close();
    }

    @Test
    void aSaveBeforeTheFirstLookIsReportedAtIt() {
        StoreChanges changes = new StoreChanges(here.database);
        add(otherRoom, "Ada Lovelace", "P-0001");
        assertTrue(changes.look(), "the screens were built before it, so they must hear of it");
        changes.close();
    }

    @Test
    void theScheduleDrivesTheLooksAndStopsWithTheDatabase() {
        ManualSchedule schedule = new ManualSchedule();
        StoreChanges changes = new StoreChanges(here.database);
        AtomicInteger told = new AtomicInteger();
        changes.addListener(told::incrementAndGet);
        changes.addListener(() -> {
            throw new IllegalStateException("a screen's failure");
        });
        changes.start(schedule, StoreChanges.EVERY);
        assertEquals(List.of(StoreChanges.EVERY), schedule.every);

        schedule.tick();
        assertEquals(0, told.get());
        add(otherRoom, "Ada Lovelace", "P-0001");
        schedule.tick(); // the second listener throws: the schedule's look swallows it, the next one still comes
        assertEquals(1, told.get());
        add(otherRoom, "Grace Hopper", "P-0042");
        schedule.tick();
        assertEquals(2, told.get());

        here.database.close();
        schedule.tick();
        assertTrue(schedule.stopped, "no looking at a closed database");
        assertFalse(changes.look());
        assertThrows(IllegalStateException.class, () -> changes.start(schedule, StoreChanges.EVERY));
    }

    @Test
    void closedItTellsNoOneAnyMore() {
        ManualSchedule schedule = new ManualSchedule();
        StoreChanges changes = new StoreChanges(here.database);
        AtomicInteger told = new AtomicInteger();
        changes.addListener(told::incrementAndGet);
        changes.start(schedule, Duration.ofMillis(500));
        changes.close();
        assertTrue(schedule.stopped);
        add(otherRoom, "Ada Lovelace", "P-0001");
        schedule.tick();
        assertFalse(changes.look());
        assertEquals(0, told.get());
    }

    /** Runs the look when the test says, on the test's thread. */
    private static final class ManualSchedule implements StoreChanges.Schedule {
        final List<Duration> every = new ArrayList<>();
        private final List<Runnable> looks = new ArrayList<>();
        boolean stopped;

        @Override
        public AutoCloseable repeat(Runnable look, Duration every) {
            this.every.add(every);
            looks.add(look);
            return () -> stopped = true;
        }

        void tick() {
            looks.forEach(Runnable::run);
        }
    }
}
