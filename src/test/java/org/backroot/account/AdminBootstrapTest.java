package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.backroot.account.domain.Email;
import org.backroot.account.domain.Registration;
import org.backroot.account.domain.Role;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator comes only from configuration, and never with a default password. */
@BackrootAppTest
class AdminBootstrapTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private AdminBootstrap bootstrap(String email, String password) {
        return new AdminBootstrap(new AdminProperties(email, password), accountService, accounts, encoder);
    }

    @Test
    void createsTheConfiguredAdministratorWithItsPassword() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        bootstrap(email, "a long admin passphrase").run(null);

        var admin = accounts.findByEmail(new Email(email)).orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN, Role.PERSON);
        assertThat(encoder.matches("a long admin passphrase", accounts.passwordHash(admin.id()).orElseThrow())).isTrue();
    }

    @Test
    void grantsAdminToAnExistingAccountWithThatEmail() {
        String email = "clinic-" + UUID.randomUUID() + "@example.org";
        var existing = accountService.register(Registration.of(email, "the person's own pass", "Sam"));
        bootstrap(email, "a new admin passphrase").run(null);
        assertThat(accounts.findById(existing.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void withoutAPasswordNoAdministratorIsCreated() {
        String email = "nopass-" + UUID.randomUUID() + "@example.org";
        bootstrap(null, null).run(null);
        bootstrap(email, "").run(null);
        bootstrap(email, null).run(null);
        assertThat(accounts.findByEmail(new Email(email))).isEmpty();
    }

    @Test
    void refusesAShortAdminPassword() {
        assertThatThrownBy(() -> bootstrap("short-" + UUID.randomUUID() + "@example.org", "short").run(null))
                .hasMessageContaining("at least 10");
    }
}
