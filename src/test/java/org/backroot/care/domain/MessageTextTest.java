package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backroot.web.domain.ValidationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void surroundingSpaceIsTrimmedAndLineEndsBecomeNewlines() {
        assertThat(MessageText.of("  first line\r\nsecond\rthird \t").value()).isEqualTo("first line\nsecond\nthird");
    }

    @Test
    void emptyTooLongOrControlCharactersAreRefusedNamingText() {
        for (String bad : new String[] {null, "", " \n\t ", "a".repeat(2001), "bell\u0007", "\u009b1m"}) {
            assertThatThrownBy(() -> MessageText.of(bad)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("text"));
        }
    }

    @Test
    void theLimitCountsCharactersNotCodeUnits() {
        assertThat(MessageText.of("\uD83D\uDE00".repeat(MessageText.MAX_LENGTH)).value()).hasSize(2 * MessageText.MAX_LENGTH);
        assertThatThrownBy(() -> MessageText.of("\uD83D\uDE00".repeat(MessageText.MAX_LENGTH + 1)))
                .hasMessageContaining("at most 2000 characters (this one has 2001)");
    }

    @Property
    void anyOrdinaryTextUpToTheLimitIsKeptAsWritten(@ForAll("ordinary") String text) {
        String typed = "x" + text;
        assertThat(MessageText.of(typed).value()).isEqualTo(typed.strip());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> ordinary() {
        return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\u00e9', '\u00fc', '\u2019', '\u00a0')
                .ofMaxLength(MessageText.MAX_LENGTH - 1);
    }
}
