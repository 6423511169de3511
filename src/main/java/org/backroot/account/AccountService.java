package org.backroot.account;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.Registration;
import org.backroot.account.domain.Role;
import org.backroot.shared.ConflictException;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and account lookup, shared by the sign-up page and the JSON API. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Account register(Registration registration) {
        Account account = new Account(Ids.newId(), registration.email(), registration.displayName().value(),
                Set.of(Role.PERSON), Timestamps.stored(clock.instant()));
        if (!accounts.insert(account, passwordEncoder.encode(registration.password().value()), registration.zone())) {
            throw new ConflictException("Email already registered",
                    "An account with this email already exists. Sign in instead, or use another email.");
        }
        return account;
    }

    public Account get(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("No such account"));
    }

    Optional<Account> findByEmail(Email email) {
        return accounts.findByEmail(email);
    }
}
