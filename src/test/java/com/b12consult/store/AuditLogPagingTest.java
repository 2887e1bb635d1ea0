package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit log read a page at a time through every filter, on a log of 100,000 entries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class AuditLogPagingTest {
    @Parameter
    StoreKind kind;

    private static final int ENTRIES = 100_000;

    @TempDir
    static Path dir;
    StoreFixture store;

    @BeforeAll
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        // Patients 1..50 in turn, a doctor's entry every tenth, one minute apart from 09:00 on 21 Nov 2026.
        store.database.inTransaction(c -> {
            for (int i = 0; i < ENTRIES; i++) {
                store.auditLog.append(i % 10 == 0 ? DOCTOR : NURSE,
                        i % 3 == 0 ? AuditAction.INJECTION_RECORDED : AuditAction.ASSESSMENT_SAVED,
                        OptionalLong.of(1 + i % 50), "entry " + i);
                store.clock.advance(Duration.ofMinutes(1));
            }
            return null;
        });
    }

    @AfterAll
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void pagingWalksTheWholeLogNewestFirstWithNoEntryTwiceOrMissed() {
        List<AuditEntry> all = new ArrayList<>();
        OptionalLong before = OptionalLong.empty();
        while (true) {
            List<AuditEntry> page = store.auditLog.page(AuditFilter.all(), before, 5000);
            if (page.isEmpty()) {
                break;
            }
            all.addAll(page);
            before = OptionalLong.of(page.get(page.size() - 1).id());
        }
        assertEquals(ENTRIES, all.size());
        assertEquals("entry " + (ENTRIES - 1), all.get(0).detail());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).id() < all.get(i - 1).id());
        }
        assertEquals(ENTRIES, store.auditLog.count(AuditFilter.all()));
    }

    @Test
    void everyFilterNarrowsAndTheyCombine() {
        AuditFilter patient7 = AuditFilter.forPatient(7);
        assertEquals(ENTRIES / 50, store.auditLog.count(patient7));
        assertEquals(ENTRIES / 10, store.auditLog.count(AuditFilter.all().withUser("js")), "initials, any case");
        assertEquals(ENTRIES / 10, store.auditLog.count(AuditFilter.all().withUser("DRSMITH")), "or the OS user");
        // the first hour: entries 0..59
        Instant start = Instant.parse("2026-11-21T09:00:00Z");
        AuditFilter firstHour = AuditFilter.all().between(Optional.of(start), Optional.of(start.plus(Duration.ofHours(1))));
        assertEquals(60, store.auditLog.count(firstHour));
        // entries 0..59 of patient 7: i = 6 and 56; of those, i = 6 is an injection (6 % 3 == 0)
        List<AuditEntry> narrow = store.auditLog.list(firstHour.withPatient(7).withAction(AuditAction.INJECTION_RECORDED), 10);
        assertEquals(List.of("entry 6"), narrow.stream().map(AuditEntry::detail).toList());
        assertEquals(List.of(), store.auditLog.list(firstHour.withPatient(7).withUser("nobody"), 10));
    }
}
