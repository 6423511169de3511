package org.backroot.account;

import java.time.Duration;

import org.backroot.account.domain.SignInThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code backroot.security.sign-in.*}): per account, 5 wrong passwords are free, then each waits
 * twice as long as the last (1 s, 2 s, 4 s, ...) and the 10th locks the account's sign-in for 15 minutes; per client
 * address (many people may share one, as in a clinic), 20 free and a lock at 100. Forgotten after an hour of quiet.
 */
@ConfigurationProperties("backroot.security.sign-in")
record SignInThrottleProperties(
        @DefaultValue("5") int accountFreeFailures,
        @DefaultValue("10") int accountLockAfter,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("100") int addressLockAfter,
        @DefaultValue("1s") Duration baseDelay,
        @DefaultValue("15m") Duration lock,
        @DefaultValue("1h") Duration forgetAfter) {

    SignInThrottle account() {
        return new SignInThrottle(accountFreeFailures, accountLockAfter, baseDelay, lock, forgetAfter);
    }

    SignInThrottle address() {
        return new SignInThrottle(addressFreeFailures, addressLockAfter, baseDelay, lock, forgetAfter);
    }
}
