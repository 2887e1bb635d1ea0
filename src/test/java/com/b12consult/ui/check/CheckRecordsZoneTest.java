package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.domain.AssessmentContext;
import com.b12consult.domain.Patient;
import com.b12consult.store.StandingDecisions;
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
 * The day a person reads beside a saved check is the workstation's day, not the first ten characters of a UTC
 * timestamp: a check saved late in the evening somewhere ahead of UTC belongs to the next calendar day there.
 */
class CheckRecordsZoneTest {
    /** 23:30 UTC on 21 November: already 12:30 on 22 November in Auckland. */
    static final LocalDateTime SAVED_UTC = LocalDateTime.of(2026, 11, 21, 23, 30);

    @TempDir
    Path dir;
    CheckFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new CheckFixture(dir, SAVED_UTC);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private CheckRecords recordsIn(ZoneId zone) {
        return new CheckRecords(fixture.patients, fixture.prescriptions, fixture.injections, fixture.headaches,
                fixture.labs, fixture.assessments, fixture.outcomes, new StandingDecisions(fixture.database, fixture.audit),
                zone);
    }

    @Test
    void anOpenAlertIsDatedInTheWorkstationsZone() {
        Patient p = fixture.maintenancePatient("Ada", "P-1", SAVED_UTC.minusDays(90));
        fixture.assessments.save(p.id(), AssessmentContext.CONSULTATION, "{}",
                "{\"decision\":{\"status\":\"urgent\",\"reasons\":[\"x\"]},"
                        + "\"findings\":[{\"kind\":\"alert\",\"title\":\"Possible blood clot in a leg\"}]}",
                "1", "a".repeat(64), CheckFixture.NURSE);
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(List.of("Possible blood clot in a leg (consultation, 2026-11-22)"),
                recordsIn(ZoneId.of("Pacific/Auckland")).load(p, today).openAlerts());
        assertEquals(List.of("Possible blood clot in a leg (consultation, 2026-11-21)"),
                recordsIn(ZoneId.of("America/New_York")).load(p, today).openAlerts());
    }
}
