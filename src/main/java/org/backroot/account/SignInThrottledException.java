package org.backroot.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked, because of too many wrong ones; says how long to wait. */
class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;
    private final boolean locked;

    SignInThrottledException(Duration wait, boolean locked) {
        super("Too many sign-in attempts");
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        this.locked = locked;
    }

    boolean locked() {
        return locked;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The plain-words reason, for the login page and the API's problem detail. */
    String explanation() {
        return explain(retryAfterSeconds, locked);
    }

    static String explain(long retryAfterSeconds, boolean locked) {
        String wait = retryAfterSeconds < 90 ? retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds")
                : ((retryAfterSeconds + 59) / 60) + " minutes";
        return locked
                ? "There have been too many wrong passwords for this sign-in, so it is paused for safety. Please try again in " + wait
                        + ". If this was not you, your account is still safe: nobody got in."
                : "There have been several wrong passwords in a row. Please wait " + wait + " before you try again.";
    }
}
