package org.backroot.account;

import java.time.Duration;

import org.backroot.account.domain.SignInThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by email ({@code backroot.security.password-reset.*}), offered only when {@code spring.mail.host} and
 * {@code backroot.base-url} are both set. A link works for {@code linkValidFor} (an hour), once. Asking for links is
 * throttled the way sign-in is: per email, 3 are free, then each waits twice as long as the last (1 min, 2 min, ...)
 * and the 6th pauses asking for an hour; per client address, 10 free and a pause at 50. {@code from} is the sender
 * address; empty means {@code spring.mail.username}, or backroot@ the base URL's host.
 */
@ConfigurationProperties("backroot.security.password-reset")
record PasswordResetProperties(
        @DefaultValue("1h") Duration linkValidFor,
        @DefaultValue("") String from,
        @DefaultValue("3") int emailFreeRequests,
        @DefaultValue("6") int emailPauseAfter,
        @DefaultValue("10") int addressFreeRequests,
        @DefaultValue("50") int addressPauseAfter,
        @DefaultValue("1m") Duration baseDelay,
        @DefaultValue("1h") Duration pause,
        @DefaultValue("1h") Duration forgetAfter) {

    PasswordResetProperties {
        if (linkValidFor.isNegative() || linkValidFor.isZero() || linkValidFor.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("backroot.security.password-reset.link-valid-for must be more than 0 and at most 1 day");
        }
    }

    SignInThrottle perEmail() {
        return new SignInThrottle(emailFreeRequests, emailPauseAfter, baseDelay, pause, forgetAfter);
    }

    SignInThrottle perAddress() {
        return new SignInThrottle(addressFreeRequests, addressPauseAfter, baseDelay, pause, forgetAfter);
    }
}
