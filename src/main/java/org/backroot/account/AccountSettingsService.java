package org.backroot.account;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.AccountUpdate;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.NewPassword;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person changes their own name, email and password. A new email or password needs the current password, checked
 * and throttled like a sign-in (so this form cannot be used to guess it). A new password signs the person out
 * everywhere else: every other web session ends and every access token stops working, except the session or token
 * making the change. Email and password changes are audited.
 */
@Service
class AccountSettingsService {

    /** What stays signed in after a password change: the web session or the token that made it (either may be null). */
    record Keep(String sessionId, String tokenHash) {
        static final Keep NOTHING = new Keep(null, null);
    }

    /** The account after the change, and how many other sessions and tokens were ended. */
    record Changed(Account account, boolean emailChanged, boolean passwordChanged, int endedSessions, int endedTokens) {
    }

    private final AccountRepository accounts;
    private final AccessTokenRepository tokenRows;
    private final AccessTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final SignInGuard guard;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AccountSettingsService(AccountRepository accounts, AccessTokenRepository tokenRows, AccessTokenService tokens,
            PasswordEncoder passwordEncoder, SignInGuard guard, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.tokenRows = tokenRows;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.guard = guard;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Applies the change; {@code address} is the client's, for throttling wrong current passwords.
     *
     * @throws ValidationException naming {@code currentPassword} when it is wrong (or must wait), {@code email} when
     *                             another account has it, and any field that is not valid
     */
    Changed change(String userId, AccountUpdate update, String address, Keep keep) {
        Account before = accounts.findById(userId).orElseThrow(() -> new org.backroot.shared.NotFoundException("No such account"));
        if (update.needsCurrentPassword()) checkCurrentPassword(before, update.currentPassword(), address);
        Changed changed = transactions.execute(tx -> apply(before, update, keep));
        tokens.forget(userId);
        return changed;
    }

    private Changed apply(Account before, AccountUpdate update, Keep keep) {
        String id = before.id();
        if (update.displayName() != null && !update.displayName().value().equals(before.displayName())) {
            accounts.updateDisplayName(id, update.displayName().value());
        }
        Email email = before.email();
        boolean emailChanged = update.email() != null && !update.email().equals(before.email());
        if (emailChanged) {
            if (!accounts.updateEmail(id, update.email())) {
                throw new ValidationException("email", "is already used by another account; choose another email");
            }
            accounts.renameSessions(before.email(), update.email());
            email = update.email();
            audit.record(id, id, "email-changed", "from " + before.email().value() + " to " + update.email().value());
        }
        int endedSessions = 0;
        int endedTokens = 0;
        if (update.newPassword() != null) {
            Ended ended = storeNewPassword(id, email, update.newPassword(), keep);
            endedSessions = ended.sessions();
            endedTokens = ended.tokens();
            audit.record(id, id, "password-changed", endedSessions + " other sessions and " + endedTokens + " access tokens ended");
        }
        // Every instance drops its cached token sign-ins of this person (name, email and tokens may have changed).
        accounts.raiseCredentialsVersion(id);
        return new Changed(accounts.findById(id).orElseThrow(), emailChanged, update.newPassword() != null, endedSessions, endedTokens);
    }

    /** How many sessions and access tokens a new password ended. */
    record Ended(int sessions, int tokens) {
    }

    /**
     * The one way a password is replaced (a change in Settings or the API, a reset by email): stored hashed, and every
     * session and access token of the person ends but {@code keep}'s. Runs in the caller's transaction; the caller
     * raises the credentials version so every instance drops its cached sign-ins.
     */
    Ended storeNewPassword(String id, Email email, NewPassword password, Keep keep) {
        accounts.updatePasswordHash(id, passwordEncoder.encode(password.value()));
        int sessions = accounts.endSessionsBut(email, keep.sessionId());
        int tokens = tokenRows.deleteAllBut(id, keep.tokenHash());
        return new Ended(sessions, tokens);
    }

    private void checkCurrentPassword(Account account, String currentPassword, String address) {
        String username = account.email().value();
        try {
            guard.check(username, address);
        } catch (SignInThrottledException e) {
            throw new ValidationException("currentPassword", e.explanation());
        }
        String hash = accounts.passwordHash(account.id()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, hash)) {
            guard.failed(username, address);
            throw new ValidationException("currentPassword", "does not match your current password; nothing was changed");
        }
    }
}
