package com.b12consult.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.ClinicSettings;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.store.SettingKey;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClinicDetailsViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private ClinicDetailsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        model = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<AuditEntry> settingChanges() {
        return new AuditLog(db.database, TestDatabase.CLOCK).list(AuditFilter.forAction(AuditAction.SETTING_CHANGED), 10);
    }

    @Test
    void aFreshDatabaseAsksAndAValidNameAndPhoneAreStoredAuditedAndNotAskedAgain() {
        assertTrue(ClinicDetailsViewModel.needed(db.settings));
        assertEquals("", model.nameProperty().get());

        model.nameProperty().set("  Riverside Health Centre ");
        model.phoneProperty().set("+44 (0)1632 960-123");
        assertTrue(model.save());

        assertEquals(ClinicDetailsViewModel.Outcome.SAVED, model.outcomeProperty().get());
        assertEquals("", model.nameProblemProperty().get());
        assertEquals("", model.phoneProblemProperty().get());
        ClinicSettings stored = db.settings.load();
        assertEquals("Riverside Health Centre", stored.clinicName());
        assertEquals("+44 (0)1632 960-123", stored.clinicPhone());
        assertFalse(ClinicDetailsViewModel.needed(db.settings), "not asked again once a name is set");

        List<AuditEntry> log = settingChanges();
        assertEquals(2, log.size(), "name and phone, as every setting change is audited");
        assertTrue(log.stream().anyMatch(e -> e.detail().equals("clinic.name: \"\" -> \"Riverside Health Centre\"")),
                log.toString());
        assertTrue(log.stream().anyMatch(e -> e.detail().equals("clinic.phone: \"\" -> \"+44 (0)1632 960-123\"")),
                log.toString());
        assertTrue(log.stream().allMatch(e -> e.actor().equals(TestDatabase.NURSE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01632 CALL NOW", "0800-FLOWERS", "ext 23 01632", "01632 960 123 x4"})
    void aPhoneWithLettersIsRefusedAtItsFieldNamingWhatIsAcceptedAndKept(String typed) {
        model.nameProperty().set("Riverside Health Centre");
        model.phoneProperty().set(typed);

        assertFalse(model.save());

        String problem = model.phoneProblemProperty().get();
        assertTrue(problem.startsWith("Phone takes only digits, spaces and the signs + ( ) - . /"), problem);
        assertTrue(problem.contains("\"" + typed + "\" has letters"), problem);
        assertEquals("", model.nameProblemProperty().get(), "the name was right");
        assertEquals(typed, model.phoneProperty().get(), "what was typed stays");
        assertEquals("Riverside Health Centre", model.nameProperty().get(), "what was typed stays");
        assertNull(model.outcomeProperty().get(), "the form stays open");
        assertTrue(ClinicDetailsViewModel.needed(db.settings), "nothing stored");
        assertEquals(List.of(), settingChanges());
    }

    @Test
    void otherWrongPhonesAndAMissingNameSayWhichFieldAndWhy() {
        model.phoneProperty().set("12");
        assertFalse(model.save());
        assertTrue(model.nameProblemProperty().get().startsWith("Clinic name is required"),
                model.nameProblemProperty().get());
        assertTrue(model.phoneProblemProperty().get().startsWith("Phone needs at least 3 digits"),
                model.phoneProblemProperty().get());

        model.phoneProperty().set("01632 960 123 #2");
        assertEquals("", model.phoneProblemProperty().get(), "typing again clears the phone's message");
        assertFalse(model.nameProblemProperty().get().isEmpty(), "the name's message stays until the name changes");
        assertFalse(model.save());
        assertTrue(model.phoneProblemProperty().get().contains("has other characters (#)"),
                model.phoneProblemProperty().get());

        model.nameProperty().set("x".repeat(101));
        model.phoneProperty().set("");
        assertFalse(model.save());
        assertTrue(model.nameProblemProperty().get().startsWith("Clinic name is at most 100 characters"),
                model.nameProblemProperty().get());
        assertTrue(model.phoneProblemProperty().get().startsWith("Phone is required"),
                model.phoneProblemProperty().get());
        assertEquals(List.of(), settingChanges());
    }

    @Test
    void laterStoresNothingAndTheNextStartAsksAgainWithWhatSettingsHolds() {
        model.nameProperty().set("Riverside");
        model.phoneProperty().set("01632 960 123");
        model.later();

        assertEquals(ClinicDetailsViewModel.Outcome.LATER, model.outcomeProperty().get());
        assertEquals("", db.settings.get(SettingKey.CLINIC_NAME));
        assertEquals(List.of(), settingChanges());
        assertTrue(ClinicDetailsViewModel.needed(db.settings), "asked again at the next start");

        // a phone set in Settings with no name: the next start asks, showing the phone already set
        db.settings.put(SettingKey.CLINIC_PHONE, "01632 960 999", TestDatabase.NURSE);
        ClinicDetailsViewModel next = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
        assertTrue(ClinicDetailsViewModel.needed(db.settings));
        assertEquals("01632 960 999", next.phoneProperty().get());
        assertNull(next.outcomeProperty().get());
    }

    @Test
    void whatIsStoredIsReadOffTheScreensThreadAndSaveWaitsUntilItIs() {
        db.settings.put(SettingKey.CLINIC_PHONE, "01632 960 999", TestDatabase.NURSE);
        ManualTaskRunner tasks = new ManualTaskRunner();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        ClinicDetailsViewModel held = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE, tasks);
        assertEquals(0, calls.get(), "nothing is read until the task runs");
        assertTrue(held.loadingProperty().get());
        held.nameProperty().set("Riverside Health Centre");
        assertFalse(held.save(), "Save waits for what is stored");

        tasks.runAll();
        assertTrue(calls.get() > 0);
        assertFalse(held.loadingProperty().get());
        assertEquals("01632 960 999", held.phoneProperty().get());
    }

    @Test
    void aSaveReachesTheStoreOnlyWhenItsTaskRunsAndTheFormClosesThen() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ClinicDetailsViewModel held = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE, tasks);
        tasks.runAll();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        held.nameProperty().set("Riverside Health Centre");
        held.phoneProperty().set("01632 960 123");
        assertTrue(held.save());
        assertEquals(0, calls.get(), "nothing reaches the store until the task runs");
        assertTrue(held.savingProperty().get());
        assertNull(held.outcomeProperty().get(), "the form stays open while it saves");
        assertFalse(held.save(), "one save at a time");

        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(held.savingProperty().get());
        assertEquals(ClinicDetailsViewModel.Outcome.SAVED, held.outcomeProperty().get());
        assertEquals("Riverside Health Centre", db.settings.load().clinicName());
    }

    @Test
    void aSaveThatFailsKeepsWhatWasTypedAndSaysTheNameAndPhoneWereNotSaved() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        ClinicDetailsViewModel held = new ClinicDetailsViewModel(db.settings, TestDatabase.NURSE, tasks);
        tasks.runAll();
        held.nameProperty().set("Riverside Health Centre");
        held.phoneProperty().set("01632 960 123");
        assertTrue(held.save());
        db.database.watchCalls(() -> {
            throw new StoreException("The database is locked by another program.");
        });
        tasks.runAll();
        db.database.watchCalls(null);

        assertFalse(held.savingProperty().get());
        assertEquals("Nothing was saved (the clinic's name and phone are kept as typed): The database is locked by"
                + " another program.", held.failureProperty().get());
        assertEquals("Riverside Health Centre", held.nameProperty().get(), "what was typed stays");
        assertEquals("01632 960 123", held.phoneProperty().get(), "what was typed stays");
        assertNull(held.outcomeProperty().get(), "the form stays open");
        assertTrue(ClinicDetailsViewModel.needed(db.settings), "nothing stored");
        assertEquals(List.of(), settingChanges());
    }
}
