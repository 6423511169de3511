package org.backroot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.backroot.account.domain.Email;
import org.backroot.account.domain.SignInThrottle;
import org.springframework.stereotype.Service;

/**
 * Throttles password guessing per account and per client address, records every failed and every refused sign-in
 * in the audit log, and keeps what happened for the account's owner to see at their next sign-in.
 */
@Service
class SignInGuard {

    private final SignInThrottleRepository store;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SignInThrottle perAccount;
    private final SignInThrottle perAddress;
    private final AboutYouService about;

    SignInGuard(SignInThrottleRepository store, AccountRepository accounts, AuditLog audit, Clock clock, SignInThrottleProperties properties,
            AboutYouService about) {
        this.about = about;
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.perAccount = properties.account();
        this.perAddress = properties.address();
    }

    /** Refuses the attempt, before any password is checked, while the account or the address must wait. */
    void check(String username, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        var account = store.find(accountKey).orElse(null);
        var fromAddress = store.find(addressKey(address)).orElse(null);
        Optional<Instant> accountWait = perAccount.refusedUntil(account, now);
        Optional<Instant> addressWait = perAddress.refusedUntil(fromAddress, now);
        if (accountWait.isEmpty() && addressWait.isEmpty()) return;
        Instant until = accountWait.orElse(Instant.MIN).isAfter(addressWait.orElse(Instant.MIN)) ? accountWait.get() : addressWait.get();
        boolean locked = perAccount.isLocked(account, now) || perAddress.isLocked(fromAddress, now);
        if (accountWait.isPresent()) store.countThrottled(accountKey, now);
        audit.record(null, userId(username), "sign-in-throttled", "from " + address + (locked ? ", locked" : ", waiting") + " until " + until);
        throw new SignInThrottledException(Duration.between(now, until), locked);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(username);
        store.saveFailure(accountKey, perAccount.afterFailure(store.find(accountKey).orElse(null), now), true, now);
        String addressKey = addressKey(address);
        store.saveFailure(addressKey, perAddress.afterFailure(store.find(addressKey).orElse(null), now), false, now);
        String userId = userId(username);
        audit.record(null, userId, "sign-in-failed", "from " + address + (userId == null ? ", no such account" : ""));
    }

    /** Clears the account's count (not the address's: one's own account must not unlock guessing at others). */
    void succeeded(CurrentUser user, String username) {
        store.clear(accountKey(username)).ifPresent(unreported -> store.addNotice(user.id(), unreported, clock.instant()));
    }

    /** The notice on the page and the API. */
    record SignInNotice(int failedAttempts, int refusedAttempts, Instant since, String message) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** What to tell the person about attempts on their account since they last signed in, dates in their zone. */
    Optional<SignInNotice> noticeFor(String userId) {
        return store.notice(userId).map(n -> {
            String since = WHEN.format(n.firstAt().atZone(about.zone(userId).id()));
            StringBuilder message = new StringBuilder("Since ").append(since).append(", ");
            message.append(n.failedAttempts() == 1 ? "someone tried 1 wrong password" : "someone tried " + n.failedAttempts() + " wrong passwords")
                    .append(" to sign in to your account");
            if (n.throttledAttempts() > 0) {
                message.append(", and ").append(n.throttledAttempts() == 1 ? "1 more attempt was" : n.throttledAttempts() + " more attempts were")
                        .append(" turned away while sign-in was paused");
            }
            message.append(". If that was you, all is well. If not, nobody got in, and choosing a new, longer password keeps it that way.");
            return new SignInNotice(n.failedAttempts(), n.throttledAttempts(), n.firstAt(), message.toString());
        });
    }

    boolean dismissNotice(String userId) {
        return store.dismissNotice(userId);
    }

    private String userId(String username) {
        try {
            return accounts.findByEmail(new Email(username)).map(a -> a.id()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A hash of the normalised email: unknown emails are throttled like known ones, and not stored. */
    static String accountKey(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + AccessTokenService.hash(normalised);
    }

    static String addressKey(String address) {
        String a = address == null || address.isBlank() ? "unknown" : address;
        return "address:" + (a.length() > 100 ? a.substring(0, 100) : a);
    }
}
