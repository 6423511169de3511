package org.backroot.account;

import org.backroot.account.domain.Email;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads an account by email for form login and HTTP Basic, and stores a fresh hash when Spring Security finds the
 * stored one outdated (a bcrypt hash, or Argon2 with lower cost than configured) right after a correct password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Email email;
        try {
            email = new Email(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("unknown account");
        }
        return accounts.findByEmail(email)
                .map(a -> new CurrentUser(a.id(), a.email().value(), a.displayName(), a.roles(),
                        accounts.passwordHash(a.id()).orElseThrow()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /**
     * Refuses an account an administrator switched off. Called after the password matched, so only the account's owner
     * learns that it is switched off.
     */
    void refuseDisabled(UserDetails user) {
        if (user instanceof CurrentUser current && accounts.disabledAt(current.id()).isPresent()) {
            throw new DisabledException("account disabled");
        }
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        CurrentUser current = (CurrentUser) user;
        accounts.updatePasswordHash(current.id(), newPasswordHash);
        return new CurrentUser(current.id(), current.email(), current.displayName(), current.roles(), newPasswordHash);
    }
}
