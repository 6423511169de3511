package org.backroot.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock in demo mode only: real UTC time, except while the demo seeder lives through the demo
 * person's past, when it shows the simulated moment it was last set to. Every service takes the one
 * {@link Clock} bean at construction, so this is how the real code paths date what they store.
 */
public final class DemoClock extends Clock {

    private volatile Instant simulated;

    /** From now on, every reading is {@code at} (until the next call or {@link #realTime()}). */
    public void simulate(Instant at) {
        if (at == null) throw new IllegalArgumentException("at must be an instant");
        simulated = at;
    }

    /** Back to the system's UTC time for good. */
    public void realTime() {
        simulated = null;
    }

    public boolean simulating() {
        return simulated != null;
    }

    @Override
    public Instant instant() {
        Instant at = simulated;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) return this;
        DemoClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }
}
