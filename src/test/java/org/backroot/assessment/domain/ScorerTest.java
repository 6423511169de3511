package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.backroot.assessment.domain.InstrumentFixtures.answers;
import static org.backroot.assessment.domain.InstrumentFixtures.load;
import static org.backroot.assessment.domain.InstrumentFixtures.numbered;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {

    @Nested
    class StartBackStructure {
        private final Instrument startBack = load("start-back.yaml");

        private ScoreResult score(int... values) {
            return Scorer.score(startBack, answers(startBack, numbered("q", values)));
        }

        @Test
        void highWhenDistressSubscaleReachesFourEvenThoughTotalIsAlsoMedium() {
            ScoreResult result = score(0, 0, 0, 0, 1, 1, 1, 1, 0);
            assertThat(result.score()).isEqualTo(4.0);
            assertThat(result.subscores()).containsEntry("distress", 4.0);
            assertThat(result.band()).isEqualTo("high");
        }

        @Test
        void lowWhenTotalIsThreeOrLess() {
            ScoreResult result = score(1, 1, 0, 0, 0, 0, 0, 0, 3);
            assertThat(result.score()).isEqualTo(3.0);
            assertThat(result.subscores()).containsEntry("distress", 1.0);
            assertThat(result.band()).isEqualTo("low");
        }

        @Test
        void mediumWhenTotalIsFourOrMoreAndDistressBelowFour() {
            ScoreResult result = score(1, 1, 1, 1, 1, 1, 1, 0, 2);
            assertThat(result.score()).isEqualTo(7.0);
            assertThat(result.subscores()).containsEntry("distress", 3.0);
            assertThat(result.band()).isEqualTo("medium");
        }

        @Test
        void lastItemScoresAPointOnlyForItsTopTwoAnswers() {
            assertThat(score(0, 0, 0, 0, 0, 0, 0, 0, 2).score()).isEqualTo(0.0);
            assertThat(score(0, 0, 0, 0, 0, 0, 0, 0, 3).score()).isEqualTo(1.0);
            assertThat(score(0, 0, 0, 0, 0, 0, 0, 0, 4).score()).isEqualTo(1.0);
        }

        @Test
        void anyMissingItemMakesTheResultIncompleteWithoutScoreOrBand() {
            Map<String, Object> eight = numbered("q", 1, 1, 1, 1, 1, 1, 1, 1);
            ScoreResult result = Scorer.score(startBack, answers(startBack, eight));
            assertThat(result.complete()).isFalse();
            assertThat(result.score()).isNull();
            assertThat(result.rawScore()).isNull();
            assertThat(result.band()).isNull();
            assertThat(result.subscores()).doesNotContainKey("distress");
        }
    }

    @Nested
    class Pss10Structure {
        private final Instrument pss = load("pss-10.yaml");

        @Test
        void reversesItemsFourFiveSevenAndEightBeforeSumming() {
            // straight items 1,2,3,6,9,10 = 2+3+1+4+0+2 = 12; reversed 4,5,7,8 answered 1,0,4,3 → 3+4+0+1 = 8
            ScoreResult result = Scorer.score(pss, answers(pss, numbered("p", 2, 3, 1, 1, 0, 4, 4, 3, 0, 2)));
            assertThat(result.score()).isEqualTo(20.0);
            assertThat(result.band()).isEqualTo("moderate");
        }

        @Test
        void lowestStressScoresZeroBecauseReversedItemsAreAnsweredAtTheirTop() {
            ScoreResult result = Scorer.score(pss, answers(pss, numbered("p", 0, 0, 0, 4, 4, 0, 4, 4, 0, 0)));
            assertThat(result.score()).isEqualTo(0.0);
            assertThat(result.band()).isEqualTo("low");
        }

        @Test
        void proratesOneSkippedItemAsTheMeanOfTheAnsweredOnesTimesTen() {
            Map<String, Object> nine = numbered("p", 2, 3, 1, 1, 0, 4, 4, 3, 0);
            // scored values of the nine answered: 2+3+1+3+4+4+0+1+0 = 18 → mean 2 → prorated 20
            ScoreResult result = Scorer.score(pss, answers(pss, nine));
            assertThat(result.complete()).isTrue();
            assertThat(result.score()).isCloseTo(20.0, within(1e-9));
        }

        @Test
        void contributionsExplainReversedItemsInScoredPoints() {
            ScoreResult result = Scorer.score(pss, answers(pss, numbered("p", 2, 3, 1, 1, 0, 4, 4, 3, 0, 2)));
            ItemContribution fourth = result.contributions().get(3);
            assertThat(fourth.linkId()).isEqualTo("p4");
            assertThat(fourth.answerLabel()).isEqualTo("Almost never");
            assertThat(fourth.points()).isEqualTo(3.0);
            assertThat(fourth.maxPoints()).isEqualTo(4.0);
        }
    }

    @Nested
    class FabqStructure {
        private final Instrument fabq = load("fabq.yaml");

        @Test
        void physicalActivitySubscaleAddsItemsTwoToFiveOnly() {
            Map<String, Object> raw = numbered("f", 6, 5, 4, 3, 2, 1, 1, 6, 1, 1, 1, 1, 6, 6, 1, 6);
            ScoreResult result = Scorer.score(fabq, answers(fabq, raw));
            assertThat(result.subscores()).containsEntry("physical-activity", 14.0).containsEntry("work", 7.0);
            assertThat(result.score()).isEqualTo(21.0);
            assertThat(result.band()).isEqualTo("other");
        }

        @Test
        void unscoredItemsNeitherCountNorExplain() {
            Map<String, Object> raw = numbered("f", 6, 6, 6, 6, 6, 0, 0, 6, 0, 0, 0, 0, 6, 6, 0, 6);
            ScoreResult result = Scorer.score(fabq, answers(fabq, raw));
            assertThat(result.band()).isEqualTo("high-physical-activity-fear");
            assertThat(result.contributions()).extracting(ItemContribution::linkId).doesNotContain("f1", "f8", "f13", "f14", "f16");
        }
    }

    @Nested
    class OdiStructure {
        private final Instrument odi = load("odi-like.yaml");

        @Test
        void allSectionsAnsweredGivesSumTimesTwoAsPercentage() {
            ScoreResult result = Scorer.score(odi, answers(odi, numbered("s", 2, 1, 3, 0, 2, 1, 1, 0, 2, 3)));
            assertThat(result.rawScore()).isEqualTo(15.0);
            assertThat(result.score()).isCloseTo(30.0, within(1e-9));
            assertThat(result.band()).isEqualTo("moderate");
        }

        @Test
        void skippedSectionsLowerTheDenominatorByFiveEach() {
            // 8 sections answered summing to 18: ODI = 18 / (5 × 8) × 100 = 45 %
            ScoreResult result = Scorer.score(odi, answers(odi, numbered("s", 3, 2, 3, 2, 2, 2, 2, 2)));
            assertThat(result.score()).isCloseTo(45.0, within(1e-9));
            assertThat(result.rawScore()).isCloseTo(22.5, within(1e-9));
            assertThat(result.band()).isEqualTo("severe");
        }

        @Test
        void moreSkippedSectionsThanAllowedLeavesTheScoreOpen() {
            ScoreResult result = Scorer.score(odi, answers(odi, numbered("s", 3, 2, 3, 2, 2, 2)));
            assertThat(result.complete()).isFalse();
            assertThat(result.contributions()).hasSize(6);
        }
    }

    @Nested
    class FactorWithWeightsAndScales {
        private final Instrument factor = load("factor-mixed.yaml");

        @Test
        void weightsReversalAndIntegerItemsCombineIntoAZeroToHundredLoad() {
            // tension 1 × 2 = 2; calm 0 reversed → 2; worry 4 → total 8 of 16 → 50
            ScoreResult result = Scorer.score(factor, answers(factor, Map.of("tension", 1, "calm", 0, "worry", 4, "sleep-hours", 6.5)));
            assertThat(result.rawScore()).isEqualTo(8.0);
            assertThat(result.score()).isEqualTo(50.0);
            assertThat(result.band()).isEqualTo("moderate");
        }

        @Test
        void contributionsNameFacetAndWeightedPoints() {
            ScoreResult result = Scorer.score(factor, answers(factor, Map.of("tension", 2, "calm", 2, "worry", 7)));
            assertThat(result.contributions())
                    .extracting(ItemContribution::linkId, ItemContribution::facet, ItemContribution::answerLabel,
                            ItemContribution::points, ItemContribution::maxPoints)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("tension", "muscle-tension", "Often", 4.0, 4.0),
                            org.assertj.core.groups.Tuple.tuple("calm", "recovery", "Often", 0.0, 2.0),
                            org.assertj.core.groups.Tuple.tuple("worry", "worry", "7", 7.0, 10.0));
        }

        @Test
        void fallbackBandWithoutBoundsCatchesLowLoads() {
            ScoreResult result = Scorer.score(factor, answers(factor, Map.of("tension", 0, "calm", 2, "worry", 1)));
            assertThat(result.score()).isCloseTo(6.25, within(1e-9));
            assertThat(result.band()).isEqualTo("low");
        }

        @Test
        void proratesAWeightedInstrumentWithinItsRange() {
            // answered tension 2 (4 of 4) and calm 2 → 0 of 2: share 4/6 of the whole 0-16 range
            ScoreResult result = Scorer.score(factor, answers(factor, Map.of("tension", 2, "calm", 2)));
            assertThat(result.score()).isCloseTo(100.0 * 4 / 6, within(1e-9));
            assertThat(result.band()).isEqualTo("moderate");
        }
    }

    @Test
    void refusesAnswersOfAnotherInstrument() {
        Instrument pss = load("pss-10.yaml");
        Instrument odi = load("odi-like.yaml");
        AnswerSet odiAnswers = answers(odi, numbered("s", 1));
        assertThatThrownBy(() -> Scorer.score(pss, odiAnswers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odi-like-fixture");
    }
}
