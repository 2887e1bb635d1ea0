package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
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
class SettingsRepositoryTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;
    StoreFixture store;
    SettingsRepository settings;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        settings = new SettingsRepository(store.database, store.auditLog);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    private void reopen() throws Exception {
        store.close();
        store = new StoreFixture(dir, kind);
        settings = new SettingsRepository(store.database, store.auditLog);
    }

    @Test
    void aNewDatabaseHasTheDefaults() {
        assertEquals("", settings.get(SettingKey.CLINIC_NAME));
        assertEquals(PaperSize.A4, settings.get(SettingKey.PAPER_SIZE));
        assertEquals(LabLimits.defaults(), settings.labLimits());
        assertEquals(ClinicSettings.defaults(), settings.load());
    }

    @Test
    void typedValuesRoundTrip() throws Exception {
        settings.put(SettingKey.CLINIC_NAME, "North Clinic — Zoë's 🙂", NURSE);
        settings.put(SettingKey.CLINIC_ADDRESS, "1 High St\nTown", NURSE);
        settings.put(SettingKey.CLINIC_PHONE, "+44 20 7946 0000", NURSE);
        settings.put(SettingKey.PAPER_SIZE, PaperSize.LETTER, NURSE);
        reopen();
        assertEquals("North Clinic — Zoë's 🙂", settings.get(SettingKey.CLINIC_NAME));
        assertEquals("1 High St\nTown", settings.get(SettingKey.CLINIC_ADDRESS));
        assertEquals("+44 20 7946 0000", settings.get(SettingKey.CLINIC_PHONE));
        assertEquals(PaperSize.LETTER, settings.get(SettingKey.PAPER_SIZE));
    }

    @Test
    void changesAreAuditedAndUnchangedValuesAreNot() {
        settings.put(SettingKey.CLINIC_NAME, "North", NURSE);
        settings.put(SettingKey.CLINIC_NAME, "North", NURSE);
        settings.put(SettingKey.PAPER_SIZE, PaperSize.A4, NURSE);
        List<AuditEntry> log = store.auditLog.list(AuditFilter.forAction(AuditAction.SETTING_CHANGED), 10);
        assertEquals(1, log.size());
        assertEquals("clinic.name: \"\" -> \"North\"", log.get(0).detail());
    }

    @Test
    void labLimitsRoundTripWithDefaultsForTheRest() throws Exception {
        LabLimits changed = LabLimits.defaults().with(LabLimitKey.PLATELETS_LOWER, 140).with(LabLimitKey.B12_LOWER, 200);
        settings.saveLabLimits(changed, NURSE);
        reopen();
        LabLimits loaded = settings.labLimits();
        assertEquals(changed, loaded);
        assertEquals(140, loaded.value(LabLimitKey.PLATELETS_LOWER));
        assertEquals(LabLimitKey.MCV_UPPER.defaultValue(), loaded.value(LabLimitKey.MCV_UPPER));
        assertEquals(List.of("lab_limit.b12_lower", "lab_limit.platelets_lower"), storedKeys(),
                "only the limits that differ from their default are stored");
    }

    @Test
    void raisedAndLoweredPlateletLimitsLoadBackWhateverTheirOrder() throws Exception {
        // each set, applied one value at a time from the defaults in a fixed order, would pass through an
        // invalid ordering; loading must still succeed
        LabLimits raised = LabLimits.defaults().with(LabLimitKey.PLATELETS_LOWER, 300)
                .with(LabLimitKey.PLATELETS_VERY_LOW, 200).with(LabLimitKey.PLATELETS_SEVERE, 160);
        settings.saveLabLimits(raised, NURSE);
        reopen();
        assertEquals(raised, settings.labLimits());

        LabLimits lowered = LabLimits.defaults().with(LabLimitKey.PLATELETS_SEVERE, 5)
                .with(LabLimitKey.PLATELETS_VERY_LOW, 10).with(LabLimitKey.PLATELETS_LOWER, 20);
        settings.saveLabLimits(lowered, NURSE);
        reopen();
        assertEquals(lowered, settings.labLimits());
    }

    @Test
    void aLimitSetBackToItsDefaultIsNoLongerStored() {
        settings.saveLabLimits(LabLimits.defaults().with(LabLimitKey.FOLATE_LOWER, 4), NURSE);
        settings.saveLabLimits(LabLimits.defaults(), NURSE);
        assertEquals(List.of(), storedKeys());
        assertEquals(LabLimits.defaults(), settings.labLimits());
        List<AuditEntry> log = store.auditLog.list(AuditFilter.forAction(AuditAction.SETTING_CHANGED), 10);
        assertEquals(2, log.size());
        assertEquals("lab_limit.folate_lower: \"4\" -> \"3 (the default)\"", log.get(0).detail());
    }

    @Test
    void badStoredLimitsAreReportedNotGuessed() {
        store.database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)")) {
                s.setString(1, "lab_limit.platelets_severe");
                s.setString(2, "400");
                return s.executeUpdate();
            }
        });
        StoreException e = assertThrows(StoreException.class, () -> settings.labLimits());
        assertTrue(e.getMessage().contains("Platelet limits must be ordered"), e.getMessage());
    }

    @Test
    void wholeSettingsSaveAndLoadTogether() throws Exception {
        ClinicSettings s = new ClinicSettings("North", "1 High St", "0123", PaperSize.LETTER,
                LabLimits.defaults().with(LabLimitKey.HEMOGLOBIN_FEMALE_LOWER, 11.5));
        settings.save(s, NURSE);
        reopen();
        assertEquals(s, settings.load());
    }

    private List<String> storedKeys() {
        return store.database.read(c -> {
            List<String> keys = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT key FROM settings WHERE key LIKE 'lab_limit.%' ORDER BY key")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }
}
