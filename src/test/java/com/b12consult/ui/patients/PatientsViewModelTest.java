package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientsViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private Patient ada;
    private Patient grace;
    private Patient jose;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        jose = db.addPatient("José Martí", "H-7", null, Sex.MALE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PatientsViewModel model() {
        return new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK));
    }

    @Test
    void listsEveryPatientByNameWhenTheSearchIsEmpty() {
        PatientsViewModel model = model();
        assertEquals(List.of(ada, grace, jose), model.patients());
        assertEquals("3 patients", model.listSummary().get());
    }

    @Test
    void narrowsAsEachLetterIsTyped() {
        PatientsViewModel model = model();
        model.searchProperty().set("l");
        assertEquals(List.of(ada), model.patients(), "only Lovelace has an l");
        model.searchProperty().set("");
        model.searchProperty().set("o");
        assertEquals(List.of(ada, grace, jose), model.patients());
        model.searchProperty().set("ho");
        assertEquals(List.of(grace), model.patients());
        assertEquals("1 patient matching \"ho\"", model.listSummary().get());
    }

    @Test
    void findsByIdentifierIgnoringCase() {
        PatientsViewModel model = model();
        model.searchProperty().set("p-00");
        assertEquals(List.of(ada, grace), model.patients());
        model.searchProperty().set("h-7");
        assertEquals(List.of(jose), model.patients());
    }

    @Test
    void findsANameWithoutItsAccents() {
        PatientsViewModel model = model();
        model.searchProperty().set("jose mart");
        assertEquals(List.of(jose), model.patients());
    }

    @Test
    void saysWhenNothingMatches() {
        PatientsViewModel model = model();
        model.searchProperty().set("zz");
        assertEquals(List.of(), model.patients());
        assertEquals("No patient's name or identifier contains \"zz\".", model.listSummary().get());
    }

    @Test
    void selectingAPatientOpensItInTheForm() {
        PatientsViewModel model = model();
        assertTrue(model.select(grace));
        assertEquals(grace, model.selectedProperty().get());
        assertEquals("Grace Hopper", model.form().nameProperty().get());
        assertEquals("P-0042", model.form().identifierProperty().get());
    }

    @Test
    void unsavedChangesLockTheListSoNothingTypedIsDropped() {
        PatientsViewModel model = model();
        model.select(grace);
        model.form().nameProperty().set("Grace Brewster Hopper");
        assertTrue(model.listLocked().get());

        assertFalse(model.select(ada));
        assertFalse(model.newPatient());
        assertEquals("Grace Brewster Hopper", model.form().nameProperty().get());
        assertEquals(grace, model.selectedProperty().get());

        model.discardChanges();
        assertFalse(model.listLocked().get());
        assertTrue(model.select(ada));
        assertEquals("Ada Lovelace", model.form().nameProperty().get());
    }

    @Test
    void savingANewPatientAddsItToTheListAndSelectsIt() {
        PatientsViewModel model = model();
        model.searchProperty().set("hopper");
        assertTrue(model.newPatient());
        model.form().nameProperty().set("Mary Hopper");
        model.form().identifierProperty().set("P-0100");

        Patient saved = model.save().orElseThrow();

        assertEquals(List.of(grace, saved), model.patients(), "the list is read again for the search");
        assertEquals(saved, model.selectedProperty().get());
        assertFalse(model.listLocked().get());
    }

    @Test
    void aRefusedSaveLeavesTheListAndSelectionAlone() {
        PatientsViewModel model = model();
        model.newPatient();
        model.form().nameProperty().set("Ada Twin");
        model.form().identifierProperty().set("P-0001");

        assertTrue(model.save().isEmpty());

        assertEquals(List.of(ada, grace, jose), model.patients());
        assertNull(model.selectedProperty().get());
        assertTrue(model.listLocked().get(), "the typed patient still waits to be saved");
    }
}
