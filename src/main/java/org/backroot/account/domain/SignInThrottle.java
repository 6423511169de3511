package org.backroot.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many wrong passwords one account, or one client address, may send. The first {@code freeFailures} cost
 * nothing; each one after that must wait twice as long as the one before ({@code baseDelay}, 2x, 4x, ... never more
 * than {@code lock}); at {@code lockAfter} failures the key is locked for {@code lock}. Failures are forgotten after
 * {@code forgetAfter} without one. Waiting is enforced by refusing early attempts, never by holding a thread.
 */
public record SignInThrottle(int freeFailures, int lockAfter, Duration baseDelay, Duration lock, Duration forgetAfter) {

    /** Failed attempts so far for one key; {@code lockedUntil} may be null. */
    public record State(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    public SignInThrottle {
        if (freeFailures < 1 || lockAfter <= freeFailures) throw new IllegalArgumentException("need 1 <= freeFailures < lockAfter");
        if (baseDelay.isNegative() || baseDelay.isZero() || lock.compareTo(baseDelay) < 0 || forgetAfter.compareTo(lock) < 0) {
            throw new IllegalArgumentException("need 0 < baseDelay <= lock <= forgetAfter");
        }
    }

    /** Until when an attempt is refused without checking the password; empty when it may go ahead. */
    public Optional<Instant> refusedUntil(State state, Instant now) {
        if (state == null || forgotten(state, now)) return Optional.empty();
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) return Optional.of(state.lockedUntil());
        if (state.failures() < freeFailures) return Optional.empty();
        Instant next = state.lastFailureAt().plus(delayAfter(state.failures()));
        return now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    /** The state after one more wrong password at {@code now}. */
    public State afterFailure(State state, Instant now) {
        int failures = state == null || forgotten(state, now) ? 1 : state.failures() + 1;
        Instant lockedUntil = failures >= lockAfter ? now.plus(lock) : null;
        return new State(failures, now, lockedUntil);
    }

    /** Whether {@code refusedUntil} is a lock (say so plainly) rather than a short pause. */
    public boolean isLocked(State state, Instant now) {
        return state != null && !forgotten(state, now) && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(lock) > 0 ? lock : delay;
    }

    private boolean forgotten(State state, Instant now) {
        Instant until = state.lockedUntil() != null && state.lockedUntil().isAfter(state.lastFailureAt()) ? state.lockedUntil() : state.lastFailureAt();
        return !now.isBefore(until.plus(forgetAfter));
    }
}
