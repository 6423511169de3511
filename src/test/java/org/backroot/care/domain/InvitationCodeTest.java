package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class InvitationCodeTest {

    @Property
    void aGeneratedCodeIsReadBackFromItsDisplayHoweverItIsTyped(@ForAll long seed) {
        InvitationCode code = InvitationCode.generate(new SplittableRandom(seed));
        assertThat(code.display()).matches("[2-9A-Z]{5}-[2-9A-Z]{5}").doesNotContain("0", "1", "O", "I", "L", "U");
        assertThat(InvitationCode.typed(code.display())).contains(code);
        assertThat(InvitationCode.typed(" " + code.display().toLowerCase().replace("-", " ") + " ")).contains(code);
        assertThat(code.hash()).hasSize(64).isEqualTo(InvitationCode.typed(code.value()).orElseThrow().hash());
    }

    @Test
    void codesDoNotRepeatAndAreNeverPrinted() {
        var seen = new HashSet<String>();
        var random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) seen.add(InvitationCode.generate(random).value());
        assertThat(seen).hasSize(10_000);
        assertThat(InvitationCode.generate(random).toString()).doesNotContainPattern("[2-9A-Z]{10}");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(InvitationCode.typed("ABCDE-FGHJ")).isEmpty();
        assertThat(InvitationCode.typed("ABCDE-FGHJ0")).isEmpty();
        assertThat(InvitationCode.typed(null)).isEmpty();
        assertThatThrownBy(() -> new InvitationCode("abcdefghjk")).isInstanceOf(IllegalArgumentException.class);
    }
}
