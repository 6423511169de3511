package org.backroot.account;

import org.backroot.account.domain.Email;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account by email for form login and HTTP Basic. */
@Service
class AccountUserDetailsService implements UserDetailsService {

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
}
