package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarningSignWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I've wet myself twice this week without noticing | a change in bladder or bowel control",
            "Can\u2019t pee properly since Sunday | a change in bladder or bowel control",
            "There's some numbness around my groin | numbness between your legs or around your bottom",
            "My bottom feels numb on the left | numbness between your legs or around your bottom",
            "The pain goes down both legs now | symptoms in both legs",
            "My right leg keeps giving way on the stairs | a leg or foot getting weaker",
            "My toes catch on the carpet when I walk | a leg or foot getting weaker",
            "The numbness in my foot is spreading up | numbness that is spreading",
            "Had a fever and chills last night | a fever or chills",
            "I've lost 6 kg without trying | losing weight without trying",
            "The pain at night is constant, no position helps | pain at night that no position eases",
            "I fell down the stairs on Monday | a fall or an accident",
            "Sudden sharp pain when I sneezed | sudden severe pain",
            "Feeling really unwell today | feeling unwell",
            "I can't walk this morning | something that needs help now"})
    void wordsOfEachCheckInSignAreRecognised(String message, String sign) {
        assertThat(WarningSignWords.signsIn(message)).contains(sign);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The hip drill felt easier today. Should I add a second set?",
            "Pain was about 4/10 after gardening, settled by the evening.",
            "Thanks for the new plan, the breathing one is lovely.",
            "I fall asleep faster since I started the evening routine.",
            "Can I swap the walk for a swim on Fridays?",
            "My back was stiff this morning but loosened up after the cat stretch."})
    void ordinaryMessagesPointNowhere(String message) {
        assertThat(WarningSignWords.signsIn(message)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BLADDER trouble again", "bladder\ntrouble", "my   BOWELS  are not right"})
    void caseAndSpacingDoNotHideASign(String message) {
        assertThat(WarningSignWords.signsIn(message)).containsExactly("a change in bladder or bowel control");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fever. Also I fell over and now both legs tingle."})
    void eachSignIsNamedOnceInTheCheckInsOrder(String message) {
        assertThat(WarningSignWords.signsIn(message + " " + message))
                .containsExactly("symptoms in both legs", "a fever or chills", "a fall or an accident");
    }

    @Property
    void addingWordsNeverHidesASign(@ForAll @AlphaChars String before, @ForAll @AlphaChars String after) {
        assertThat(WarningSignWords.signsIn(before + " I have a fever " + after)).contains("a fever or chills");
    }

    @Property
    void nothingBlankSuggestsASign(@ForAll("blanks") String text) {
        assertThat(WarningSignWords.signsIn(text)).isEmpty();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> blanks() {
        return net.jqwik.api.Arbitraries.strings().withChars(" \t\n\r").ofMaxLength(20).injectNull(0.1);
    }
}
