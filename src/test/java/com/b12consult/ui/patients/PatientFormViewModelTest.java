package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientFormViewModelTest {
    @TempDir
    Path dir;

    private TestDatabase db;
    private PatientFormViewModel form;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        form = new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void fill(String name, String identifier, String birthDate) {
        form.nameProperty().set(name);
        form.identifierProperty().set(identifier);
        form.birthDateProperty().set(birthDate);
    }

    @Test
    void aNewFormSaysNothingUntilTouchedButItIsNotValid() {
        assertEquals("New patient", form.title().get());
        assertEquals("", form.nameMessage().get());
        assertEquals("", form.identifierMessage().get());
        assertEquals("", form.birthDateMessage().get());
        assertFalse(form.valid().get());
        assertFalse(form.dirty().get());
    }

    @Test
    void savingWithoutANameIsRefusedWithAMessageAtTheNameAndSavesNothing() {
        fill("", "P-0001", "1980-05-01");
        form.sexProperty().set(Sex.FEMALE);
        form.knownAllergiesProperty().set("penicillin");

        assertEquals(Optional.empty(), form.save());

        assertEquals(PatientForm.NAME_REQUIRED, form.nameMessage().get());
        assertEquals("", form.identifierMessage().get());
        assertEquals(List.of(), db.patients.listAll());
        assertEquals("P-0001", form.identifierProperty().get());
        assertEquals("1980-05-01", form.birthDateProperty().get());
        assertEquals(Sex.FEMALE, form.sexProperty().get());
        assertEquals("penicillin", form.knownAllergiesProperty().get());
    }

    @Test
    void aNameOfOnlySpacesIsNoName() {
        fill("   ", "P-0001", "");
        assertEquals(PatientForm.NAME_REQUIRED, form.nameMessage().get(), "shown once the field was changed");
        assertFalse(form.valid().get());
    }

    @Test
    void typingANameThenClearingItShowsTheMessageWithoutASave() {
        form.nameProperty().set("A");
        assertEquals("", form.nameMessage().get());
        form.nameProperty().set("");
        assertEquals(PatientForm.NAME_REQUIRED, form.nameMessage().get());
    }

    @Test
    void aMissingIdentifierIsNamedAtItsField() {
        fill("Ada Lovelace", "", "");
        assertEquals(Optional.empty(), form.save());
        assertEquals(PatientForm.IDENTIFIER_REQUIRED, form.identifierMessage().get());
        assertEquals("", form.nameMessage().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"21/03/1984", "1984-3-21", "1984-02-30", "March 1984", "1984"})
    void aBirthDateNotInIsoFormIsRefusedSayingWhatIsAccepted(String typed) {
        fill("Ada Lovelace", "P-0001", typed);
        assertEquals(PatientForm.BIRTH_DATE_FORMAT, form.birthDateMessage().get());
        assertTrue(form.birthDateMessage().get().contains("YYYY-MM-DD"));
        assertEquals(Optional.empty(), form.save());
        assertEquals(List.of(), db.patients.listAll());
        assertEquals(typed, form.birthDateProperty().get(), "the typed text stays for correcting");
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        fill("Ada Lovelace", "P-0001", "2026-11-22");
        assertEquals("Date of birth cannot be in the future (today is 2026-11-21).", form.birthDateMessage().get());
        assertFalse(form.valid().get());

        form.birthDateProperty().set("2026-11-21");
        assertEquals("", form.birthDateMessage().get(), "born today is possible");
    }

    @Test
    void anEmptyBirthDateMeansUnknownAndIsSavedSo() {
        fill("Ada Lovelace", "P-0001", "  ");
        Patient saved = form.save().orElseThrow();
        assertEquals(Optional.empty(), saved.birthDate());
        assertEquals(Optional.of(saved), db.patients.findById(saved.id()));
    }

    @Test
    void aValidFormSavesEveryFieldAndTurnsIntoEditingThatPatient() {
        fill(" Ada Lovelace ", "P-0001", " 1815-12-10 ");
        form.sexProperty().set(Sex.FEMALE);
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        form.knownAllergiesProperty().set("latex");

        Patient saved = form.save().orElseThrow();

        assertEquals(Patient.unsaved("Ada Lovelace", "P-0001", Optional.of(LocalDate.of(1815, 12, 10)), Sex.FEMALE, KnownAllergies.listed("latex")).savedAs(saved.id(), Patient.FIRST_VERSION), saved);
        assertEquals(List.of(saved), db.patients.listAll());
        assertEquals(saved, form.editingProperty().get());
        assertEquals("Ada Lovelace", form.title().get());
        assertFalse(form.dirty().get());
        assertEquals("Saved Ada Lovelace.", form.outcomeProperty().get());
    }

    @Test
    void aDuplicateIdentifierIsShownAtTheIdentifierAndNothingTypedIsLost() {
        db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        fill("Ada Lovelace", "p-0042", "1815-12-10");
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        form.knownAllergiesProperty().set("latex");

        assertEquals(Optional.empty(), form.save());

        String message = form.identifierMessage().get();
        assertTrue(message.contains("P-0042") || message.contains("p-0042"), message);
        assertTrue(message.contains("already used by Grace Hopper"), message);
        assertEquals("", form.nameMessage().get());
        assertEquals(1, db.patients.listAll().size(), "nothing saved");
        assertEquals("Ada Lovelace", form.nameProperty().get());
        assertEquals("p-0042", form.identifierProperty().get());
        assertEquals("1815-12-10", form.birthDateProperty().get());
        assertEquals("latex", form.knownAllergiesProperty().get());
        assertFalse(form.valid().get(), "the same identifier would be refused again");

        form.identifierProperty().set("P-0043");
        assertEquals("", form.identifierMessage().get(), "a different identifier clears the message");
        form.identifierProperty().set("P-0042 ");
        assertTrue(form.identifierMessage().get().contains("already used"), "back to the refused one");

        form.identifierProperty().set("P-0043");
        Patient saved = form.save().orElseThrow();
        assertEquals("P-0043", saved.identifier());
        assertEquals(2, db.patients.listAll().size());
    }

    @Test
    void editingKeepsTypedValuesWhenTheStoreRefusesAndChangesNothingStored() {
        Patient grace = db.addPatient("Grace Hopper", "P-0042", "1906-12-09", Sex.FEMALE);
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        form.edit(ada);
        assertEquals("Ada Lovelace", form.title().get());
        assertEquals("1815-12-10", form.birthDateProperty().get());

        form.nameProperty().set("Ada King");
        form.identifierProperty().set("P-0042");
        form.knownAllergiesProperty().set("none");
        assertEquals(Optional.empty(), form.save());

        assertTrue(form.identifierMessage().get().contains("already used by Grace Hopper"));
        assertEquals("Ada King", form.nameProperty().get());
        assertEquals("P-0042", form.identifierProperty().get());
        assertEquals("none", form.knownAllergiesProperty().get());
        assertTrue(form.dirty().get());
        assertEquals(ada, form.editingProperty().get());
        assertEquals(Optional.of(ada), db.patients.findById(ada.id()));
        assertEquals(Optional.of(grace), db.patients.findById(grace.id()));

        form.identifierProperty().set("P-0001");
        Patient saved = form.save().orElseThrow();
        assertEquals(ada.id(), saved.id());
        assertEquals("Ada King", db.patients.findById(ada.id()).orElseThrow().name());
    }

    @Test
    void discardingPutsBackWhatWasLoaded() {
        Patient ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        form.edit(ada);
        form.nameProperty().set("");
        form.birthDateProperty().set("soon");
        assertTrue(form.dirty().get());
        assertTrue(!form.nameMessage().get().isEmpty());

        form.discardChanges();

        assertEquals("Ada Lovelace", form.nameProperty().get());
        assertEquals("1815-12-10", form.birthDateProperty().get());
        assertFalse(form.dirty().get());
        assertEquals("", form.nameMessage().get());
        assertEquals("", form.birthDateMessage().get());
    }

    @Test
    void startingANewPatientClearsTheMessagesOfTheLastAttempt() {
        assertEquals(Optional.empty(), form.save());
        assertTrue(!form.nameMessage().get().isEmpty());
        form.startNew();
        assertEquals("", form.nameMessage().get());
        assertEquals("", form.identifierMessage().get());
    }

    @Test
    void aNewPatientsAllergiesAreNotRecordedUntilAskedNotNone() {
        fill("Ada Lovelace", "P-0001", "");
        assertEquals(AllergyStatus.NOT_RECORDED, form.allergyStatusProperty().get());
        assertEquals(KnownAllergies.NOT_RECORDED, form.save().orElseThrow().knownAllergies());
    }

    @Test
    void noneKnownIsAChoiceAndSavesNoAllergy() {
        fill("Ada Lovelace", "P-0001", "");
        form.allergyStatusProperty().set(AllergyStatus.NONE_KNOWN);
        Patient saved = form.save().orElseThrow();
        assertEquals(KnownAllergies.NONE_KNOWN, saved.knownAllergies());
        assertFalse(saved.knownAllergies().any());
        assertEquals(KnownAllergies.NONE_KNOWN, db.patients.findById(saved.id()).orElseThrow().knownAllergies());
    }

    @ParameterizedTest
    @ValueSource(strings = {"None known", "none", "NKDA", "No known allergies.", " nil "})
    void noneTypedAsAListIsRefusedAtTheFieldAndPointsAtTheChoice(String typed) {
        fill("Ada Lovelace", "P-0001", "");
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        form.knownAllergiesProperty().set(typed);

        assertEquals(Optional.empty(), form.save());
        String message = form.allergiesMessage().get();
        assertTrue(message.startsWith("Known allergies:") && message.contains("Choose \"None known\""), message);
        assertEquals(List.of(), db.patients.listAll());
        assertEquals(typed, form.knownAllergiesProperty().get(), "what was typed stays");
    }

    @Test
    void anAllergyThatMerelyMentionsNoneIsAList() {
        fill("Ada Lovelace", "P-0001", "");
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        form.knownAllergiesProperty().set("penicillin (none other known)");
        assertEquals(KnownAllergies.listed("penicillin (none other known)"), form.save().orElseThrow().knownAllergies());
    }

    @Test
    void anEmptyListIsRefusedAndSwitchingChoiceKeepsTheTypedList() {
        fill("Ada Lovelace", "P-0001", "");
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        assertEquals(Optional.empty(), form.save());
        assertEquals(PatientForm.ALLERGIES_EMPTY, form.allergiesMessage().get());

        form.knownAllergiesProperty().set("latex");
        form.allergyStatusProperty().set(AllergyStatus.NONE_KNOWN);
        assertEquals("", form.allergiesMessage().get());
        form.allergyStatusProperty().set(AllergyStatus.LISTED);
        assertEquals("latex", form.knownAllergiesProperty().get());
        assertEquals(KnownAllergies.listed("latex"), form.save().orElseThrow().knownAllergies());
    }
}
