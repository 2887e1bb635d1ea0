package com.b12consult.store;

import static com.b12consult.store.StoreFixture.DOCTOR;
import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class AuditLogTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @Test
    void entriesComeBackNewestFirstWithEverythingRecorded() {
        AuditEntry first = store.auditLog.append(NURSE, AuditAction.INJECTION_RECORDED, OptionalLong.of(7), "1000 ug");
        store.clock.advance(Duration.ofSeconds(1));
        AuditEntry second = store.auditLog.append(DOCTOR, AuditAction.SETTING_CHANGED, OptionalLong.empty(),
                "clinic.name: \"\" -> \"North\"");
        assertEquals(List.of(second, first), store.auditLog.list(AuditFilter.all(), 10));
        assertEquals(List.of(second), store.auditLog.list(AuditFilter.all(), 1));
        assertEquals(store.clock.instant(), second.at());
    }

    @Test
    void filtersByPatientAndAction() {
        AuditEntry a = store.auditLog.append(NURSE, AuditAction.INJECTION_RECORDED, OptionalLong.of(1), "");
        AuditEntry b = store.auditLog.append(NURSE, AuditAction.HEADACHE_RECORDED, OptionalLong.of(1), "");
        AuditEntry c = store.auditLog.append(NURSE, AuditAction.INJECTION_RECORDED, OptionalLong.of(2), "");
        store.auditLog.append(NURSE, AuditAction.SETTING_CHANGED, OptionalLong.empty(), "");

        assertEquals(List.of(b, a), store.auditLog.list(AuditFilter.forPatient(1), 10));
        assertEquals(List.of(c, a), store.auditLog.list(AuditFilter.forAction(AuditAction.INJECTION_RECORDED), 10));
        assertEquals(List.of(c), store.auditLog.list(AuditFilter.forPatient(2).withAction(AuditAction.INJECTION_RECORDED), 10));
        assertEquals(List.of(), store.auditLog.list(AuditFilter.forAction(AuditAction.HANDOUT_GIVEN), 10));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteEntries() {
        AuditEntry entry = store.auditLog.append(NURSE, AuditAction.PATIENT_CREATED, OptionalLong.of(1), "P-1");
        StoreException update = assertThrows(StoreException.class, () -> store.database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("UPDATE audit_log SET initials = 'XX'");
            }
        }));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        StoreException delete = assertThrows(StoreException.class, () -> store.database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM audit_log");
            }
        }));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertEquals(List.of(entry), store.auditLog.list(AuditFilter.all(), 10));
    }
}
