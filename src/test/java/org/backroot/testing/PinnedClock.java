package org.backroot.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets to any instant, for whole-application tests that need "now" to be a given moment
 * (a person's evening in Los Angeles, their morning in Auckland). {@code @Import(PinnedClock.Config.class)}
 * makes it the application's clock; every service reads it at each call.
 */
public final class PinnedClock extends Clock {

    private volatile Instant now = Instant.parse("2026-12-01T12:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        PinnedClock pinnedClock() {
            return new PinnedClock();
        }
    }

    public void set(Instant at) {
        now = at;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
