package org.backroot.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

class PasswordStrengthTest {

    @Test
    void commonPasswordsAreRefusedWithTheReasonInPlainWords() {
        assertThat(PasswordStrength.weakness("password12")).hasValueSatisfying(why -> assertThat(why)
                .startsWith("is too easy to guess.").contains("This is a very common password.").contains("Add another word or two."));
        assertThat(PasswordStrength.weakness("1234567890")).hasValueSatisfying(why -> assertThat(why).contains("common password"));
        assertThatThrownBy(() -> new NewPassword("password12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too easy to guess");
        assertThatThrownBy(() -> new NewPassword("qwertyuiop")).hasMessageContaining("too easy to guess");
    }

    @Test
    void aPassphraseOfUncommonWordsIsAccepted() {
        assertThat(PasswordStrength.weakness("correct horse battery")).isEmpty();
        assertThat(new NewPassword("violet kettles hum at noon").value()).isEqualTo("violet kettles hum at noon");
    }

    @Test
    void aLongPasswordIsJudgedByItsFirst64CharactersSoTheEstimateStaysQuick() {
        String guessableStart = "1234567890".repeat(7) + "Zq8#mV2!pL0@xR5^";
        assertThat(PasswordStrength.weakness(guessableStart)).isPresent();
        assertThat(PasswordStrength.weakness("violet kettles hum at noon and " + "a".repeat(90))).isEmpty();
    }

    @Property(tries = 15)
    void oneCharacterRepeatedIsNeverStrongEnough(@ForAll @CharRange(from = '!', to = '~') char c,
            @ForAll @IntRange(min = NewPassword.MIN_LENGTH, max = NewPassword.MAX_LENGTH) int length) {
        assertThat(PasswordStrength.weakness(String.valueOf(c).repeat(length))).isPresent();
    }
}
