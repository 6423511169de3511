package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores validated answers by the instrument's own rules: reversed items, weights, sum or mean,
 * prorating of skipped items, subscales, rescaling and ordered band rules. Deterministic and stateless.
 */
public final class Scorer {

    private Scorer() {
    }

    /** @throws IllegalArgumentException when the answers belong to another instrument or the instrument has no scoring */
    public static ScoreResult score(Instrument instrument, AnswerSet answers) {
        Scoring scoring = instrument.scoring();
        if (scoring == null) throw new IllegalArgumentException("instrument '" + instrument.id() + "' has no scoring");
        if (!instrument.id().equals(answers.instrumentId())) {
            throw new IllegalArgumentException("answers are for '" + answers.instrumentId() + "', not '" + instrument.id() + "'");
        }
        List<ItemContribution> contributions = contributions(instrument, answers);
        ScoreScale.Value total = ScoreScale.of(instrument.scoredItems(), scoring.method(), scoring.maxMissing(), answers);
        Map<String, Double> subscores = subscores(instrument, answers);
        if (total == null) return new ScoreResult(null, null, false, subscores, null, contributions);
        double score = scoring.rescale() ? total.rescaled() : total.raw();
        return new ScoreResult(score, band(scoring, score, subscores), true, subscores, total.raw(), contributions);
    }

    private static Map<String, Double> subscores(Instrument instrument, AnswerSet answers) {
        Scoring scoring = instrument.scoring();
        Map<String, Double> subscores = new LinkedHashMap<>();
        for (Subscale subscale : scoring.subscales()) {
            List<Item> items = subscale.items().stream().map(linkId -> instrument.item(linkId).orElseThrow()).toList();
            ScoreScale.Value value = ScoreScale.of(items, subscale.method(), scoring.maxMissing(), answers);
            if (value != null) subscores.put(subscale.id(), scoring.rescale() ? value.rescaled() : value.raw());
        }
        return subscores;
    }

    /** First matching rule wins; a rule on a subscale that could not be scored never matches. */
    private static String band(Scoring scoring, double score, Map<String, Double> subscores) {
        for (BandRule rule : scoring.bands()) {
            Double value = rule.subscale() == null ? Double.valueOf(score) : subscores.get(rule.subscale());
            if (value != null && rule.matches(value)) return rule.band();
        }
        return null;
    }

    private static List<ItemContribution> contributions(Instrument instrument, AnswerSet answers) {
        List<ItemContribution> contributions = new ArrayList<>();
        for (Item item : instrument.scoredItems()) {
            answers.value(item.linkId()).ifPresent(answer -> contributions.add(contribution(item, answer)));
        }
        return contributions;
    }

    private static ItemContribution contribution(Item item, Object answer) {
        double floor = item.weight() * item.lowestValue();
        double maxPoints = item.weight() * item.highestValue() - floor;
        double points = Math.max(0, Math.min(maxPoints, ScoreScale.scoredValue(item, answer) - floor));
        return new ItemContribution(item.linkId(), item.facet(), item.text(), answerLabel(item, answer), points, maxPoints);
    }

    private static String answerLabel(Item item, Object answer) {
        return item.option(answer).map(AnswerOption::label).orElseGet(() -> plainNumber(((Number) answer).doubleValue()));
    }

    private static String plainNumber(double value) {
        return value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
