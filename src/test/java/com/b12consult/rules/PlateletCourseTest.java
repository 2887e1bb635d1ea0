package com.b12consult.rules;

import static com.b12consult.testing.AssessmentBuilder.NOW;
import static com.b12consult.testing.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.Assessment;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlateletCourseTest {
    private static final LabLimits LIMITS = LabLimits.defaults();
    private static final LocalDate TODAY = NOW.toLocalDate();

    @Test
    void lowAtEveryCountForFourWeeksWithADoseBetweenIsNotRecovering() {
        Assessment a = assessment()
                .panel(TODAY.minusDays(40), Analyte.PLATELETS, 180, LabUnit.GIGA_PER_L)
                .panel(TODAY.minusDays(28), Analyte.PLATELETS, 110, LabUnit.GIGA_PER_L)
                .panel(TODAY.minusDays(14), Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L)
                .panel(TODAY, Analyte.PLATELETS, 104, LabUnit.GIGA_PER_L)
                .dose(NOW.minusDays(20)).build();
        PlateletCourse.LowRun run = PlateletCourse.lowThroughTreatment(a, LIMITS).orElseThrow();
        assertEquals(TODAY.minusDays(28), run.firstOn(), "the run starts at the first low count after a normal one");
        assertEquals(28, run.days());
        assertEquals(1, run.dosesBetween());
    }

    @Test
    void aShorterRunNoDoseBetweenOrAClimbingCountIsNot() {
        var shortRun = assessment().panel(TODAY.minusDays(27), Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L)
                .panel(TODAY, Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L).dose(NOW.minusDays(20)).build();
        var noDose = assessment().panel(TODAY.minusDays(40), Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L)
                .panel(TODAY, Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L).build();
        var climbing = assessment().panel(TODAY.minusDays(40), Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L)
                .panel(TODAY, Analyte.PLATELETS, 140, LabUnit.GIGA_PER_L).dose(NOW.minusDays(20)).build();
        var normalNow = assessment().panel(TODAY.minusDays(40), Analyte.PLATELETS, 100, LabUnit.GIGA_PER_L)
                .panel(TODAY, Analyte.PLATELETS, 150, LabUnit.GIGA_PER_L).dose(NOW.minusDays(20)).build();
        assertTrue(PlateletCourse.lowThroughTreatment(shortRun, LIMITS).isEmpty());
        assertTrue(PlateletCourse.lowThroughTreatment(noDose, LIMITS).isEmpty());
        assertTrue(PlateletCourse.lowThroughTreatment(climbing, LIMITS).isEmpty());
        assertTrue(PlateletCourse.lowThroughTreatment(normalNow, LIMITS).isEmpty());
    }

    @Test
    void redCellsRecoverWhenTheLatestPanelIsWithinLimitsAfterAnAbnormalOne() {
        var recovered = assessment()
                .panel(TODAY.minusDays(30), Analyte.HEMOGLOBIN, 9.5, LabUnit.G_PER_DL)
                .panel(TODAY.minusDays(30), Analyte.MCV, 110, LabUnit.FL)
                .panel(TODAY, Analyte.HEMOGLOBIN, 12.5, LabUnit.G_PER_DL)
                .panel(TODAY, Analyte.MCV, 95, LabUnit.FL).build();
        var stillHigh = assessment()
                .panel(TODAY.minusDays(30), Analyte.MCV, 110, LabUnit.FL)
                .panel(TODAY, Analyte.MCV, 104, LabUnit.FL).build();
        var neverAbnormal = assessment()
                .panel(TODAY.minusDays(30), Analyte.MCV, 92, LabUnit.FL)
                .panel(TODAY, Analyte.MCV, 94, LabUnit.FL).build();
        assertTrue(PlateletCourse.redCellsRecovered(recovered, LIMITS));
        assertFalse(PlateletCourse.redCellsRecovered(stillHigh, LIMITS));
        assertFalse(PlateletCourse.redCellsRecovered(neverAbnormal, LIMITS));
    }
}
