package com.b12consult.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock the sample clinic's audit log reads: set to each event's moment before it is written, so the log,
 * the saved checks and the consultations are stamped when they happened in the story, in the order they happened.
 */
final class EventClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    EventClock(ZoneId zone, Instant start) {
        this.zone = zone;
        this.now = start;
    }

    void set(LocalDateTime at) {
        now = at.atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EventClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
