package org.backroot.web.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aListReadsAsASentence() {
        assertThat(Words.join(List.of())).isEmpty();
        assertThat(Words.join(List.of("movement"))).isEqualTo("movement");
        assertThat(Words.join(List.of("movement", "posture"))).isEqualTo("movement and posture");
        assertThat(Words.join(List.of("sleep", "posture", "breathing"))).isEqualTo("sleep, posture and breathing");
    }

    @Test
    void aNameWithAnAndOfItsOwnIsSetApartByAComma() {
        // not "movement and stress and tension"
        assertThat(Words.join(List.of("movement", "stress and tension"))).isEqualTo("movement, and stress and tension");
        assertThat(Words.join(List.of("stress and tension", "movement"))).isEqualTo("stress and tension, and movement");
        assertThat(Words.join(List.of("posture", "stress and tension", "breathing"))).isEqualTo("posture, stress and tension, and breathing");
    }
}
