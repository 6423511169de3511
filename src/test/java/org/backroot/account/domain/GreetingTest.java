package org.backroot.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GreetingTest {

    @Test
    void greetsByThePartOfThePersonsDay() {
        assertThat(Greeting.of("Sam", LocalTime.of(5, 0))).isEqualTo("Good morning, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(11, 59))).isEqualTo("Good morning, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(12, 0))).isEqualTo("Good afternoon, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(18, 0))).isEqualTo("Good evening, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(22, 59))).isEqualTo("Good evening, Sam");
    }

    @Test
    void saysAPlainHelloThroughTheNight() {
        assertThat(Greeting.of("Sam", LocalTime.of(23, 0))).isEqualTo("Hello, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(3, 0))).isEqualTo("Hello, Sam");
        assertThat(Greeting.of("Sam", LocalTime.of(4, 59))).isEqualTo("Hello, Sam");
    }

    @Test
    void withoutANameThereIsNoDanglingComma() {
        assertThat(Greeting.of(" ", LocalTime.of(9, 0))).isEqualTo("Good morning");
        assertThat(Greeting.of(null, LocalTime.of(9, 0))).isEqualTo("Good morning");
        assertThatThrownBy(() -> Greeting.of("Sam", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyHourHasExactlyOneGreetingThatEndsWithTheName(@ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll @IntRange(min = 0, max = 59) int minute) {
        String greeting = Greeting.of("Ana María", LocalTime.of(hour, minute));
        assertThat(greeting).endsWith(", Ana María")
                .startsWith(Greeting.words(hour))
                .matches("(Good morning|Good afternoon|Good evening|Hello), Ana María");
    }
}
