package org.backroot.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Registration;
import org.backroot.account.domain.Role;
import org.backroot.shared.ConflictException;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator creates clinician accounts, lists them, and switches them off and on. A clinician account holds
 * the CLINICIAN role only (no PERSON: it has no program of its own). Switching one off ends its sign-in everywhere at
 * once: its web sessions are deleted from the shared session table, its access tokens are revoked, and its
 * credentials version goes up so every instance drops the sign-ins it had cached. Each change is in the clinician's
 * audit log, with the administrator as actor.
 */
@Service
class ClinicianAccountService {

    /** A clinician account as an administrator sees it: no health data, because a clinician account holds none. */
    record Clinician(Account account, Instant disabledAt) {
        public boolean disabled() {
            return disabledAt != null;
        }
    }

    private final AccountRepository accounts;
    private final AccessTokenRepository tokenRows;
    private final AccessTokenService tokens;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ClinicianAccountService(AccountRepository accounts, AccessTokenRepository tokenRows, AccessTokenService tokens,
            PasswordEncoder passwordEncoder, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.tokenRows = tokenRows;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Creates a clinician account with the registration's email, name and password (the same rules as any sign-up).
     *
     * @throws ConflictException when an account already has that email
     */
    Clinician create(String adminId, Registration registration) {
        Account account = new Account(Ids.newId(), registration.email(), registration.displayName().value(),
                Set.of(Role.CLINICIAN), Timestamps.stored(clock.instant()));
        String hash = passwordEncoder.encode(registration.password().value());
        return transactions.execute(tx -> {
            if (!accounts.insert(account, hash, registration.zone())) {
                throw new ConflictException("Email already registered",
                        "An account with this email already exists. Use another email for the clinician.");
            }
            audit.record(adminId, account.id(), "clinician-created", "by an administrator");
            return new Clinician(account, null);
        });
    }

    List<Clinician> list() {
        return accounts.withRole(Role.CLINICIAN).stream().map(w -> new Clinician(w.account(), w.disabledAt())).toList();
    }

    /** @throws NotFoundException when no clinician account has this id (a person's or an admin's id included) */
    Clinician get(String clinicianId) {
        return accounts.findWithDisabled(clinicianId).filter(w -> w.account().has(Role.CLINICIAN))
                .map(w -> new Clinician(w.account(), w.disabledAt()))
                .orElseThrow(() -> new NotFoundException("No such clinician"));
    }

    /** Switches the clinician's sign-in off: every session and token ends now, on every instance. Doing it twice changes nothing. */
    Clinician disable(String adminId, String clinicianId) {
        Clinician clinician = get(clinicianId);
        if (clinician.disabled()) return clinician;
        Instant at = Timestamps.stored(clock.instant());
        transactions.executeWithoutResult(tx -> {
            accounts.setDisabledAt(clinicianId, at);
            int sessions = accounts.endSessionsBut(clinician.account().email(), null);
            int revoked = tokenRows.deleteAllBut(clinicianId, null);
            audit.record(adminId, clinicianId, "clinician-disabled", sessions + " sessions and " + revoked + " access tokens ended");
        });
        tokens.forget(clinicianId);
        return get(clinicianId);
    }

    /** Lets the clinician sign in again (with their password; the tokens revoked on disabling stay revoked). */
    Clinician enable(String adminId, String clinicianId) {
        Clinician clinician = get(clinicianId);
        if (!clinician.disabled()) return clinician;
        transactions.executeWithoutResult(tx -> {
            accounts.setDisabledAt(clinicianId, null);
            audit.record(adminId, clinicianId, "clinician-enabled", "by an administrator");
        });
        tokens.forget(clinicianId);
        return get(clinicianId);
    }
}
