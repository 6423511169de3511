package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the scorer over generated instruments and answers. */
class ScorerProperties {

    /** A generated scored item: value range, weight, direction and the person's answer (null = skipped). */
    record GeneratedItem(int lowest, int span, double weight, boolean reversed, Integer answer) {
    }

    @Provide
    Arbitrary<List<GeneratedItem>> items() {
        Arbitrary<GeneratedItem> item = Combinators.combine(
                Arbitraries.integers().between(-3, 3),
                Arbitraries.integers().between(1, 10),
                Arbitraries.of(0.5, 1.0, 2.0, 3.0),
                Arbitraries.of(true, false),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 4)
        ).as((lowest, span, weight, reversed, position, skip) ->
                new GeneratedItem(lowest, span, weight, reversed, skip == 0 ? null : lowest + (int) Math.round(position * span)));
        return item.list().ofMinSize(2).ofMaxSize(8);
    }

    private static Instrument instrument(List<GeneratedItem> generated, ScoringMethod method, int maxMissing, boolean rescale) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            GeneratedItem g = generated.get(i);
            items.add(new Item("q" + i, "Item " + i, null, null, ItemType.INTEGER, true, List.of(), (double) g.lowest(),
                    (double) (g.lowest() + g.span()), null, null, g.reversed(), g.weight(), true, List.of()));
        }
        Scoring scoring = new Scoring(method, Math.min(maxMissing, generated.size() - 1), rescale, List.of(), List.of());
        return new Instrument("generated", 1, "Generated", InstrumentPurpose.OUTCOME, null, "Intro.", null, "Test.", null,
                false, items, scoring);
    }

    private static AnswerSet answers(Instrument instrument, List<GeneratedItem> generated) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (int i = 0; i < generated.size(); i++) raw.put("q" + i, generated.get(i).answer());
        return ResponseValidator.validate(instrument, raw);
    }

    private static double lowestPossible(List<GeneratedItem> items, ScoringMethod method) {
        double sum = items.stream().mapToDouble(g -> g.weight() * g.lowest()).sum();
        return method == ScoringMethod.SUM ? sum : sum / items.stream().mapToDouble(GeneratedItem::weight).sum();
    }

    private static double highestPossible(List<GeneratedItem> items, ScoringMethod method) {
        double sum = items.stream().mapToDouble(g -> g.weight() * (g.lowest() + g.span())).sum();
        return method == ScoringMethod.SUM ? sum : sum / items.stream().mapToDouble(GeneratedItem::weight).sum();
    }

    @Property
    void scoreStaysWithinTheLowestAndHighestPossible(@ForAll("items") List<GeneratedItem> generated, @ForAll ScoringMethod method,
                                                     @ForAll @IntRange(min = 0, max = 8) int maxMissing) {
        Instrument instrument = instrument(generated, method, maxMissing, false);
        ScoreResult result = Scorer.score(instrument, answers(instrument, generated));
        if (!result.complete()) return;
        assertThat(result.score()).isBetween(lowestPossible(generated, method) - 1e-9, highestPossible(generated, method) + 1e-9);
    }

    @Property
    void rescaledScoreStaysWithinZeroAndHundred(@ForAll("items") List<GeneratedItem> generated, @ForAll ScoringMethod method,
                                                @ForAll @IntRange(min = 0, max = 8) int maxMissing) {
        Instrument instrument = instrument(generated, method, maxMissing, true);
        ScoreResult result = Scorer.score(instrument, answers(instrument, generated));
        if (result.complete()) assertThat(result.score()).isBetween(0.0, 100.0);
    }

    @Property
    void reversingEveryItemMirrorsTheRescaledScore(@ForAll("items") List<GeneratedItem> generated, @ForAll ScoringMethod method) {
        List<GeneratedItem> mirrored = generated.stream()
                .map(g -> new GeneratedItem(g.lowest(), g.span(), g.weight(), !g.reversed(), g.answer())).toList();
        Instrument original = instrument(generated, method, generated.size(), true);
        Instrument flipped = instrument(mirrored, method, generated.size(), true);
        ScoreResult a = Scorer.score(original, answers(original, generated));
        ScoreResult b = Scorer.score(flipped, answers(flipped, mirrored));
        if (a.complete()) assertThat(a.score() + b.score()).isCloseTo(100.0, within(1e-6));
    }

    @Property
    void proratedScoreEqualsFullScoreWhenAnswersAreUniform(@ForAll @IntRange(min = 2, max = 10) int itemCount,
                                                           @ForAll @IntRange(min = 0, max = 4) int uniformAnswer,
                                                           @ForAll @IntRange(min = 1, max = 9) int skipped) {
        int skip = Math.min(skipped, itemCount - 1);
        List<GeneratedItem> full = new ArrayList<>();
        List<GeneratedItem> partial = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            full.add(new GeneratedItem(0, 4, 1.0, false, uniformAnswer));
            partial.add(new GeneratedItem(0, 4, 1.0, false, i < skip ? null : uniformAnswer));
        }
        Instrument instrument = instrument(full, ScoringMethod.SUM, skip, false);
        ScoreResult fullScore = Scorer.score(instrument, answers(instrument, full));
        ScoreResult prorated = Scorer.score(instrument, answers(instrument, partial));
        assertThat(prorated.complete()).isTrue();
        assertThat(prorated.score()).isCloseTo(fullScore.score(), within(1e-9));
    }

    @Property
    void answeringASkippedItemNeverMakesTheResultIncomplete(@ForAll("items") List<GeneratedItem> generated,
                                                            @ForAll @IntRange(min = 0, max = 8) int maxMissing,
                                                            @ForAll @IntRange(min = 0, max = 7) int which) {
        int index = which % generated.size();
        GeneratedItem g = generated.get(index);
        List<GeneratedItem> more = new ArrayList<>(generated);
        more.set(index, new GeneratedItem(g.lowest(), g.span(), g.weight(), g.reversed(), g.lowest()));
        Instrument instrument = instrument(generated, ScoringMethod.SUM, maxMissing, false);
        ScoreResult before = Scorer.score(instrument, answers(instrument, generated));
        ScoreResult after = Scorer.score(instrument, answers(instrument, more));
        if (before.complete()) assertThat(after.complete()).isTrue();
    }

    @Property
    void contributionsAddUpToTheScoreAboveItsFloorWhenNothingIsSkipped(@ForAll("items") List<GeneratedItem> generated) {
        List<GeneratedItem> answered = generated.stream()
                .map(g -> new GeneratedItem(g.lowest(), g.span(), g.weight(), g.reversed(), g.answer() == null ? g.lowest() : g.answer()))
                .toList();
        Instrument instrument = instrument(answered, ScoringMethod.SUM, 0, false);
        ScoreResult result = Scorer.score(instrument, answers(instrument, answered));
        double points = result.contributions().stream().mapToDouble(ItemContribution::points).sum();
        assertThat(points).isCloseTo(result.score() - lowestPossible(answered, ScoringMethod.SUM), within(1e-9));
    }

    @Property
    void scoringIsDeterministic(@ForAll("items") List<GeneratedItem> generated, @ForAll ScoringMethod method) {
        Instrument instrument = instrument(generated, method, generated.size(), true);
        AnswerSet set = answers(instrument, generated);
        assertThat(Scorer.score(instrument, set)).isEqualTo(Scorer.score(instrument, set));
    }
}
