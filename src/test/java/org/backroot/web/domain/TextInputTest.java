package org.backroot.web.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class TextInputTest {

    @Test
    void ordinaryTextWithLineBreaksTabsAndEmojiIsClean() {
        assertThat(TextInput.isClean("Tying my shoes\n\tthen the stairs, día 3 🙂")).isTrue();
        assertThat(TextInput.isClean(null)).isTrue();
    }

    @Test
    void nulEscapeDelC1ControlsAndLoneSurrogatesAreRefusedNamingTheField() {
        for (String bad : new String[] {"a\u0000b", "\u001b[31m", "x\u007f", "\u0085", "\ud83d", "\ude42x", "\uffff"}) {
            assertThat(TextInput.isClean(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> TextInput.require("note", "a\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
    }

    @Property(tries = 200)
    void anyStringWithAC0ControlOtherThanTabOrLineBreakIsRefused(@ForAll @StringLength(max = 20) String text,
            @ForAll @CharRange(from = '\u0000', to = '\u001f') char control) {
        String withControl = text + control + text;
        assertThat(TextInput.isClean(withControl)).isEqualTo(control == '\t' || control == '\n' || control == '\r' ? TextInput.isClean(text) : false);
    }
}
