package com.b12consult.domain;

import java.util.Optional;

/**
 * The site to suggest for the next dose: the same muscle on the other side from the last dose, so the
 * site just used rests while the patient keeps the muscle they are used to. With no dose on record,
 * the left deltoid.
 */
public final class SiteRotation {
    private SiteRotation() {
    }

    public static InjectionSite suggestAfter(Optional<InjectionSite> lastSite) {
        return lastSite.map(SiteRotation::otherSide).orElse(InjectionSite.LEFT_DELTOID);
    }

    public static InjectionSite otherSide(InjectionSite site) {
        return switch (site) {
            case LEFT_DELTOID -> InjectionSite.RIGHT_DELTOID;
            case RIGHT_DELTOID -> InjectionSite.LEFT_DELTOID;
            case LEFT_GLUTEAL -> InjectionSite.RIGHT_GLUTEAL;
            case RIGHT_GLUTEAL -> InjectionSite.LEFT_GLUTEAL;
            case LEFT_THIGH -> InjectionSite.RIGHT_THIGH;
            case RIGHT_THIGH -> InjectionSite.LEFT_THIGH;
        };
    }
}
