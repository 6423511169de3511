package org.backroot.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, 10, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
    private final Instant t0 = Instant.parse("2026-12-01T12:00:00Z");

    private SignInThrottle.State failures(int n, Instant at) {
        SignInThrottle.State state = null;
        for (int i = 0; i < n; i++) state = throttle.afterFailure(state, at);
        return state;
    }

    @Test
    void theFirstFiveWrongPasswordsCostNothing() {
        assertThat(throttle.refusedUntil(failures(4, t0), t0)).isEmpty();
        assertThat(throttle.refusedUntil(failures(5, t0), t0)).contains(t0.plusSeconds(1));
    }

    @Test
    void eachFurtherWrongPasswordWaitsTwiceAsLong() {
        assertThat(throttle.refusedUntil(failures(6, t0), t0)).contains(t0.plusSeconds(2));
        assertThat(throttle.refusedUntil(failures(9, t0), t0)).contains(t0.plusSeconds(16));
        assertThat(throttle.refusedUntil(failures(9, t0), t0.plusSeconds(16))).isEmpty();
    }

    @Test
    void theTenthLocksForFifteenMinutesThenOneTryAtATime() {
        var locked = failures(10, t0);
        assertThat(throttle.isLocked(locked, t0.plusSeconds(899))).isTrue();
        assertThat(throttle.refusedUntil(locked, t0.plusSeconds(899))).contains(t0.plusSeconds(900));
        assertThat(throttle.refusedUntil(locked, t0.plusSeconds(900))).isEmpty();
        var again = throttle.afterFailure(locked, t0.plusSeconds(900));
        assertThat(throttle.isLocked(again, t0.plusSeconds(900))).isTrue();
    }

    @Test
    void anHourOfQuietForgetsEverything() {
        var locked = failures(10, t0);
        Instant later = t0.plus(Duration.ofMinutes(15)).plus(Duration.ofHours(1));
        assertThat(throttle.refusedUntil(locked, later)).isEmpty();
        assertThat(throttle.afterFailure(locked, later).failures()).isEqualTo(1);
    }

    @Property(tries = 50)
    void theWaitNeverShrinksAsFailuresGrowAndNeverExceedsTheLock(@ForAll @IntRange(min = 1, max = 60) int n) {
        Duration now = throttle.delayAfter(Math.max(n, 5));
        Duration next = throttle.delayAfter(Math.max(n, 5) + 1);
        assertThat(next).isGreaterThanOrEqualTo(now).isLessThanOrEqualTo(Duration.ofMinutes(15));
        Instant until = throttle.refusedUntil(failures(n, t0), t0).orElse(t0);
        assertThat(Duration.between(t0, until)).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }
}
