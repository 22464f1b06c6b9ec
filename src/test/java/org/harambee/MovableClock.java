package org.harambee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A UTC clock a test moves forward by hand, so that rules about time are tested without waiting. */
public class MovableClock extends Clock {

    private Instant now;

    public MovableClock() {
        reset();
    }

    public MovableClock(Instant start) {
        now = start;
    }

    /** Back to the real time (to the millisecond, as databases keep it). */
    public final void reset() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
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
}
