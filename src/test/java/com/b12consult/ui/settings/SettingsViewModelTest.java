package com.b12consult.ui.settings;

import static com.b12consult.domain.LabLimitKey.B12_LOWER;
import static com.b12consult.domain.LabLimitKey.HEMOGLOBIN_FEMALE_LOWER;
import static com.b12consult.domain.LabLimitKey.PLATELETS_LOWER;
import static com.b12consult.domain.LabLimitKey.PLATELETS_SEVERE;
import static com.b12consult.domain.LabLimitKey.PLATELETS_VERY_LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.store.StoreException;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private SettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        model = new SettingsViewModel(db.settings, TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void type(LabLimitKey key, String text) {
        model.labLimit(key).valueProperty().set(text);
    }

    private String message(LabLimitKey key) {
        return model.labLimit(key).message().get();
    }

    @Test
    void showsEveryLimitAtItsCitedDefaultWithTheSource() {
        assertEquals(LabLimitKey.values().length, model.labLimits().size());
        LabLimitField platelets = model.labLimit(PLATELETS_LOWER);
        assertEquals("150", platelets.valueProperty().get());
        assertEquals("Default 150 \u00d710\u2079/L", platelets.defaultText());
        assertEquals(PLATELETS_LOWER.source(), platelets.source());
        assertEquals("12", model.labLimit(HEMOGLOBIN_FEMALE_LOWER).valueProperty().get());
        assertEquals("g/dL", model.labLimit(HEMOGLOBIN_FEMALE_LOWER).unit());
        assertEquals(PaperSize.A4, model.paperSizeProperty().get());
        assertTrue(model.valid().get());
        assertFalse(model.dirty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "-5", "0", "0.0", "1e3", "NaN", "12.5.1"})
    void aLimitThatIsNotAPositiveNumberIsRefusedAtItsField(String typed) {
        type(B12_LOWER, typed);
        assertEquals("Vitamin B12, low below: enter a positive number in pg/mL, such as 180.", message(B12_LOWER));
        assertFalse(model.valid().get());
        assertFalse(model.save());
        assertEquals(LabLimits.defaults(), db.settings.labLimits(), "nothing stored");
        assertEquals(typed, model.labLimit(B12_LOWER).valueProperty().get(), "the typed text stays");
        assertFalse(model.failureProperty().get().isEmpty());
    }

    @Test
    void aDecimalCommaIsReadAsAPoint() {
        type(HEMOGLOBIN_FEMALE_LOWER, "11,5");
        assertEquals("", message(HEMOGLOBIN_FEMALE_LOWER));
        assertTrue(model.save());
        assertEquals(11.5, db.settings.labLimits().value(HEMOGLOBIN_FEMALE_LOWER));
    }

    @Test
    void plateletGradesOutOfOrderAreRefusedAtTheFieldJustEdited() {
        type(PLATELETS_VERY_LOW, "200");

        String message = message(PLATELETS_VERY_LOW);
        assertTrue(message.startsWith("Platelet limits must be ordered"), message);
        assertEquals("", message(PLATELETS_LOWER));
        assertEquals("", message(PLATELETS_SEVERE));
        assertFalse(model.valid().get());
        assertFalse(model.save());
        assertEquals(LabLimits.defaults(), db.settings.labLimits());

        type(PLATELETS_LOWER, "250");
        assertEquals("", message(PLATELETS_VERY_LOW), "in order again");
        assertEquals("", message(PLATELETS_LOWER));
        assertTrue(model.valid().get());
    }

    @Test
    void raisingAllThreePlateletGradesTogetherIsAccepted() {
        // Each of these alone would break the order against the other two defaults.
        type(PLATELETS_SEVERE, "60");
        type(PLATELETS_VERY_LOW, "170");
        type(PLATELETS_LOWER, "200");
        assertTrue(model.valid().get());
        assertTrue(model.save());

        LabLimits stored = db.settings.labLimits();
        assertEquals(60, stored.value(PLATELETS_SEVERE));
        assertEquals(170, stored.value(PLATELETS_VERY_LOW));
        assertEquals(200, stored.value(PLATELETS_LOWER));
    }

    @Test
    void savesTheClinicAndLimitsAndAFreshScreenReadsThemBack() {
        model.clinicNameProperty().set("  Riverside Clinic ");
        model.clinicAddressProperty().set("1 River Road\nRiverton");
        model.clinicPhoneProperty().set("+44 1234 567890");
        model.paperSizeProperty().set(PaperSize.LETTER);
        type(B12_LOWER, "200");
        assertTrue(model.dirty().get());

        assertTrue(model.save());

        assertEquals("Settings saved.", model.outcomeProperty().get());
        assertFalse(model.dirty().get());
        assertEquals(new ClinicSettings("Riverside Clinic", "1 River Road\nRiverton", "+44 1234 567890",
                PaperSize.LETTER, LabLimits.defaults().with(B12_LOWER, 200)), db.settings.load());

        SettingsViewModel again = new SettingsViewModel(db.settings, TestDatabase.NURSE, InlineTaskRunner.INSTANCE);
        assertEquals("Riverside Clinic", again.clinicNameProperty().get());
        assertEquals(PaperSize.LETTER, again.paperSizeProperty().get());
        assertEquals("200", again.labLimit(B12_LOWER).valueProperty().get());
    }

    @Test
    void resetPutsTheLimitsBackToTheirDefaultsButKeepsTheClinic() {
        model.clinicNameProperty().set("Riverside Clinic");
        type(B12_LOWER, "200");
        type(PLATELETS_VERY_LOW, "abc");
        assertFalse(model.save());

        model.resetLabLimitsToDefaults();

        assertEquals("180", model.labLimit(B12_LOWER).valueProperty().get());
        assertEquals("50", model.labLimit(PLATELETS_VERY_LOW).valueProperty().get());
        assertEquals("", message(PLATELETS_VERY_LOW));
        assertEquals("Riverside Clinic", model.clinicNameProperty().get());
        assertTrue(model.save());
        assertEquals(LabLimits.defaults(), db.settings.labLimits());
    }

    @Test
    void reloadDropsUnsavedChanges() {
        model.clinicPhoneProperty().set("555");
        type(B12_LOWER, "x");
        model.reload();
        assertEquals("", model.clinicPhoneProperty().get());
        assertEquals("180", model.labLimit(B12_LOWER).valueProperty().get());
        assertFalse(model.dirty().get());
        assertTrue(model.valid().get());
    }

    @Test
    void theSavedMessageGoesAtTheNextChange() {
        assertTrue(model.save());
        assertEquals("Settings saved.", model.outcomeProperty().get());
        model.clinicNameProperty().set("R");
        assertEquals("", model.outcomeProperty().get());
    }

    @Test
    void aPhoneWithLettersOrANameTooLongIsRefusedAtItsFieldAndKeptButEitherMayBeLeftEmpty() {
        model.clinicNameProperty().set("Riverside Clinic");
        model.clinicPhoneProperty().set("01632 CALL US");
        assertTrue(model.clinicPhoneProblem().get().startsWith("Phone takes only digits"), model.clinicPhoneProblem().get());
        assertEquals("", model.clinicNameProblem().get());

        assertFalse(model.save());
        assertEquals("Nothing was saved: correct the clinic's details marked above first.", model.failureProperty().get());
        assertEquals("01632 CALL US", model.clinicPhoneProperty().get(), "what was typed stays");
        assertEquals("", db.settings.load().clinicName(), "nothing stored");

        model.clinicNameProperty().set("x".repeat(101));
        model.clinicPhoneProperty().set("01632 960 123");
        assertEquals("", model.clinicPhoneProblem().get());
        assertTrue(model.clinicNameProblem().get().startsWith("Clinic name is at most 100"), model.clinicNameProblem().get());
        assertFalse(model.save());

        // a clinic may clear its details on purpose: the handout then says whom to call in words
        model.clinicNameProperty().set("");
        model.clinicPhoneProperty().set("  ");
        assertEquals("", model.clinicNameProblem().get());
        assertEquals("", model.clinicPhoneProblem().get());
        assertTrue(model.save());
    }

    @Test
    void theSettingsAreReadOffTheScreensThreadAndTheFormWaitsUntilTheyAre() {
        db.settings.saveClinicContact("Riverside Clinic", "01632 960 123", TestDatabase.NURSE);
        ManualTaskRunner tasks = new ManualTaskRunner();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        assertEquals(0, calls.get(), "nothing is read until the task runs");
        assertTrue(held.loadingProperty().get());
        assertFalse(held.loadedProperty().get());
        assertFalse(held.save(), "nothing to save before the clinic's own settings are in");
        assertTrue(held.failureProperty().get().startsWith("Nothing was saved: the stored settings have not been read"),
                held.failureProperty().get());
        assertEquals(1, tasks.pendingCount());

        tasks.runAll();
        assertTrue(calls.get() > 0);
        assertFalse(held.loadingProperty().get());
        assertTrue(held.loadedProperty().get());
        assertEquals("Riverside Clinic", held.clinicNameProperty().get());
        assertEquals("", held.failureProperty().get());
        assertFalse(held.dirty().get());
    }

    @Test
    void aSaveReachesTheStoreOnlyWhenItsTaskRunsAndSaveWaitsMeanwhile() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        tasks.runAll();
        AtomicInteger calls = new AtomicInteger();
        db.database.watchCalls(calls::incrementAndGet);
        held.clinicNameProperty().set(" Riverside Clinic ");
        held.labLimit(B12_LOWER).valueProperty().set("200");
        assertTrue(held.save());
        assertEquals(0, calls.get(), "nothing reaches the store until the task runs");
        assertTrue(held.savingProperty().get());
        assertFalse(held.save(), "one save at a time");
        assertEquals(1, tasks.pendingCount());

        tasks.runAll();
        assertFalse(held.savingProperty().get());
        assertEquals("Settings saved.", held.outcomeProperty().get());
        assertEquals("Riverside Clinic", held.clinicNameProperty().get(), "shown as stored");
        assertFalse(held.dirty().get());
        db.database.watchCalls(null);
        assertEquals("Riverside Clinic", db.settings.load().clinicName());
        assertEquals(200, db.settings.labLimits().value(B12_LOWER));
    }

    @Test
    void aSaveThatFailsKeepsEverythingAsTypedAndSaysNothingWasSaved() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        tasks.runAll();
        held.clinicNameProperty().set("Riverside Clinic");
        held.clinicPhoneProperty().set("01632 960 123");
        held.labLimit(B12_LOWER).valueProperty().set("200");
        assertTrue(held.save());
        db.database.watchCalls(() -> {
            throw new StoreException("The database is locked by another program.");
        });
        tasks.runAll();
        db.database.watchCalls(null);

        assertFalse(held.savingProperty().get());
        assertEquals("Nothing was saved (the clinic's details, the paper size and the lab limits are kept as typed):"
                + " The database is locked by another program.", held.failureProperty().get());
        assertEquals("", held.outcomeProperty().get());
        assertEquals("Riverside Clinic", held.clinicNameProperty().get(), "what was typed stays");
        assertEquals("01632 960 123", held.clinicPhoneProperty().get());
        assertEquals("200", held.labLimit(B12_LOWER).valueProperty().get());
        assertTrue(held.dirty().get(), "still to be saved");
        assertEquals("", db.settings.load().clinicName(), "nothing stored");

        // tried again once the store answers: saved, as typed
        assertTrue(held.save());
        tasks.runAll();
        assertEquals("Settings saved.", held.outcomeProperty().get());
        assertEquals("Riverside Clinic", db.settings.load().clinicName());
    }

    @Test
    void whatIsTypedWhileASaveRunsStaysAndIsStillToBeSaved() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        tasks.runAll();
        held.clinicNameProperty().set("Riverside Clinic");
        assertTrue(held.save());
        held.clinicPhoneProperty().set("01632 960 123");
        tasks.runAll();
        assertEquals("Settings saved.", held.outcomeProperty().get());
        assertEquals("01632 960 123", held.clinicPhoneProperty().get(), "typed during the save: kept");
        assertTrue(held.dirty().get(), "the phone is not saved yet");
        assertEquals("Riverside Clinic", db.settings.load().clinicName());
        assertEquals("", db.settings.load().clinicPhone());
    }

    @Test
    void anOlderReadThatComesBackAfterANewerOneIsDropped() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        db.settings.saveClinicContact("Riverside Clinic", "01632 960 123", TestDatabase.NURSE);
        held.reload();
        // the second read (after the save) comes back first; the first, from before it, must not replace it
        tasks.runAllNewestFirst();
        assertEquals("Riverside Clinic", held.clinicNameProperty().get());
        assertFalse(held.loadingProperty().get());
    }

    @Test
    void aReadThatFailsSaysSoAndSaveRefusesUntilAReadWorks() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        SettingsViewModel held = new SettingsViewModel(db.settings, TestDatabase.NURSE, tasks);
        db.database.watchCalls(() -> {
            throw new StoreException("The database file cannot be read: disk I/O error.");
        });
        tasks.runAll();
        db.database.watchCalls(null);
        assertFalse(held.loadingProperty().get());
        assertFalse(held.loadedProperty().get());
        assertEquals("The settings could not be read: The database file cannot be read: disk I/O error. Discard"
                + " changes reads them again.", held.failureProperty().get());
        assertFalse(held.save(), "the defaults shown are not the clinic's: they are not saved over its settings");

        held.reload();
        tasks.runAll();
        assertTrue(held.loadedProperty().get());
        assertEquals("", held.failureProperty().get());
    }
}
