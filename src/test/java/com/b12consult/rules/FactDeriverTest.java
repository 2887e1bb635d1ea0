package com.b12consult.rules;

import static com.b12consult.testing.AssessmentBuilder.NOW;
import static com.b12consult.testing.AssessmentBuilder.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.Analyte;
import com.b12consult.domain.DerivedFacts;
import com.b12consult.domain.DoseCheck;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.LabLimitKey;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.LabUnit;
import com.b12consult.domain.PlateletGrade;
import com.b12consult.domain.PlateletTrend;
import com.b12consult.domain.Product;
import com.b12consult.domain.Sex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactDeriverTest {
    private static final LabLimits LIMITS = LabLimits.defaults();

    private static DerivedFacts derive(com.b12consult.testing.AssessmentBuilder b) {
        return FactDeriver.derive(b.build(), LIMITS);
    }

    @Nested
    class LatestLabs {
        @Test
        void eachAnalyteTakesItsOwnMostRecentValueInCanonicalUnits() {
            DerivedFacts d = derive(assessment()
                    .panel(NOW.toLocalDate().minusDays(30), Analyte.PLATELETS, 90_000, LabUnit.PER_UL)
                    .panel(NOW.toLocalDate().minusDays(3), Analyte.PLATELETS, 120, LabUnit.THOUSAND_PER_UL)
                    .panel(NOW.toLocalDate().minusDays(10), Analyte.HEMOGLOBIN, 124, LabUnit.G_PER_L));
            assertEquals(120, d.latest(Analyte.PLATELETS).orElseThrow().value(), 1e-9);
            assertEquals(NOW.toLocalDate().minusDays(3), d.latest(Analyte.PLATELETS).orElseThrow().takenOn());
            assertEquals(12.4, d.latest(Analyte.HEMOGLOBIN).orElseThrow().value(), 1e-9);
            assertEquals(LabUnit.G_PER_DL, d.latest(Analyte.HEMOGLOBIN).orElseThrow().unit());
            assertTrue(d.latest(Analyte.B12).isEmpty());
        }

        @Test
        void reticulocytesKeepTheUnitTheyWereGivenIn() {
            DerivedFacts d = derive(assessment().panel(NOW.toLocalDate(), Analyte.RETICULOCYTES, 55, LabUnit.GIGA_PER_L));
            assertEquals(LabUnit.GIGA_PER_L, d.latest(Analyte.RETICULOCYTES).orElseThrow().unit());
        }
    }

    @Nested
    class Anemia {
        @ParameterizedTest(name = "Hb {0} g/dL, {1}: anemia {2}")
        @CsvSource({"11.9,FEMALE,true", "12.0,FEMALE,false", "12.9,MALE,true", "13.0,MALE,false",
                "12.5,UNKNOWN,false", "11.9,OTHER,true"})
        void usesSexSpecificLimits(double hb, Sex sex, boolean anemic) {
            assertEquals(Optional.of(anemic), derive(assessment().sex(sex).labs(1, Analyte.HEMOGLOBIN, hb)).anemia());
        }

        @Test
        void isUnknownWithoutHemoglobin() {
            assertEquals(Optional.empty(), derive(assessment()).anemia());
        }

        @Test
        void followsAChangedLimit() {
            LabLimits strict = LIMITS.with(LabLimitKey.HEMOGLOBIN_FEMALE_LOWER, 12.5);
            assertEquals(Optional.of(true), FactDeriver.derive(assessment().labs(1, Analyte.HEMOGLOBIN, 12.2).build(), strict).anemia());
        }
    }

    @ParameterizedTest(name = "platelets {0}: {1}")
    @CsvSource({"151,NORMAL", "150,NORMAL", "149,BELOW_LOWER_LIMIT", "50,BELOW_LOWER_LIMIT", "49,VERY_LOW", "25,VERY_LOW",
            "24,SEVERE", "3,SEVERE"})
    void gradesPlatelets(double count, PlateletGrade grade) {
        assertEquals(grade, derive(assessment().labs(1, Analyte.PLATELETS, count)).plateletGrade());
    }

    @Nested
    class Megaloblastic {
        @Test
        void needsHighMcvWithAnemiaLowPlateletsOrLowB12() {
            assertTrue(derive(assessment().labs(1, Analyte.MCV, 108, Analyte.HEMOGLOBIN, 10)).megaloblasticPattern());
            assertTrue(derive(assessment().labs(1, Analyte.MCV, 108, Analyte.PLATELETS, 120)).megaloblasticPattern());
            assertTrue(derive(assessment().labs(1, Analyte.MCV, 108, Analyte.B12, 150)).megaloblasticPattern());
        }

        @Test
        void isAbsentWithMacrocytosisAlone() {
            assertFalse(derive(assessment().labs(1, Analyte.MCV, 108, Analyte.HEMOGLOBIN, 14, Analyte.PLATELETS, 250,
                    Analyte.B12, 500)).megaloblasticPattern());
        }

        @Test
        void isAbsentWithoutMacrocytosis() {
            assertFalse(derive(assessment().labs(1, Analyte.MCV, 100, Analyte.HEMOGLOBIN, 9, Analyte.B12, 90)).megaloblasticPattern());
        }
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({"100,111,RISING", "100,110,STABLE", "100,90,STABLE", "100,89,FALLING", "200,150,FALLING"})
    void plateletTrendComparesTheLastTwoCounts(double first, double second, PlateletTrend trend) {
        assertEquals(trend, derive(assessment().labs(20, Analyte.PLATELETS, first).labs(2, Analyte.PLATELETS, second)).plateletTrend());
    }

    @Test
    void plateletTrendNeedsTwoCounts() {
        assertEquals(PlateletTrend.INSUFFICIENT, derive(assessment().labs(2, Analyte.PLATELETS, 80)).plateletTrend());
        assertEquals(PlateletTrend.INSUFFICIENT, derive(assessment()).plateletTrend());
    }

    @Nested
    class HeadacheTiming {
        @Test
        void countsDosesFollowedWithin24HoursAndEscalation() {
            var d = derive(assessment()
                    .dose(NOW.minusDays(6)).headache(NOW.minusDays(6).plusHours(5), 3)
                    .dose(NOW.minusDays(4)).headache(NOW.minusDays(4).plusHours(23), 5)
                    .dose(NOW.minusDays(2)).headache(NOW.minusDays(2).plusHours(2), 8)).headacheTiming();
            assertEquals(3, d.injections());
            assertEquals(3, d.followedWithin24h());
            assertTrue(d.recurring());
            assertTrue(d.escalating());
            assertEquals(List.of(3, 5, 8), d.severitiesAfterDoses());
            assertEquals(0, d.headachesAwayFromDoses());
        }

        @Test
        void aHeadacheMoreThanADayLaterDoesNotFollowTheDose() {
            var d = derive(assessment().dose(NOW.minusDays(5)).headache(NOW.minusDays(5).plusHours(25), 6)).headacheTiming();
            assertEquals(0, d.followedWithin24h());
            assertEquals(1, d.headachesAwayFromDoses());
            assertFalse(d.recurring());
        }

        @Test
        void aHeadacheBeforeTheDoseDoesNotFollowIt() {
            var d = derive(assessment().dose(NOW.minusDays(5)).headache(NOW.minusDays(5).minusHours(1), 6)).headacheTiming();
            assertEquals(0, d.followedWithin24h());
        }

        @Test
        void fallingSeverityIsNotEscalation() {
            var d = derive(assessment()
                    .dose(NOW.minusDays(6)).headache(NOW.minusDays(6).plusHours(5), 6)
                    .dose(NOW.minusDays(3)).headache(NOW.minusDays(3).plusHours(5), 4)).headacheTiming();
            assertFalse(d.escalating());
            assertTrue(d.recurring());
        }

        @Test
        void oneFollowedDoseOutOfThreeIsNotRecurring() {
            var d = derive(assessment().dose(NOW.minusDays(9)).dose(NOW.minusDays(6)).dose(NOW.minusDays(3))
                    .headache(NOW.minusDays(3).plusHours(1), 4)).headacheTiming();
            assertEquals(1, d.followedWithin24h());
            assertFalse(d.recurring());
        }
    }

    @Test
    void lastDoseIsTheMostRecentWhateverTheOrderInTheFile() {
        var d = derive(assessment().dose(NOW.minusDays(2)).dose(NOW.minusDays(30)));
        assertEquals(NOW.minusDays(2), d.lastDose().orElseThrow().givenAt());
        assertEquals(2, d.daysSinceLastDose().getAsLong());
    }

    @Test
    void comparesTheDoseDrawnUpWithThePrescription() {
        assertEquals(DoseCheck.NO_PLANNED_DOSE, derive(assessment()).doseCheck());
        assertEquals(DoseCheck.AS_PRESCRIBED, derive(assessment().planned()).doseCheck());
        assertEquals(DoseCheck.NOT_AS_PRESCRIBED,
                derive(assessment().planned(Product.HYDROXOCOBALAMIN, 2000, 1000, InjectionSite.LEFT_THIGH)).doseCheck());
    }
}
