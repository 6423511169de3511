package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.junit.jupiter.api.Test;

class GatewayAnswersTest {

    private static String read() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/instruments/red-flags.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final List<AnswerOption> YES_NO_UNSURE = List.of(new AnswerOption("yes", "Yes"), new AnswerOption("no", "No"),
            new AnswerOption("unsure", "Not sure"));

    private static Item item(String linkId) {
        return new Item(linkId, "Question " + linkId + "?", null, null, ItemType.CHOICE, true, YES_NO_UNSURE, null, null, null, null,
                false, 1, false, List.of());
    }

    private final Instrument screen = new Instrument("screen", 1, "Screen", InstrumentPurpose.SCREENING, null, "Intro.", null, "Ours.", null,
            false, List.of(item("a"), item("b"), item("c"), item("d")), null, List.of(),
            List.of(new Gateway("ab", "A or B?", null, List.of("a", "b")), new Gateway("c", "C?", null, List.of("c"))), null);

    @Test
    void noToAGatewayIsNoToEveryItemBehindIt() {
        Map<String, String> expanded = GatewayAnswers.expand(screen, Map.of("gateways", "on", "gate-ab", "no", "gate-c", "yes", "c", "unsure", "d", "yes"));
        assertThat(expanded).containsEntry("a", "no").containsEntry("b", "no").containsEntry("c", "unsure").containsEntry("d", "yes");
    }

    @Test
    void aSignMarkedBehindANoGatewayIsKeptNotDropped() {
        assertThat(GatewayAnswers.expand(screen, Map.of("gate-ab", "no", "a", "yes"))).containsEntry("a", "yes").containsEntry("b", "no");
    }

    @Test
    void yesOrNotSureKeepsTheFollowUpsAsAnswered() {
        assertThat(GatewayAnswers.expand(screen, Map.of("gate-ab", "unsure", "a", "yes"))).containsEntry("a", "yes").doesNotContainKey("b");
    }

    @Test
    void anUnansweredGatewayIsOneProblemNamingItsQuestion() {
        List<FieldError> problems = GatewayAnswers.unanswered(screen, Map.of("gate-ab", "no"));
        assertThat(problems).containsExactly(new FieldError("gate-c", "Please answer: C?"));
        assertThat(GatewayAnswers.hiddenBehindUnanswered(screen, Map.of("gate-ab", "no"))).containsExactly("c");
    }

    @Test
    void aRepeatScreenOpensWithTheGatewaysItsEarlierAnswersImply() {
        assertThat(GatewayAnswers.fromItems(screen, Map.of("a", "no", "b", "no", "c", "unsure")))
                .containsEntry("gate-ab", "no").containsEntry("gate-c", "yes");
        assertThat(GatewayAnswers.fromItems(screen, Map.of("a", "no"))).containsEntry("gate-ab", "yes");
    }

    @Test
    void onlyAPageThatAskedTheGatewaysIsReadThroughThem() {
        assertThat(GatewayAnswers.asked(screen, Map.of("a", "no"))).isFalse();
        assertThat(GatewayAnswers.asked(screen, Map.of("gateways", "on"))).isTrue();
    }

    @Test
    void aGatewayMustStandBeforeItemsThatHaveANoAnswerAndEachItemOnlyOnce() {
        assertThatThrownBy(() -> new Instrument("screen", 1, "Screen", InstrumentPurpose.SCREENING, null, "Intro.", null, "Ours.", null,
                false, List.of(item("a")), null, List.of(), List.of(new Gateway("x", "X?", null, List.of("a")), new Gateway("y", "Y?", null, List.of("a"))), null))
                .hasMessageContaining("more than one gateway");
        assertThatThrownBy(() -> new Instrument("screen", 1, "Screen", InstrumentPurpose.SCREENING, null, "Intro.", null, "Ours.", null,
                false, List.of(item("a")), null, List.of(), List.of(new Gateway("x", "X?", null, List.of("zz"))), null))
                .hasMessageContaining("does not exist");
    }

    @Test
    void theShippedScreenGatesEveryYesNoQuestionAndAsksTheTwoFactsAsTheyAre() {
        Instrument shipped = new InstrumentParser().parse("red-flags.yaml", read());
        assertThat(shipped.ungatedItems()).extracting(Item::linkId).containsExactlyInAnyOrder("onset-age", "back-pain-duration");
        assertThat(IntakeTime.answersAllNo(shipped)).isEqualTo(shipped.gateways().size() + 2);
    }
}
