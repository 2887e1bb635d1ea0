package com.b12consult.ui.patients;

import com.b12consult.ui.InlineTaskRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Actor;
import com.b12consult.domain.AllergyStatus;
import com.b12consult.domain.AuditAction;
import com.b12consult.domain.AuditEntry;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.store.AuditFilter;
import com.b12consult.store.AuditLog;
import com.b12consult.ui.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The patient form when someone else saved the patient while it was being edited: the save is refused saying who
 * and when (in the workstation's time), the difference is shown field by field, what was typed stays, and only the
 * user's choice drops it (Load their version) or saves it over theirs (Keep mine).
 */
class PatientFormConflictTest {
    /** The other workstation's user. */
    private static final Actor DOCTOR = new Actor("drsmith", "JS");
    /** The workstation's clock: the same instant as the store's, an hour ahead of UTC in November. */
    private static final Clock BERLIN = TestDatabase.CLOCK.withZone(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private TestDatabase db;
    private PatientsViewModel screen;
    private PatientFormViewModel form;
    private Patient ada;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabase.in(dir);
        form = new PatientFormViewModel(db.patients, TestDatabase.NURSE, BERLIN, com.b12consult.ui.InlineTaskRunner.INSTANCE);
        screen = new PatientsViewModel(db.patients, form, p -> Optional.empty(),
                InlineTaskRunner.INSTANCE);
        ada = db.addPatient("Ada Lovelace", "P-0001", "1815-12-10", Sex.FEMALE);
        screen.refresh();
        assertTrue(screen.select(ada));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The doctor, at another workstation, saves a new name and allergies while the nurse is typing. */
    private Patient doctorSaves() {
        Patient doctors = db.patients.update(new Patient(ada.id(), "Ada King", ada.identifier(), ada.birthDate(),
                ada.sex(), KnownAllergies.listed("penicillin: rash"), ada.version()), DOCTOR);
        assertEquals(2, doctors.version());
        return doctors;
    }

    private void nurseTypes() {
        form.nameProperty().set("Ada Lovelace-Byron");
        form.birthDateProperty().set("1815-12-11");
        form.allergyStatusProperty().set(AllergyStatus.NONE_KNOWN);
    }

    private List<AuditEntry> log() {
        return new AuditLog(db.database, TestDatabase.CLOCK).list(AuditFilter.forPatient(ada.id()), 20);
    }

    @Test
    void aSaveOverAnotherWorkstationsEditIsRefusedSayingWhoAndWhenAndKeepsEverythingTyped() {
        nurseTypes();
        Patient doctors = doctorSaves();

        assertEquals(Optional.empty(), screen.save());

        assertTrue(form.conflicted().get());
        assertEquals("Ada Lovelace's record was changed by JS at 2026-11-21 10:00 while you were editing;"
                + " nothing of yours was saved.", form.conflictMessage().get());
        assertEquals(List.of(
                new FieldDifference("Name", "Ada King", "Ada Lovelace-Byron"),
                new FieldDifference("Date of birth", "1815-12-10", "1815-12-11"),
                new FieldDifference("Known allergies", "penicillin: rash", "None known")), form.differences());
        assertEquals("Ada Lovelace-Byron", form.nameProperty().get());
        assertEquals("1815-12-11", form.birthDateProperty().get());
        assertEquals(AllergyStatus.NONE_KNOWN, form.allergyStatusProperty().get());
        assertTrue(form.dirty().get(), "the list stays locked: nothing typed can be dropped by opening another");
        assertEquals("", form.failureProperty().get());
        assertEquals(Optional.of(doctors), db.patients.findById(ada.id()), "the doctor's edit stands");
        assertEquals(List.of(AuditAction.PATIENT_UPDATED, AuditAction.PATIENT_CREATED),
                log().stream().map(AuditEntry::action).toList(), "only the doctor's edit is logged");

        form.birthDateProperty().set("1815-12-10");
        assertEquals(List.of("Name", "Known allergies"),
                form.differences().stream().map(FieldDifference::field).toList(), "kept current while typing");
        assertTrue(form.conflicted().get(), "typing on does not make the choice");
    }

    @Test
    void loadTheirVersionDiscardsWhatWasTypedOnlyWhenChosen() {
        nurseTypes();
        Patient doctors = doctorSaves();
        screen.save();

        Patient loaded = screen.loadTheirs().orElseThrow();

        assertEquals(doctors, loaded);
        assertFalse(form.conflicted().get());
        assertEquals(List.of(), form.differences());
        assertEquals("", form.conflictMessage().get());
        assertEquals("Ada King", form.nameProperty().get());
        assertEquals("1815-12-10", form.birthDateProperty().get());
        assertEquals(AllergyStatus.LISTED, form.allergyStatusProperty().get());
        assertEquals("penicillin: rash", form.knownAllergiesProperty().get());
        assertFalse(form.dirty().get());
        assertEquals(doctors, form.editingProperty().get());
        assertEquals(doctors, screen.selectedProperty().get());
        assertEquals(List.of(doctors), screen.patients(), "the list shows their version");
        assertEquals("Loaded the version JS saved at 2026-11-21 10:00.", form.outcomeProperty().get());

        // From their version a save goes through.
        form.nameProperty().set("Ada King-Noel");
        Patient saved = screen.save().orElseThrow();
        assertEquals(3, saved.version());
    }

    @Test
    void keepMineSavesWhatWasTypedOverTheirsKnowinglyAndAuditsIt() {
        nurseTypes();
        doctorSaves();
        screen.save();

        Patient kept = screen.keepMine().orElseThrow();

        assertEquals("Ada Lovelace-Byron", kept.name());
        assertEquals(KnownAllergies.NONE_KNOWN, kept.knownAllergies());
        assertEquals(3, kept.version());
        assertEquals(Optional.of(kept), db.patients.findById(ada.id()));
        assertFalse(form.conflicted().get());
        assertFalse(form.dirty().get());
        assertEquals(kept, form.editingProperty().get());
        assertEquals("Saved Ada Lovelace-Byron.", form.outcomeProperty().get());
        AuditEntry last = log().get(0);
        assertEquals(AuditAction.PATIENT_UPDATED, last.action());
        assertEquals(TestDatabase.NURSE, last.actor());
        assertTrue(last.detail().contains("name") && last.detail().contains("known allergies"), last.detail());
    }

    @Test
    void keepMineIsRefusedAgainWhenTheyHaveSavedOnceMoreMeanwhile() {
        nurseTypes();
        Patient doctors = doctorSaves();
        screen.save();
        Patient again = db.patients.update(new Patient(doctors.id(), "Ada Noel", doctors.identifier(),
                doctors.birthDate(), doctors.sex(), doctors.knownAllergies(), doctors.version()), DOCTOR);

        assertEquals(Optional.empty(), screen.keepMine());

        assertTrue(form.conflicted().get());
        assertEquals(new FieldDifference("Name", "Ada Noel", "Ada Lovelace-Byron"), form.differences().get(0),
                "against their newest version");
        assertEquals(Optional.of(again), db.patients.findById(ada.id()));
        assertEquals("Ada Lovelace-Byron", form.nameProperty().get());
    }

    @Test
    void discardingAfterAConflictLoadsTheirVersionNotTheOutOfDateOne() {
        nurseTypes();
        Patient doctors = doctorSaves();
        screen.save();

        screen.discardChanges();

        assertEquals(doctors, form.editingProperty().get());
        assertEquals("Ada King", form.nameProperty().get());
        assertFalse(form.conflicted().get());
        form.nameProperty().set("Ada King-Noel");
        assertTrue(screen.save().isPresent(), "saved over their version, not refused again");
    }
}
