package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.RedFlagSpec;
import org.junit.jupiter.api.Test;

class RedFlagsYamlTest {

    private static final Set<String> CHOICE_BY_AGE_OR_TIME = Set.of("onset-age", "back-pain-duration");

    @Test
    void isAScreeningInstrumentWithoutScoring() {
        assertThat(RedFlagScreening.INSTRUMENT.id()).isEqualTo("red-flags");
        assertThat(RedFlagScreening.INSTRUMENT.purpose()).isEqualTo(InstrumentPurpose.SCREENING);
        assertThat(RedFlagScreening.INSTRUMENT.scoring()).isNull();
    }

    @Test
    void everyYesNoQuestionOffersNotSure() {
        for (Item item : RedFlagScreening.INSTRUMENT.items()) {
            if (CHOICE_BY_AGE_OR_TIME.contains(item.linkId())) continue;
            assertThat(item.options()).as(item.linkId()).extracting(AnswerOption::value)
                    .containsAnyOf("yes").contains("no", "unsure");
        }
    }

    @Test
    void bilateralLegAndBladderOrSexualQuestionsAskWhetherTheChangeIsNew() {
        for (String linkId : java.util.List.of("both-legs", "bladder-change", "sexual-function-change")) {
            Item item = RedFlagScreening.INSTRUMENT.item(linkId).orElseThrow();
            assertThat(item.options()).as(linkId).extracting(AnswerOption::value).containsExactly("yes", "long-standing", "no", "unsure");
            assertThat(item.option("yes").orElseThrow().label()).contains("new").contains("getting worse");
        }
    }

    @Test
    void theScreenAsksWhatMattersInPainThatKeepsComingBack() {
        assertThat(RedFlagScreening.INSTRUMENT.recallPeriod()).contains("last few weeks").contains("episode");
        for (String linkId : java.util.List.of("different-pain", "upper-back-pain", "constant-worsening", "feeling-unwell", "sudden-severe-pain")) {
            assertThat(RedFlagScreening.INSTRUMENT.item(linkId)).as(linkId).isPresent();
        }
    }

    @Test
    void everyItemIsRequiredAndCountsTowardsACondition() {
        for (Item item : RedFlagScreening.INSTRUMENT.items()) {
            assertThat(item.required()).as(item.linkId()).isTrue();
            assertThat(item.redFlags()).as(item.linkId()).isNotEmpty();
        }
    }

    @Test
    void coversEveryConditionTheSafetyPackageKnows() {
        Set<String> covered = RedFlagScreening.INSTRUMENT.items().stream()
                .flatMap(item -> item.redFlags().stream()).map(RedFlagSpec::condition).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RedFlagCondition.values()).map(RedFlagCondition::jsonName).toList());
    }

    @Test
    void conditionAndOutcomeNamesAgreeBetweenTheFileFormatAndTheSafetyPackage() {
        assertThat(RedFlagSpec.CONDITIONS).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RedFlagCondition.values()).map(RedFlagCondition::jsonName).toList());
        assertThat(RedFlagSpec.OUTCOMES).containsExactlyInAnyOrder("see-doctor", "urgent", "emergency");
        RedFlagSpec.OUTCOMES.forEach(name -> assertThat(SafetyOutcome.fromJsonName(name).jsonName()).isEqualTo(name));
    }

    @Test
    void avoidsWordsThatFeedFear() {
        String all = RedFlagScreening.INSTRUMENT.items().stream()
                .map(item -> item.text() + " " + item.redFlags().stream().map(f -> String.valueOf(f.message())).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" ")).toLowerCase();
        assertThat(all).doesNotContain("damage", "degeneration", "wear and tear", "slipped disc", "out of alignment", "weak core");
    }
}
