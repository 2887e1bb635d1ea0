package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.assessment.DueRow;
import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check's due list at the size of a clinic: a page of the most urgent with a line saying how many there are, a
 * search as the nurse types (off the screen's thread, the newest text winning), and the list found again after a
 * dose is saved for a patient found by a search.
 */
class DueListTest {
    static final LocalDateTime NOW = PreInjectionCheckViewModelTest.NOW;

    @TempDir
    Path dir;
    CheckFixture fixture;
    final ManualTaskRunner background = new ManualTaskRunner();
    PreInjectionCheckViewModel model;
    Patient ada;
    Patient grace;

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, NOW);
        ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(91));
        grace = fixture.maintenancePatient("Grace Hopper", "P-0042", NOW.minusDays(30));
        model = fixture.checkModel((patient, check, next) -> { }, background);
        background.runAll();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> names() {
        return model.dueRows().stream().map(r -> r.patient().name()).toList();
    }

    @Test
    void aSmallClinicIsListedWholeTheMostUrgentFirst() {
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names());
        assertEquals("2 patients", model.dueList().summary().get());
    }

    @Test
    void aLargeClinicShowsAPageOfTheMostUrgentAndSaysHowToFindTheOthers() {
        for (int i = 0; i < DueList.PAGE; i++) {
            fixture.patients.create(Patient.unsaved("Referral " + i, "R-" + i, Optional.empty(), Sex.MALE,
                    KnownAllergies.NOT_RECORDED), CheckFixture.NURSE);
        }
        model.refreshDueList();
        background.runAll();
        assertEquals(DueList.PAGE, model.dueRows().size());
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names().subList(0, 2), "the prescribed come first");
        assertEquals("The 200 most urgent of 202 patients. To find another, type part of a name or identifier.",
                model.dueList().summary().get());

        model.dueList().search().set("referral 19");
        background.runAll();
        // Referral 19 and Referral 190 to 199, by name
        assertEquals(11, model.dueRows().size());
        assertEquals("Referral 19", names().get(0));
        assertEquals("11 patients matching \"referral 19\"", model.dueList().summary().get());
    }

    @Test
    void theNewestTextWinsWhateverOrderTheReadsEndIn() {
        model.dueList().search().set("g");
        model.dueList().search().set("gr");
        model.dueList().search().set("gra");
        assertEquals(3, background.pendingCount(), "each keystroke reads off the screen's thread");
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names(), "the last rows stay meanwhile");
        assertTrue(model.readingDueList().get());
        background.runAllNewestFirst();
        assertEquals(List.of("Grace Hopper"), names(), "an older, slower read never replaces the newest");
        assertEquals("1 patient matching \"gra\"", model.dueList().summary().get());
        assertTrue(!model.readingDueList().get());

        model.dueList().search().set("gra ");
        assertEquals(0, background.pendingCount(), "a space at the end searches for the same");
        model.dueList().search().set("zz");
        background.runAll();
        assertEquals(List.of(), names());
        assertEquals("No patient's name or identifier contains \"zz\".", model.dueList().summary().get());
        model.dueList().search().set("");
        background.runAll();
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), names());
    }

    @Test
    void anotherRoomsSaveReadsTheListAgainForTheSearchTyped() {
        model.dueList().search().set("p-004");
        background.runAll();
        assertEquals(List.of("Grace Hopper"), names());
        DueRow row = model.dueRows().get(0);
        model.open(row.patient());
        background.runAll();
        assertEquals(grace.id(), model.recordProperty().get().patient().id());
        model.followStore(background);
        background.runAll();
        assertEquals(List.of("Grace Hopper"), names(), "another room's save reads the list for the search typed");
        assertEquals("p-004", model.dueList().search().get());
    }
}
