package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every instrument file that ships in src/main/resources/instruments loads, and scores as intended. */
class ShippedInstrumentsTest {

    private static final Path DIRECTORY = Path.of("src/main/resources/instruments");
    private static final List<String> OUTCOMES = List.of("pain", "peg", "psfs");

    private final InstrumentCatalog catalog = InstrumentCatalog.load(sources());

    private static List<InstrumentSource> sources() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing(Path::toString))
                    .map(ShippedInstrumentsTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InstrumentSource read(Path file) {
        try {
            return new InstrumentSource(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full factor checks; their short screens are checked in ShortScreenAgreementTest. */
    private List<Instrument> fullChecks() {
        return catalog.byPurpose(InstrumentPurpose.FACTOR).stream().filter(i -> !i.isShortForm()).toList();
    }

    @Test
    void everyFileIsNamedAfterItsId() {
        for (InstrumentSource source : sources()) {
            Instrument instrument = new InstrumentParser().parse(source.name(), source.yamlText());
            assertThat(source.name()).as("file of '%s'", instrument.id()).isEqualTo(instrument.id() + ".yaml");
        }
    }

    @Test
    void shipsOneFactorCheckPerFactorWithTheFactorAsItsId() {
        for (String factor : Instrument.FACTORS) {
            Instrument check = catalog.get(factor);
            assertThat(check.purpose()).as(factor).isEqualTo(InstrumentPurpose.FACTOR);
            assertThat(check.factor()).as(factor).isEqualTo(factor);
        }
        assertThat(fullChecks()).hasSize(Instrument.FACTORS.size());
    }

    @Test
    void shipsPainPegAndPsfsAsOutcomes() {
        for (String id : OUTCOMES) {
            assertThat(catalog.get(id).purpose()).as(id).isEqualTo(InstrumentPurpose.OUTCOME);
        }
        assertThat(catalog.get("psfs").higherIsBetter()).isTrue();
        assertThat(catalog.get("pain").higherIsBetter()).isFalse();
        assertThat(catalog.get("peg").higherIsBetter()).isFalse();
    }

    @Test
    void factorChecksHaveSixToTwelveScoredItemsEachWithAFacet() {
        for (Instrument check : fullChecks()) {
            assertThat(check.items()).as(check.id()).hasSizeBetween(6, 12);
            for (Item item : check.items()) {
                assertThat(item.facet()).as("%s / %s facet", check.id(), item.linkId()).isNotBlank();
                assertThat(item.scored()).as("%s / %s scored", check.id(), item.linkId()).isTrue();
            }
        }
    }

    @Test
    void factorChecksMixTheDirectionOfTheirItems() {
        for (Instrument check : fullChecks()) {
            assertThat(check.items()).as(check.id()).anyMatch(Item::reversed).anyMatch(item -> !item.reversed());
        }
    }

    @Test
    void factorChecksStateARecallPeriodAndCallThemselvesBackrootsOwnQuestions() {
        for (Instrument check : fullChecks()) {
            assertThat(check.recallPeriod()).as(check.id()).isNotBlank();
            assertThat(check.source()).as(check.id()).contains("Backroot's own").containsIgnoringCase("not a validated instrument");
            assertThat(check.intro()).as(check.id()).containsIgnoringCase("not a diagnosis");
        }
    }

    @Test
    void factorChecksAllowAboutAQuarterOfTheItemsToBeSkipped() {
        for (Instrument check : fullChecks()) {
            int items = check.scoredItems().size();
            assertThat(check.scoring().maxMissing()).as(check.id()).isBetween(items / 5, (items + 3) / 4);
        }
    }

    @Test
    void lowestLoadAnswersScoreZeroAndBandLow() {
        for (Instrument check : fullChecks()) {
            ScoreResult result = score(check, answersScoring(check, Extreme.LOWEST));
            assertThat(result.score()).as(check.id()).isCloseTo(0.0, within(1e-9));
            assertThat(result.band()).as(check.id()).isEqualTo("low");
        }
    }

    @Test
    void highestLoadAnswersScoreOneHundredAndBandHigh() {
        for (Instrument check : fullChecks()) {
            ScoreResult result = score(check, answersScoring(check, Extreme.HIGHEST));
            assertThat(result.score()).as(check.id()).isCloseTo(100.0, within(1e-9));
            assertThat(result.band()).as(check.id()).isEqualTo("high");
        }
    }

    @Test
    void allLowestOptionsDoNotScoreZeroBecauseReversedItemsCountTheOtherWay() {
        for (Instrument check : fullChecks()) {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Item item : check.items()) answers.put(item.linkId(), firstOption(item));
            assertThat(score(check, answers).score()).as(check.id()).isGreaterThan(0.0);
        }
    }

    @Test
    void factorBandsSplitTheLoadAtAThirdAndTwoThirds() {
        for (Instrument check : fullChecks()) {
            List<BandRule> bands = check.scoring().bands();
            assertThat(bands).extracting(BandRule::band).as(check.id()).containsExactly("high", "moderate", "low");
            assertThat(firstBand(check, 33.33)).as(check.id()).isEqualTo("low");
            assertThat(firstBand(check, 33.34)).as(check.id()).isEqualTo("moderate");
            assertThat(firstBand(check, 50.0)).as(check.id()).isEqualTo("moderate");
            assertThat(firstBand(check, 66.66)).as(check.id()).isEqualTo("moderate");
            assertThat(firstBand(check, 66.67)).as(check.id()).isEqualTo("high");
        }
    }

    @Test
    void skippingUpToMaxMissingItemsStillGivesALoadButOneMoreDoesNot() {
        for (Instrument check : fullChecks()) {
            Map<String, Object> answers = answersScoring(check, Extreme.HIGHEST);
            int maxMissing = check.scoring().maxMissing();
            List<String> linkIds = List.copyOf(answers.keySet());
            for (int i = 0; i < maxMissing; i++) answers.remove(linkIds.get(i));
            assertThat(score(check, answers).score()).as(check.id()).isCloseTo(100.0, within(1e-9));
            answers.remove(linkIds.get(maxMissing));
            assertThat(score(check, answers).complete()).as(check.id()).isFalse();
        }
    }

    @Test
    void painIsTheMeanOfNowAverageAndWorstWithConventionalBands() {
        Instrument pain = catalog.get("pain");
        assertThat(painScore(pain, 0, 0, 0)).isEqualTo(new Scored(0.0, "none"));
        assertThat(painScore(pain, 1, 2, 3)).isEqualTo(new Scored(2.0, "mild"));
        assertThat(painScore(pain, 3, 4, 5)).isEqualTo(new Scored(4.0, "moderate"));
        assertThat(painScore(pain, 6, 7, 8)).isEqualTo(new Scored(7.0, "severe"));
        assertThat(painScore(pain, 10, 10, 10)).isEqualTo(new Scored(10.0, "severe"));
    }

    @Test
    void pegIsTheMeanOfItsThreeItemsAndNeedsAllThree() {
        Instrument peg = catalog.get("peg");
        Map<String, Object> answers = new LinkedHashMap<>(Map.of(
                "peg-pain-average", 6, "peg-enjoyment", 3, "peg-general-activity", 6));
        assertThat(score(peg, answers).score()).isEqualTo(5.0);
        answers.remove("peg-enjoyment");
        assertThat(score(peg, answers).complete()).isFalse();
    }

    @Test
    void psfsIsTheMeanOfTheRatingsGivenAndTheActivityNamesAreNotScored() {
        Instrument psfs = catalog.get("psfs");
        assertThat(psfs.scoredItems()).extracting(Item::linkId)
                .containsExactly("rating-1", "rating-2", "rating-3", "rating-4", "rating-5");
        assertThat(psfs.items().stream().filter(Item::required)).extracting(Item::linkId)
                .containsExactly("activity-1", "rating-1");

        assertThat(score(psfs, Map.of("activity-1", "Putting on socks", "rating-1", 4)).score()).isEqualTo(4.0);
        assertThat(score(psfs, Map.of(
                "activity-1", "Putting on socks", "rating-1", 4,
                "activity-2", "Gardening for an hour", "rating-2", 7,
                "activity-3", "Lifting my daughter", "rating-3", 1)).score()).isEqualTo(4.0);
    }

    private enum Extreme { LOWEST, HIGHEST }

    private record Scored(Double score, String band) {
    }

    private static Scored painScore(Instrument pain, int now, int average, int worst) {
        ScoreResult result = score(pain, Map.of("pain-now", now, "pain-average-week", average, "pain-worst-week", worst));
        return new Scored(result.score(), result.band());
    }

    private static ScoreResult score(Instrument instrument, Map<String, ?> answers) {
        return Scorer.score(instrument, ResponseValidator.validate(instrument, answers));
    }

    /** For each item, the answer that adds the least (or most) load once reversing and weights apply. */
    private static Map<String, Object> answersScoring(Instrument check, Extreme extreme) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : check.items()) {
            ToDoubleFunction<Object> load = value -> ScoreScale.scoredValue(item, value);
            Comparator<Object> byLoad = Comparator.comparingDouble(load);
            List<Object> values = item.options().stream().map(AnswerOption::value).toList();
            answers.put(item.linkId(), extreme == Extreme.LOWEST
                    ? values.stream().min(byLoad).orElseThrow()
                    : values.stream().max(byLoad).orElseThrow());
        }
        return answers;
    }

    private static Object firstOption(Item item) {
        return item.options().stream().map(AnswerOption::value)
                .min(Comparator.comparingInt(value -> (Integer) value)).orElseThrow();
    }

    private static String firstBand(Instrument check, double score) {
        return check.scoring().bands().stream().filter(rule -> rule.matches(score)).findFirst().map(BandRule::band).orElse(null);
    }
}
