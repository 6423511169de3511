package org.backroot.account;

import java.util.EnumSet;
import java.util.Set;

import org.backroot.account.domain.Email;
import org.backroot.account.domain.NewPassword;
import org.backroot.account.domain.Registration;
import org.backroot.account.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the configured administrator at start-up, or grants ADMIN to an existing account with that email. */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final AdminProperties admin;
    private final AccountService accountService;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    AdminBootstrap(AdminProperties admin, AccountService accountService, AccountRepository accounts, PasswordEncoder encoder) {
        this.admin = admin;
        this.accountService = accountService;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!admin.isConfigured()) {
            if (!accounts.anyWithRole(Role.ADMIN)) {
                log.info("No administrator yet. Start with --backroot.admin.email=... --backroot.admin.password=... to create one.");
            }
            return;
        }
        Email email = new Email(admin.email());
        NewPassword password = new NewPassword(admin.password());
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Set<Role> roles = EnumSet.copyOf(existing.get().roles());
            roles.add(Role.ADMIN);
            accounts.updateRolesAndPassword(existing.get().id(), roles, encoder.encode(password.value()));
            log.info("Administrator {} is ready.", email);
            return;
        }
        var account = accountService.register(Registration.of(email.value(), password.value(), "Administrator"));
        accounts.updateRolesAndPassword(account.id(), EnumSet.of(Role.PERSON, Role.ADMIN), encoder.encode(password.value()));
        log.info("Created administrator {}.", email);
    }
}
