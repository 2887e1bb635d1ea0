package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.store.ServerStandIn;
import com.b12consult.ui.ManualTaskRunner;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check never reads or saves on the screen's thread: the due list, a patient's record and an outcome go
 * through the background, the newest read wins, the screen says what it is reading, a save cannot be started
 * twice, and a store out of reach is said in plain words with what the nurse typed kept.
 */
class CheckOffTheScreenThreadTest {
    static final LocalDateTime NOW = PreInjectionCheckViewModelTest.NOW;

    @TempDir
    Path dir;
    ServerStandIn server;
    CheckFixture fixture;
    final ManualTaskRunner background = new ManualTaskRunner();
    PreInjectionCheckViewModel model;
    Patient ada;
    Patient grace;

    @BeforeEach
    void open() throws Exception {
        server = ServerStandIn.open(dir.resolve("clinic.db"));
        fixture = new CheckFixture(server.database(), NOW, ZoneOffset.UTC);
        ada = fixture.maintenancePatient("Ada Lovelace", "P-0001", NOW.minusDays(91));
        grace = fixture.maintenancePatient("Grace Hopper", "P-0042", NOW.minusDays(30));
        model = fixture.checkModel((patient, check, next) -> { }, background);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void drawUpAndAsk() {
        model.questionsAskedProperty().set(true);
        model.dose().productProperty().set(Product.HYDROXOCOBALAMIN);
        model.dose().doseProperty().set("1000");
        model.dose().siteProperty().set(InjectionSite.RIGHT_DELTOID);
        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotNumberProperty().set("L123");
        model.dose().lotExpiryProperty().set("2027-06-30");
    }

    @Test
    void theDueListAndARecordAreReadInTheBackgroundAndTheScreenSaysWhatItReads() {
        assertEquals(List.of(), model.dueRows(), "not read on the screen's thread");
        assertTrue(model.readingDueList().get());
        assertEquals("Reading the due list...", model.readingNote().get());
        background.runAll();
        assertEquals(2, model.dueRows().size());
        assertFalse(model.readingDueList().get());
        assertEquals("", model.readingNote().get());

        model.open(ada);
        assertNull(model.recordProperty().get(), "not read on the screen's thread");
        assertEquals(ada, model.opening().get());
        assertEquals("Opening the record of Ada Lovelace...", model.readingNote().get());
        background.runAll();
        assertEquals(ada.id(), model.recordProperty().get().patient().id());
        assertNull(model.opening().get());
        assertTrue(model.reportProperty().get() != null, "the check is weighed once the record is in");
    }

    @Test
    void theNewestPatientChosenIsTheOneOpenedWhateverOrderTheReadsComeBackIn() {
        background.runAll();
        model.open(ada);
        model.open(grace);
        background.runAllNewestFirst();
        assertEquals(grace.id(), model.recordProperty().get().patient().id(), "Ada's read came back later");
        assertNull(model.opening().get());
    }

    @Test
    void aServerOutOfReachIsSaidInPlainWordsWhenTheListOrARecordIsRead() {
        background.runAll();
        model.open(ada);
        background.runAll();
        server.down(true);
        model.refreshDueList();
        model.open(grace);
        background.runAll();
        String unreachable = "The clinic server clinic-server.local:5432/b12consult cannot be reached, so the records"
                + " could not be read. Try again in a moment.";
        assertTrue(model.readProblem().get().startsWith(unreachable), model.readProblem().get());
        assertEquals(ada.id(), model.recordProperty().get().patient().id(), "Ada's check stays as it was");
        assertEquals(2, model.dueRows().size(), "the list as last read");
        assertEquals("", model.readingNote().get());

        server.down(false);
        model.open(grace);
        background.runAll();
        assertEquals("", model.readProblem().get());
        assertEquals(grace.id(), model.recordProperty().get().patient().id());
    }

    @Test
    void anOutcomeIsSavedInTheBackgroundOnceWhateverIsPressedMeanwhile() {
        background.runAll();
        model.open(ada);
        background.runAll();
        drawUpAndAsk();

        assertTrue(model.recordGiven(), "under way");
        assertTrue(model.saving().get());
        assertEquals("Recording given...", model.outcomeMessage().get());
        assertEquals(List.of(), fixture.outcomes.listForPatient(ada.id()), "not saved on the screen's thread");
        assertFalse(model.recordGiven(), "a second press while the first is saved");
        assertFalse(model.recordHeld());
        assertEquals(1, background.pendingCount());

        background.runAll();
        assertFalse(model.saving().get());
        assertEquals(List.of(DoseOutcomeKind.GIVEN), fixture.outcomes.listForPatient(ada.id()).stream()
                .map(o -> o.kind()).toList());
        assertTrue(model.outcomeMessage().get().startsWith("Given recorded for the dose due "),
                model.outcomeMessage().get());
        assertEquals("", model.failure().get());
        assertTrue(model.handoutReady().get());
    }

    @Test
    void aSaveThatFailsInTheBackgroundSaysWhyAndKeepsWhatWasTyped() {
        background.runAll();
        model.open(ada);
        background.runAll();
        drawUpAndAsk();
        server.down(true);

        model.recordGiven();
        background.runAll();

        assertFalse(model.saving().get());
        assertTrue(model.failure().get().startsWith("Nothing was saved: the clinic server"), model.failure().get());
        assertEquals("", model.outcomeMessage().get());
        assertEquals("L123", model.dose().lotNumberProperty().get(), "the dose as typed");
        assertTrue(model.questionsAskedProperty().get(), "the check as answered");

        server.down(false);
        assertTrue(model.recordGiven());
        background.runAll();
        assertEquals(1, fixture.outcomes.listForPatient(ada.id()).size());
    }
}
