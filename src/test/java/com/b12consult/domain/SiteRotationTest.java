package com.b12consult.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteRotationTest {
    @Test
    void theSuggestionIsTheSameMuscleOnTheOtherSide() {
        assertEquals(InjectionSite.RIGHT_DELTOID, SiteRotation.suggestAfter(Optional.of(InjectionSite.LEFT_DELTOID)));
        assertEquals(InjectionSite.LEFT_GLUTEAL, SiteRotation.suggestAfter(Optional.of(InjectionSite.RIGHT_GLUTEAL)));
        assertEquals(InjectionSite.RIGHT_THIGH, SiteRotation.suggestAfter(Optional.of(InjectionSite.LEFT_THIGH)));
    }

    @Test
    void neverTheLastSiteAndTwoStepsComeBack() {
        for (InjectionSite last : InjectionSite.values()) {
            InjectionSite next = SiteRotation.suggestAfter(Optional.of(last));
            assertNotEquals(last, next);
            assertEquals(last, SiteRotation.suggestAfter(Optional.of(next)));
        }
    }

    @Test
    void withNoDoseOnRecordTheLeftDeltoid() {
        assertEquals(InjectionSite.LEFT_DELTOID, SiteRotation.suggestAfter(Optional.empty()));
    }
}
