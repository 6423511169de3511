package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * How often a factor's short screen (the 2-3 items of the first visit) puts the factor in the same level (low,
 * moderate, high) as its full check, on a simulated population answering every item of the full check.
 *
 * <p>The population is a fixture, not real data: each person has a latent load per factor; each facet of the factor
 * follows it with correlation {@value #FACET_LOADING} (facets of one factor agree only in part), and each answer adds
 * item noise (sd {@value #ITEM_NOISE} points on the 0-4 scale). Loads are spread so that all three levels occur. The
 * numbers show how much a short screen loses by design; they are not a validation on people, which needs real answers.
 * The full check is read later as a daily step and then replaces the short screen in the profile.
 */
class ShortScreenAgreementTest {

    static final double FACET_LOADING = 0.8;
    static final double ITEM_NOISE = 0.7;
    static final int PEOPLE = 1500;
    /** The floor each factor's short screen must reach. */
    static final double AGREEMENT_FLOOR = 0.70;

    private final InstrumentCatalog catalog = InstrumentCatalog.load(shipped());

    @Test
    void eachShortScreenPutsMostPeopleInTheSameLevelAsTheFullCheck() {
        Map<String, Double> agreement = new LinkedHashMap<>();
        for (String factor : Instrument.FACTORS) {
            Instrument full = catalog.forFactor(factor).orElseThrow();
            Instrument quick = catalog.get(factor + Instrument.SHORT_SUFFIX);
            agreement.put(factor, agreement(full, quick, new SplittableRandom(factor.hashCode())));
        }
        agreement.forEach((factor, share) -> System.out.printf("short screen agreement %-12s %5.1f%% same level as the full check%n", factor, 100 * share));
        assertThat(agreement).allSatisfy((factor, share) -> assertThat(share).as(factor).isGreaterThanOrEqualTo(AGREEMENT_FLOOR));
    }

    @Test
    void theShortScreensAreTheFullChecksOwnItemsWithNoneMissingAllowed() {
        for (Instrument quick : catalog.shortForms()) {
            Instrument full = catalog.get(quick.shortOf());
            assertThat(quick.items()).allSatisfy(item -> assertThat(full.item(item.linkId())).contains(item));
            assertThat(quick.items()).hasSizeBetween(Instrument.SHORT_MIN, Instrument.SHORT_MAX);
            assertThat(quick.scoring().maxMissing()).isZero();
            assertThat(quick.scoring().bands()).isEqualTo(full.scoring().bands());
        }
        assertThat(catalog.shortForms()).extracting(Instrument::factor).containsExactlyElementsOf(Instrument.FACTORS);
    }

    private static double agreement(Instrument full, Instrument quick, SplittableRandom random) {
        int same = 0;
        for (int p = 0; p < PEOPLE; p++) {
            double latent = random.nextGaussian() * 1.1;
            Map<String, Double> facets = new HashMap<>();
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Item item : full.scoredItems()) {
                double facet = facets.computeIfAbsent(String.valueOf(item.facet()),
                        k -> FACET_LOADING * latent + Math.sqrt(1 - FACET_LOADING * FACET_LOADING) * random.nextGaussian());
                answers.put(item.linkId(), answer(item, facet, random));
            }
            String fullBand = Scorer.score(full, ResponseValidator.validate(full, answers)).band();
            Map<String, Object> quickAnswers = new LinkedHashMap<>();
            quick.items().forEach(item -> quickAnswers.put(item.linkId(), answers.get(item.linkId())));
            String quickBand = Scorer.score(quick, ResponseValidator.validate(quick, quickAnswers)).band();
            if (fullBand.equals(quickBand)) same++;
        }
        return same / (double) PEOPLE;
    }

    /** An option value: the load-direction answer on the item's own scale, stored reversed for a reversed item. */
    private static int answer(Item item, double facet, SplittableRandom random) {
        List<Integer> values = item.options().stream().map(o -> (Integer) o.value()).sorted().toList();
        int lowest = values.get(0);
        int highest = values.get(values.size() - 1);
        double middle = (lowest + highest) / 2.0;
        double scale = (highest - lowest) / 4.0;
        long load = Math.round(middle + scale * (1.3 * facet + ITEM_NOISE * random.nextGaussian()));
        int clamped = (int) Math.max(lowest, Math.min(highest, load));
        return item.reversed() ? lowest + highest - clamped : clamped;
    }

    private static List<InstrumentSource> shipped() {
        try (var files = Files.list(Path.of("src/main/resources/instruments"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(f -> {
                try {
                    return new InstrumentSource(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
