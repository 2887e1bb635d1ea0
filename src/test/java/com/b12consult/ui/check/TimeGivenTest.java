package com.b12consult.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.InjectionSite;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The time given is the time of recording unless the nurse types another, which must be plausible. */
class TimeGivenTest {
    /** A clock the test moves on, as a real morning does while the check is open. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(LocalDateTime start) {
            now = start.toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void minutes(long m) {
            now = now.plusSeconds(60 * m);
        }
    }

    @Test
    void anUntouchedTimeIsTheTimeOfRecordingNotOfOpening() {
        MovingClock clock = new MovingClock(LocalDateTime.of(2026, 12, 2, 15, 14));
        DoseDrawnUp dose = new DoseDrawnUp(clock);
        dose.reset(Optional.empty(), InjectionSite.LEFT_DELTOID, "NK");
        assertEquals("2026-12-02 15:14", dose.givenAtProperty().get());
        clock.minutes(27);
        assertEquals(Optional.of(LocalDateTime.of(2026, 12, 2, 15, 41)), dose.timeToRecord());
        assertEquals("2026-12-02 15:41", dose.givenAtProperty().get(), "the field shows the time recorded");
    }

    @Test
    void aTypedTimeIsKeptButNeverInTheFutureNorLongBeforeTheCheck() {
        MovingClock clock = new MovingClock(LocalDateTime.of(2026, 12, 2, 15, 14));
        DoseDrawnUp dose = new DoseDrawnUp(clock);
        dose.reset(Optional.empty(), InjectionSite.LEFT_DELTOID, "NK");
        clock.minutes(27);
        dose.givenAtProperty().set("2026-12-02 15:20");
        assertEquals(Optional.of(LocalDateTime.of(2026, 12, 2, 15, 20)), dose.timeToRecord());
        assertEquals("", dose.givenAtMessage().get());
        dose.givenAtProperty().set("2026-12-02 16:30");
        assertTrue(dose.givenAtMessage().get().contains("in the future"), dose.givenAtMessage().get());
        dose.givenAtProperty().set("2026-12-02 14:14");
        assertEquals("", dose.givenAtMessage().get(), "an hour before the check is still accepted");
        dose.givenAtProperty().set("2026-12-02 14:13");
        assertTrue(dose.givenAtMessage().get().contains("more than 60 minutes before this check began (2026-12-02 15:14)"),
                dose.givenAtMessage().get());
    }
}
