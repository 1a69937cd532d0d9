package com.legacytraining.advisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move forward, for throttling windows and timestamps. It starts at a fixed
 * instant, never at today, so no test passes or fails by the date it runs on.
 */
public class MutableClock extends Clock {

    /** Where every test context's clock starts: a day after the seeded content was last updated. */
    public static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    private volatile Instant now = START;

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
