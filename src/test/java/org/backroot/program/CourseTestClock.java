package org.backroot.program;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the course tests set by hand (the application's one clock, replaced for their context). */
@TestConfiguration(proxyBeanMethods = false)
class CourseTestClock {

    static final class SettableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-01T11:30:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}
