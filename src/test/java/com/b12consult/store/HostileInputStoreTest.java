package com.b12consult.store;

import static com.b12consult.store.StoreFixture.NURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.testing.HostileNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile text stores and reads back exactly, and no text in a field ever runs as SQL. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class HostileInputStoreTest {
    @Parameter
    StoreKind kind;

    static final List<String> NAMES = HostileNames.ALL;

    @TempDir
    Path dir;
    StoreFixture store;
    PatientRepository patients;
    SettingsRepository settings;

    @BeforeEach
    void open() throws Exception {
        store = new StoreFixture(dir, kind);
        patients = new PatientRepository(store.database, store.auditLog);
        settings = new SettingsRepository(store.database, store.auditLog);
    }

    @AfterEach
    void close() {
        if (store != null) { // null where the server half was skipped
            store.close();
        }
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void aNameIdentifierAndAllergyTextComeBackExactly(String text) {
        String identifier = text.length() > 200 ? text.substring(0, 200) : text;
        Patient saved = patients.create(Patient.unsaved(text, identifier, Optional.empty(), Sex.UNKNOWN,
                KnownAllergies.listed(text)), NURSE);
        Patient read = patients.findById(saved.id()).orElseThrow();
        assertEquals(text, read.name());
        assertEquals(identifier, read.identifier());
        assertEquals(KnownAllergies.listed(text), read.knownAllergies());
        assertEquals(List.of(read), patients.search(text.substring(0, Math.min(12, text.length()))));
        assertEquals(Optional.of(read), patients.findByIdentifier(identifier));
        // the patients table is still there, with the patient in it
        assertEquals(1, patients.listAll().size());
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void aSettingHoldsHostileTextExactly(String text) {
        settings.put(SettingKey.CLINIC_NAME, text, NURSE);
        assertEquals(text, settings.get(SettingKey.CLINIC_NAME));
    }

    @Test
    void aStoredSettingThatIsGarbageIsRefusedNamingTheSettingAndWhatIsAccepted() {
        // PostgreSQL's text cannot hold U+0000 at all, so on the server no such garbage can be stored to be read
        String controls = kind == StoreKind.SQLITE ? "\u0000\u0001\u00ff" : "\u0001\u00ff";
        for (String garbage : List.of(controls, "", "12.5", "9".repeat(5000), "[1,2]", "true")) {
            store.database.inTransaction(c -> {
                try (var s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    s.setString(1, SettingKey.BACKUPS_KEPT.name());
                    s.setString(2, garbage);
                    s.executeUpdate();
                }
                return null;
            });
            StoreException e = assertThrows(StoreException.class, () -> settings.get(SettingKey.BACKUPS_KEPT));
            assertTrue(e.getMessage().contains("backup.keep") && e.getMessage().contains("from 1 to 365")
                    && e.getMessage().contains("Settings"), e.getMessage());
        }
        store.database.inTransaction(c -> {
            try (var s = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                s.setString(1, SettingKey.PAPER_SIZE.name());
                s.setString(2, "{\"paper\": 4}");
                s.executeUpdate();
            }
            return null;
        });
        StoreException e = assertThrows(StoreException.class, () -> settings.get(SettingKey.PAPER_SIZE));
        assertTrue(e.getMessage().contains("paper"), e.getMessage());
    }
}
