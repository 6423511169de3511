package org.backroot.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class AccountUpdateTest {

    @Test
    void aNameAloneNeedsNoPassword() {
        AccountUpdate update = AccountUpdate.of("  Sam ", null, null, null);
        assertThat(update.displayName().value()).isEqualTo("Sam");
        assertThat(update.needsCurrentPassword()).isFalse();
    }

    @Test
    void aNewEmailOrPasswordNeedsTheCurrentPassword() {
        assertThatThrownBy(() -> AccountUpdate.of(null, "sam@example.org", null, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField()).containsKey("currentPassword"));
        assertThatThrownBy(() -> AccountUpdate.of(null, null, "a long enough password", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField()).containsKey("currentPassword"));
        assertThat(AccountUpdate.of(null, "Sam@Example.org", null, "old").email().value()).isEqualTo("sam@example.org");
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> AccountUpdate.of("", "not-an-email", "password1", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField())
                        .containsOnlyKeys("displayName", "email", "newPassword", "currentPassword"));
    }

    @Test
    void aWeakNewPasswordIsRefusedWithTheReason() {
        assertThatThrownBy(() -> AccountUpdate.of(null, null, "qwertyuiop", "old"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messagesByField().get("newPassword")).contains("too easy to guess"));
    }

    @Test
    void somethingMustChange() {
        assertThatThrownBy(() -> AccountUpdate.of(null, null, null, "old")).isInstanceOf(ValidationException.class);
    }

    @Test
    void thePasswordsNeverShowInItsText() {
        assertThat(AccountUpdate.of(null, null, "a long enough password", "my old secret").toString())
                .doesNotContain("a long enough password").doesNotContain("my old secret");
    }
}
