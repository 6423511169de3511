package org.backroot.account;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.backroot.account.domain.Email;
import org.backroot.account.domain.NewPassword;
import org.backroot.account.domain.SignInThrottle;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": once mail is configured ({@code spring.mail.host}) and Backroot knows its own address
 * ({@code backroot.base-url}; a link is never built from a request's Host header), a person can ask for a link by
 * email. The link carries 256 random bits (only a hash is stored), works once and for an hour. The answer is the same
 * whether or not an account has the email, and asking is throttled per email and per address like sign-in. Setting
 * the new password ends every session and access token of the account.
 */
@Service
class PasswordResetService {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    static final String PATH = "/password/reset/";

    /** What the person is told after asking: either "sent if it exists", or how long to wait. */
    record Asked(Duration waitFor) {
        boolean throttled() {
            return waitFor != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final AccountSettingsService settings;
    private final AccessTokenService tokens;
    private final SignInThrottleRepository throttles;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordResetProperties properties;
    private final SignInThrottle perEmail;
    private final SignInThrottle perAddress;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String mailUsername;
    private final String baseUrl;

    PasswordResetService(PasswordResetRepository resets, AccountRepository accounts, AccountSettingsService settings, AccessTokenService tokens,
            SignInThrottleRepository throttles, AuditLog audit, Clock clock, PasswordResetProperties properties,
            ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${spring.mail.username:}") String mailUsername, @Value("${backroot.base-url:}") String baseUrl) {
        this.resets = resets;
        this.accounts = accounts;
        this.settings = settings;
        this.tokens = tokens;
        this.throttles = throttles;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.perEmail = properties.perEmail();
        this.perAddress = properties.perAddress();
        this.mail = mail;
        this.mailHost = mailHost == null ? "" : mailHost.strip();
        this.mailUsername = mailUsername == null ? "" : mailUsername.strip();
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        if (!this.mailHost.isEmpty() && this.baseUrl.isEmpty()) {
            LOG.warn("spring.mail.host is set but backroot.base-url is not: password reset by email stays off, "
                    + "because a link in an email needs Backroot's own address");
        }
    }

    /** Whether the login page offers "Forgot your password?". */
    boolean offered() {
        return !mailHost.isEmpty() && !baseUrl.isEmpty() && mail.getIfAvailable() != null;
    }

    private void requireOffered() {
        if (!offered()) throw new NotFoundException("Password reset by email is not set up here");
    }

    /**
     * Sends a link to {@code emailText} when an account has it; answers the same either way, unless asking too often.
     *
     * @throws ValidationException naming {@code email} when it is not an email address
     */
    Asked ask(String emailText, String address) {
        requireOffered();
        Email email;
        try {
            email = new Email(emailText);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("email", e.getMessage());
        }
        Instant now = clock.instant();
        String emailKey = "reset-" + SignInGuard.accountKey(email.value());
        String addressKey = "reset-" + SignInGuard.addressKey(address);
        var byEmail = throttles.find(emailKey).orElse(null);
        var byAddress = throttles.find(addressKey).orElse(null);
        Optional<Instant> until = later(perEmail.refusedUntil(byEmail, now), perAddress.refusedUntil(byAddress, now));
        if (until.isPresent()) return new Asked(Duration.between(now, until.get()));
        throttles.saveFailure(emailKey, perEmail.afterFailure(byEmail, now), false, now);
        throttles.saveFailure(addressKey, perAddress.afterFailure(byAddress, now), false, now);
        accounts.findByEmail(email).ifPresent(account -> {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            resets.insert(account.id(), AccessTokenService.hash(token), now, now.plus(properties.linkValidFor()));
            try {
                send(account.email(), account.displayName(), link(token));
                audit.record(null, account.id(), "password-reset-sent", "asked from " + address);
            } catch (MailException e) {
                // The answer stays the same (it must not tell whether the account exists); the operator sees why.
                LOG.error("Could not send a password reset email: {}", e.getMessage());
                audit.record(null, account.id(), "password-reset-not-sent", "asked from " + address + "; the mail server refused");
            }
        });
        return new Asked(null);
    }

    /** Whether the link still works (not used, not expired); the page says so before asking for a new password. */
    boolean usable(String token) {
        requireOffered();
        return validShape(token) && resets.usableBy(AccessTokenService.hash(token), clock.instant()).isPresent();
    }

    /**
     * Sets the new password and ends every session and access token of the account; false when the link was used or
     * has expired.
     *
     * @throws ValidationException naming {@code newPassword} when it is too short or easy to guess
     */
    @Transactional
    boolean reset(String token, String newPassword) {
        requireOffered();
        NewPassword password;
        try {
            password = new NewPassword(newPassword);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("newPassword", e.getMessage());
        }
        if (!validShape(token)) return false;
        Instant now = clock.instant();
        String hash = AccessTokenService.hash(token);
        Optional<String> userId = resets.usableBy(hash, now);
        if (userId.isEmpty() || !resets.use(userId.get(), hash, now)) return false;
        String id = userId.get();
        var account = accounts.findById(id).orElseThrow();
        AccountSettingsService.Ended ended = settings.storeNewPassword(id, account.email(), password, AccountSettingsService.Keep.NOTHING);
        resets.retireAll(id, now);
        accounts.raiseCredentialsVersion(id);
        tokens.forget(id);
        audit.record(id, id, "password-reset", ended.sessions() + " sessions and " + ended.tokens() + " access tokens ended");
        return true;
    }

    private String link(String token) {
        return URI.create(baseUrl + PATH + token).toString();
    }

    private void send(Email to, String name, String link) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from());
        message.setTo(to.value());
        message.setSubject("Set a new Backroot password");
        message.setText("Hello " + name + ",\n\n"
                + "Someone, we hope you, asked to set a new password for your Backroot account. To choose one, open this link "
                + "within the next " + minutesText(properties.linkValidFor()) + ":\n\n"
                + link + "\n\n"
                + "The link works once. Setting a new password signs you out on every device, so you sign in again with the new one.\n\n"
                + "If you did not ask for this, you can ignore this email: your password stays as it is.\n\n"
                + "Backroot\n");
        mail.getObject().send(message);
    }

    private String from() {
        if (!properties.from().isBlank()) return properties.from().strip();
        if (mailUsername.contains("@")) return mailUsername;
        return "backroot@" + URI.create(baseUrl).getHost();
    }

    static String minutesText(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 == 0) return minutes == 60 ? "hour" : (minutes / 60) + " hours";
        return minutes + " minutes";
    }

    private static boolean validShape(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a.get().isAfter(b.get()) ? a : b;
    }
}
