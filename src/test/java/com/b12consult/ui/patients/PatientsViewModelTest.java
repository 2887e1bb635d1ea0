package com.b12consult.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DueDose;
import com.b12consult.domain.DueState;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.InlineTaskRunner;
import com.b12consult.ui.ManualTaskRunner;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), p -> Optional.empty(),
                InlineTaskRunner.INSTANCE);
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

    @Test
    void eachPatientsNextDoseIsShownInTheListsWords() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        Map<Long, DueDose> due = new HashMap<>();
        due.put(ada.id(), new DueDose(today.minusDays(3), 4, false, today));
        due.put(grace.id(), new DueDose(today, 1, true, today));
        PatientsViewModel model = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE),
                p -> Optional.ofNullable(due.get(p.id())), InlineTaskRunner.INSTANCE);

        assertEquals("Overdue by 3 days", model.nextDose(ada).words());
        assertEquals(Optional.of(DueState.OVERDUE), model.nextDose(ada).state());
        assertEquals("Due today", model.nextDose(grace).words());
        assertEquals(Optional.of(DueState.DUE_TODAY), model.nextDose(grace).state());
        assertEquals("No prescription", model.nextDose(jose).words());
        assertEquals(Optional.empty(), model.nextDose(jose).state());

        // a dose given elsewhere, and a prescription added: seen when the doses are read again
        due.put(ada.id(), new DueDose(LocalDate.of(2027, 2, 19), 5, false, today));
        due.put(jose.id(), new DueDose(today.minusDays(1), 1, true, today));
        assertEquals("Overdue by 3 days", model.nextDose(ada).words(), "kept until read again");
        model.refreshNextDoses();
        assertEquals("2027-02-19", model.nextDose(ada).words());
        assertEquals(Optional.of(DueState.NOT_YET), model.nextDose(ada).state());
        assertEquals("Overdue by 1 day", model.nextDose(jose).words());
        assertEquals(List.of(ada, grace, jose), model.patients(), "the list itself is unchanged");
    }

    @Test
    void onlyTheListedPatientsDosesAreWorkedOut() {
        Map<Long, Integer> asked = new HashMap<>();
        PatientsViewModel model = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), p -> {
                    asked.merge(p.id(), 1, Integer::sum);
                    return Optional.empty();
                }, InlineTaskRunner.INSTANCE);
        model.searchProperty().set("lovelace");
        asked.clear();
        model.refreshNextDoses();
        assertEquals(Map.of(ada.id(), 1), asked);
        assertEquals(java.util.Set.of(ada.id()), model.nextDoses().keySet());
    }

    @Test
    void whoeverWatchesTheNextDosesHearsThemReadAgainEvenAfterAGarbageCollection() {
        Map<Long, DueDose> due = new HashMap<>();
        PatientsViewModel model = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE),
                p -> Optional.ofNullable(due.get(p.id())), InlineTaskRunner.INSTANCE);
        List<Long> heard = new java.util.ArrayList<>();
        model.nextDoses().addListener((javafx.collections.MapChangeListener<Long, NextDose>) c -> heard.add(c.getKey()));
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        LocalDate today = LocalDate.of(2026, 11, 21);
        due.put(jose.id(), new DueDose(today, 1, true, today));
        model.refreshNextDoses();
        assertTrue(heard.contains(jose.id()), "the screen redraws the rows only when it hears the change");
    }

    /** The patient as stored now, renamed: another room's edit, saved over the version it read. */
    private Patient renamed(Patient p, String name) {
        Patient stored = db.patients.findById(p.id()).orElseThrow();
        return new Patient(stored.id(), name, stored.identifier(), stored.birthDate(), stored.sex(),
                stored.knownAllergies(), stored.version());
    }

    @Test
    void anotherWindowsSaveIsReadInTheBackgroundWithTheSearchAndTheSelectionKept() {
        PatientsViewModel model = model();
        model.searchProperty().set("o");
        assertTrue(model.select(jose));
        ManualTaskRunner background = new ManualTaskRunner();

        Patient mary = db.addPatient("Mary Somerville", "P-0100", "1780-12-26", Sex.FEMALE);
        model.followStore(background);
        assertEquals(List.of(ada, grace, jose), model.patients(), "not read on the screen's thread");
        background.runAll();

        assertEquals(List.of(ada, grace, jose, mary), model.patients());
        assertEquals("o", model.searchProperty().get());
        assertEquals(jose, model.selectedProperty().get());
        assertEquals("José Martí", model.form().nameProperty().get());
    }

    @Test
    void aPatientChangedElsewhereIsShownChangedUnlessTheFormHoldsUnsavedChanges() {
        PatientsViewModel model = model();
        assertTrue(model.select(ada));
        ManualTaskRunner background = new ManualTaskRunner();

        db.patients.update(renamed(ada, "Ada King"), TestDatabase.NURSE);
        model.followStore(background);
        background.runAll();
        assertEquals("Ada King", model.selectedProperty().get().name());
        assertEquals("Ada King", model.form().nameProperty().get(), "an untouched form shows the patient as saved");

        model.form().nameProperty().set("Ada King-Noel");
        db.patients.update(renamed(ada, "Augusta Ada King"), TestDatabase.NURSE);
        model.followStore(background);
        background.runAll();
        assertTrue(model.patients().stream().anyMatch(p -> p.name().equals("Augusta Ada King")), "the list follows");
        assertEquals("Ada King-Noel", model.form().nameProperty().get(), "what was typed is never lost");
    }

    @Test
    void aSearchTypedWhileTheStoreIsReadWins() {
        PatientsViewModel model = model();
        ManualTaskRunner background = new ManualTaskRunner();
        db.addPatient("Mary Somerville", "P-0100", "1780-12-26", Sex.FEMALE);
        model.followStore(background);
        model.searchProperty().set("Grace");
        background.runAll();
        assertEquals(List.of(grace), model.patients(), "the older read for the empty search is not shown");
    }

    private PatientsViewModel modelOn(ManualTaskRunner tasks, DueDoseLookup doses) {
        return new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), doses, tasks);
    }

    @Test
    void theSearchIsReadOffTheScreensThreadWithTheRowsKeptAndSaidToBeLoadingMeanwhile() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        PatientsViewModel model = modelOn(tasks, p -> Optional.empty());
        assertEquals(List.of(), model.patients(), "nothing is read on the screen's thread");
        assertTrue(model.loading().get());
        assertEquals("Reading the patient list...", model.listSummary().get());
        tasks.runAll();
        assertFalse(model.loading().get());
        assertEquals(List.of(ada, grace, jose), model.patients());

        model.searchProperty().set("ho");
        assertEquals(1, tasks.pendingCount());
        assertTrue(model.loading().get());
        assertEquals(List.of(ada, grace, jose), model.patients(), "the last rows stay while the search is read");
        assertEquals("Searching for \"ho\"...", model.listSummary().get());
        tasks.runAll();
        assertEquals(List.of(grace), model.patients());
        assertFalse(model.loading().get());
        assertEquals("1 patient matching \"ho\"", model.listSummary().get());
    }

    @Test
    void whenTypingOutrunsTheStoreTheNewestTextWinsWhateverOrderTheReadsComeBackIn() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        PatientsViewModel model = modelOn(tasks, p -> Optional.empty());
        tasks.runAll();
        model.searchProperty().set("l");
        model.searchProperty().set("lo");
        model.searchProperty().set("hop");
        assertEquals(3, tasks.pendingCount(), "one read per keystroke");
        tasks.runAllNewestFirst();
        assertEquals(List.of(grace), model.patients(), "the reads for l and lo came back later, and are dropped");
        assertEquals("1 patient matching \"hop\"", model.listSummary().get());
        assertFalse(model.loading().get());

        model.searchProperty().set("lovelace");
        model.searchProperty().set("");
        tasks.runAll();
        assertEquals(List.of(ada, grace, jose), model.patients());
        assertEquals("3 patients", model.listSummary().get(), "the summary is the newest text's, not lovelace's");
    }

    @Test
    void aLongListStopsAtTheLimitAndSaysHowManyMatchInAll() {
        db.database.inOneTransaction(() -> {
            for (int i = 0; i < 205; i++) {
                db.addPatient(String.format("Pat Number %03d", i), String.format("N-%03d", i), null, Sex.FEMALE);
            }
        });
        PatientsViewModel model = model();
        assertEquals(PatientsViewModel.LIST_LIMIT, model.patients().size());
        assertEquals(208, model.matching().get());
        assertEquals("First 200 of 208 patients; type part of a name or identifier to narrow the list.",
                model.listSummary().get());
        model.searchProperty().set("number");
        assertEquals("First 200 of 205 patients matching \"number\"; type more of the name or identifier to narrow"
                + " the list.", model.listSummary().get());
        model.searchProperty().set("number 20");
        assertEquals(5, model.patients().size());
        assertEquals("5 patients matching \"number 20\"", model.listSummary().get());
    }

    @Test
    void theNextDosesAreReadInOneBatchWithTheListNotOnePatientAtATime() {
        List<Integer> batches = new java.util.ArrayList<>();
        LocalDate today = LocalDate.of(2026, 11, 21);
        DueDoseLookup batchOnly = new DueDoseLookup() {
            @Override
            public Optional<DueDose> nextFor(Patient patient) {
                throw new AssertionError("asked for " + patient.name() + " alone");
            }

            @Override
            public Map<Long, DueDose> nextFor(java.util.Collection<Patient> listed) {
                batches.add(listed.size());
                return Map.of(grace.id(), new DueDose(today, 1, true, today));
            }
        };
        ManualTaskRunner tasks = new ManualTaskRunner();
        PatientsViewModel model = modelOn(tasks, batchOnly);
        tasks.runAll();
        assertEquals(List.of(3), batches);
        assertEquals("Due today", model.nextDose(grace).words());
        assertEquals("No prescription", model.nextDose(ada).words());

        model.refreshNextDoses();
        assertEquals(List.of(3), batches, "not worked out on the screen's thread");
        tasks.runAll();
        assertEquals(List.of(3, 3), batches);
    }

    @Test
    void dosesWorkedOutForAListReadAgainMeanwhileAreDropped() {
        Map<Long, DueDose> due = new HashMap<>();
        LocalDate today = LocalDate.of(2026, 11, 21);
        ManualTaskRunner tasks = new ManualTaskRunner();
        PatientsViewModel model = modelOn(tasks, p -> Optional.ofNullable(due.get(p.id())));
        tasks.runAll();
        model.refreshNextDoses();
        model.searchProperty().set("ho");
        due.put(grace.id(), new DueDose(today, 1, true, today));
        tasks.runAllNewestFirst();
        assertEquals(java.util.Set.of(grace.id()), model.nextDoses().keySet(), "the older doses read for all three"
                + " are not put back");
        assertEquals("Due today", model.nextDose(grace).words());
    }

    @Test
    void aFailedReadIsSaidInPlainWordsAndTheRowsOfTheLastReadStay() {
        boolean[] broken = {false};
        PatientsViewModel model = new PatientsViewModel(db.patients,
                new PatientFormViewModel(db.patients, TestDatabase.NURSE, TestDatabase.CLOCK, com.b12consult.ui.InlineTaskRunner.INSTANCE), p -> {
                    if (broken[0]) {
                        throw new com.b12consult.store.StoreException("disk I/O error");
                    }
                    return Optional.empty();
                }, InlineTaskRunner.INSTANCE);
        broken[0] = true;
        model.searchProperty().set("ho");
        assertEquals(List.of(ada, grace, jose), model.patients());
        assertFalse(model.loading().get());
        assertEquals("The patient list could not be read: disk I/O error", model.listSummary().get());
        assertEquals("The patient list could not be read: disk I/O error", model.readProblem().get());

        broken[0] = false;
        model.searchProperty().set("hop");
        assertEquals(List.of(grace), model.patients());
        assertEquals("", model.readProblem().get());
        assertEquals("1 patient matching \"hop\"", model.listSummary().get());
    }

    @Test
    void dosesAskedForWhileTheFirstListIsStillReadNeverEmptyItsDoses() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        ManualTaskRunner tasks = new ManualTaskRunner();
        PatientsViewModel model = modelOn(tasks, p -> p.id() == grace.id()
                ? Optional.of(new DueDose(today, 1, true, today)) : Optional.empty());
        model.refreshNextDoses(); // the screen shown before the list came back
        tasks.runAll();
        assertEquals("Due today", model.nextDose(grace).words(), "not wiped by the doses of the empty list");
    }
}
