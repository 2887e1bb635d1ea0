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
import com.b12consult.ui.TestDatabase;
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
        model = new SettingsViewModel(db.settings, TestDatabase.NURSE);
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

        SettingsViewModel again = new SettingsViewModel(db.settings, TestDatabase.NURSE);
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
}
