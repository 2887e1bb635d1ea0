package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DecisionStatus;
import com.b12consult.domain.DoseOutcomeKind;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Product;
import com.b12consult.store.CheckDocument;
import com.b12consult.store.GivenDose;
import com.b12consult.store.ServerStandIn;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording the dose while the clinic server cannot be reached: the check says so plainly, in its own error
 * area, keeps the dose as typed, and a second press once the server is back records it once. And a dose another
 * room recorded first is refused naming who and when, by this workstation's clock.
 */
class CheckServerUnreachableTest {
    static final LocalDateTime NOW = PreInjectionCheckViewModelTest.NOW;

    @TempDir
    Path dir;
    ServerStandIn server;
    CheckFixture fixture;
    PreInjectionCheckViewModel model;
    Patient patient;

    @BeforeEach
    void open() throws Exception {
        server = ServerStandIn.open(dir.resolve("clinic.db"));
        // a workstation an hour east of UTC: times the store keeps in UTC are shown by its clock
        fixture = new CheckFixture(server.database(), NOW, ZoneId.of("Europe/Berlin"));
        model = fixture.checkModel();
        patient = fixture.maintenancePatient("Margaret Ellis", "P-0104", NOW.minusDays(90));
        model.refreshDueList();
        model.open(patient);
        model.questionsAskedProperty().set(true);
        model.dose().productProperty().set(Product.HYDROXOCOBALAMIN);
        model.dose().doseProperty().set("1000");
        model.dose().siteProperty().set(InjectionSite.RIGHT_DELTOID);
        model.dose().givenAtProperty().set("2026-11-21 10:25");
        model.dose().lotNumberProperty().set("L123");
        model.dose().lotExpiryProperty().set("2027-06-30");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void givenWhileTheServerIsUnreachableSaysSoKeepsTheDoseAndARetryRecordsItOnce() {
        assertEquals(DecisionStatus.PROCEED, model.decision());
        server.down(true);
        assertFalse(model.recordGiven());

        assertEquals("Nothing was saved: the clinic server clinic-server.local:5432/b12consult cannot be reached."
                + " What you typed is kept; try again in a moment. If it still fails, ask whoever looks after the clinic"
                + " server to check that it is running and that this computer reaches it on the network.",
                model.failure().get());
        assertEquals("", model.outcomeMessage().get());
        assertEquals("2026-11-21 10:25", model.dose().givenAtProperty().get(), "the dose as typed");
        assertEquals("1000", model.dose().doseProperty().get());
        assertEquals(InjectionSite.RIGHT_DELTOID, model.dose().siteProperty().get());
        assertEquals("L123", model.dose().lotNumberProperty().get());
        assertEquals("2027-06-30", model.dose().lotExpiryProperty().get());
        assertTrue(model.questionsAskedProperty().get(), "the check as answered");

        server.down(false);
        assertEquals(List.of(), fixture.outcomes.listForPatient(patient.id()), "nothing saved while it was down");
        assertTrue(model.recordGiven(), model.failure().get());
        assertEquals("", model.failure().get());
        assertEquals(List.of(DoseOutcomeKind.GIVEN), fixture.outcomes.listForPatient(patient.id()).stream()
                .map(o -> o.kind()).toList());
        assertEquals(2, fixture.injections.listForPatient(patient.id()).size(), "the earlier dose and this one");
    }

    @Test
    void aDoseAnotherRoomRecordedFirstIsRefusedNamingWhoAndWhenByThisWorkstationsClock() {
        LocalDate due = model.recordProperty().get().due().orElseThrow().dueOn();
        long prescription = model.recordProperty().get().prescription().orElseThrow().id();
        // the other room's nurse, CD, a moment earlier; stamped 2026-11-21 09:30 UTC, 10:30 on this workstation's clock
        fixture.outcomes.recordGiven(patient.id(), prescription, due, new GivenDose(new Injection(NOW.minusMinutes(2),
                Product.HYDROXOCOBALAMIN, 1000, InjectionSite.LEFT_DELTOID, List.of()), "L9", LocalDate.of(2027, 1, 31),
                "CD"), DecisionStatus.PROCEED, "", new CheckDocument("{}", "{}",
                model.reportProperty().get().rulebook()), new com.b12consult.domain.Actor("nurse2", "CD"));

        assertFalse(model.recordGiven());
        assertEquals("Not recorded: the dose due " + due + " is already recorded as given by CD at 2026-11-21 10:30."
                + " Nothing was saved; what you typed is kept. A dose is given once: open the patient again to see the"
                + " record before going on.", model.failure().get());
        assertEquals("L123", model.dose().lotNumberProperty().get(), "the dose as typed");
        assertEquals(1, fixture.outcomes.listForPatient(patient.id()).size(), "one Given");
        assertEquals(java.time.Instant.parse("2026-11-21T09:30:00Z"),
                fixture.outcomes.listForPatient(patient.id()).get(0).recordedAt(), "stored in UTC");
    }
}
