package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.ResponseValidator;

/** Safety invariants over generated answers to the real red-flags.yaml. */
class RedFlagEvaluatorProperties {

    private static final List<String> YES_NO_ITEMS = RedFlagScreening.INSTRUMENT.items().stream()
            .map(Item::linkId).filter(id -> !Set.of("onset-age", "back-pain-duration").contains(id)).toList();

    @Provide
    Arbitrary<Map<String, Object>> screenings() {
        Arbitrary<String> yesNoUnsure = Arbitraries.of("yes", "no", "unsure");
        return Arbitraries.maps(Arbitraries.of(YES_NO_ITEMS), yesNoUnsure).ofMaxSize(YES_NO_ITEMS.size())
                .flatMap(changes -> Arbitraries.of("under-20", "20-34", "35-44", "45-50", "over-50")
                        .flatMap(onset -> Arbitraries.of("under-3-months", "over-3-months").map(duration -> {
                            Map<String, Object> answers = RedFlagScreening.allClear();
                            answers.putAll(changes);
                            answers.put("onset-age", onset);
                            answers.put("back-pain-duration", duration);
                            return answers;
                        })));
    }

    private static ScreeningResult evaluate(Map<String, Object> answers) {
        return RedFlagEvaluator.evaluate(RedFlagScreening.INSTRUMENT, ResponseValidator.validate(RedFlagScreening.INSTRUMENT, answers));
    }

    @Property
    void sayingYesInsteadOfNoOrNotSureNeverLowersTheOutcome(@ForAll("screenings") Map<String, Object> answers,
                                                            @ForAll("yesNoItem") String linkId) {
        Map<String, Object> more = new java.util.HashMap<>(answers);
        more.put(linkId, "yes");
        assertThat(evaluate(more).outcome().isAtLeast(evaluate(answers).outcome())).isTrue();
    }

    @Property
    void outcomeIsTheMostSevereReasonAndClearHasNoReasons(@ForAll("screenings") Map<String, Object> answers) {
        ScreeningResult result = evaluate(answers);
        assertThat(result.reasons().isEmpty()).isEqualTo(result.outcome() == SafetyOutcome.CLEAR);
        result.reasons().forEach(reason -> assertThat(result.outcome().isAtLeast(reason.outcome())).isTrue());
    }

    @Property
    void anyCaudaEquinaYesIsAlwaysAnEmergency(@ForAll("screenings") Map<String, Object> answers,
                                              @ForAll("caudaEquinaItem") String linkId) {
        Map<String, Object> withSign = new java.util.HashMap<>(answers);
        withSign.put(linkId, "yes");
        assertThat(evaluate(withSign).outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
    }

    @Provide
    Arbitrary<String> yesNoItem() {
        return Arbitraries.of(YES_NO_ITEMS);
    }

    @Provide
    Arbitrary<String> caudaEquinaItem() {
        return Arbitraries.of("bladder-change", "bowel-change", "saddle-numbness", "sexual-function-change", "both-legs");
    }
}
