package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EpisodeFinderTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final EpisodeSettings DEFAULTS = EpisodeSettings.defaults();

    /** One character a day from {@link #START}: a digit is that day's pain, '.' no check-in, 'X' pain 10; spaces are ignored. */
    static List<PainDay> calendar(String pattern, Integer... flareDays) {
        Set<Integer> flares = Set.of(flareDays);
        List<PainDay> days = new ArrayList<>();
        String p = pattern.replace(" ", "");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.') continue;
            int pain = c == 'X' ? 10 : c - '0';
            days.add(new PainDay(START.plusDays(i), pain, flares.contains(i)));
        }
        return days;
    }

    static String free(int n) {
        return "0".repeat(n);
    }

    static LocalDate day(int offset) {
        return START.plusDays(offset);
    }

    static EpisodeReport find(String pattern, Integer... flareDays) {
        int length = pattern.replace(" ", "").length();
        return EpisodeFinder.find(calendar(pattern, flareDays), DEFAULTS, START, day(length - 1));
    }

    @Test
    void emptyRecordHasNoEpisodes() {
        EpisodeReport r = EpisodeFinder.find(List.of(), DEFAULTS, START, day(30));
        assertThat(r.episodes()).isEmpty();
        assertThat(r.daysSinceLastEpisode()).isNull();
        assertThat(r.medianDaysBetweenEpisodes()).isNull();
        assertThat(r.daysOfData()).isZero();
    }

    @Test
    void twoPainfulDaysAtTheStartOfTheRecordAreAnEpisodeButNotARecurrence() {
        EpisodeReport r = find("45" + free(40));
        assertThat(r.episodes()).containsExactly(new Episode(day(0), day(1), 2, 2, 5, false, EpisodeEnding.RECOVERED));
        assertThat(r.daysSinceLastEpisode()).isEqualTo(40);
        assertThat(r.painFreeDays()).isEqualTo(40);
        assertThat(r.painFreeStreak()).isEqualTo(40);
        assertThat(r.episodesLast12Months()).isEqualTo(1);
    }

    @Test
    void aSinglePainfulDayIsNotAnEpisodeAndIsListedAsAFlareOnlyWhenTheFlareDefinitionSaysSo() {
        EpisodeReport unmarked = find(free(5) + "6" + free(5));
        EpisodeReport marked = find(free(5) + "6" + free(5), 5);
        assertThat(unmarked.episodes()).isEmpty();
        assertThat(unmarked.flares()).isEmpty();
        assertThat(marked.flares()).containsExactly(new EpisodeFlare(day(5), 6, true, true, false));
    }

    @Test
    void painBelowTheThresholdIsPainFree() {
        assertThat(find("11111" + free(3)).episodes()).isEmpty();
    }

    @Test
    void painReturningAfterThirtyPainFreeDaysIsARecurrence() {
        EpisodeReport r = find("33" + free(30) + "44");
        assertThat(r.episodes()).containsExactly(
                new Episode(day(0), day(1), 2, 2, 3, false, EpisodeEnding.RECOVERED),
                new Episode(day(32), day(33), 2, 2, 4, true, EpisodeEnding.ONGOING));
        assertThat(r.episodes().get(1).ongoing()).isTrue();
        assertThat(r.daysSinceLastEpisode()).isZero();
        assertThat(r.medianDaysBetweenEpisodes()).isEqualTo(30.0);
    }

    @Test
    void painReturningAfterTwentyNinePainFreeDaysContinuesTheSameEpisode() {
        EpisodeReport r = find("33" + free(29) + "44" + free(3));
        assertThat(r.episodes()).containsExactly(new Episode(day(0), day(32), 33, 4, 4, false, EpisodeEnding.ONGOING));
    }

    @Test
    void aFirstEpisodeAfterAThirtyDayPainFreeRecordIsARecurrence() {
        assertThat(find(free(30) + "55").episodes()).singleElement().extracting(Episode::recurrence).isEqualTo(true);
        assertThat(find(free(29) + "55").episodes()).singleElement().extracting(Episode::recurrence).isEqualTo(false);
    }

    @Test
    void shortGapsBetweenPainFreeDaysAreFilledIn() {
        EpisodeReport r = find(free(14) + "..." + free(13) + "33");
        assertThat(r.episodes()).singleElement().extracting(Episode::recurrence).isEqualTo(true);
        assertThat(r.painFreeDays()).isEqualTo(27);
    }

    @Test
    void aGapLongerThanThreeDaysBreaksThePainFreeCount() {
        EpisodeReport r = find(free(20) + "...." + free(20) + "33");
        assertThat(r.episodes()).singleElement().extracting(Episode::recurrence).isEqualTo(false);
    }

    @Test
    void aShortGapBetweenPainfulDaysCountsAsPain() {
        EpisodeReport r = find(free(3) + "3.4" + free(3));
        assertThat(r.episodes()).containsExactly(new Episode(day(3), day(5), 3, 2, 4, false, EpisodeEnding.ONGOING));
    }

    @Test
    void aGapBetweenPainAndNoPainIsUnknown() {
        EpisodeReport r = find(free(3) + "3." + free(3), 3);
        assertThat(r.episodes()).isEmpty();
        assertThat(r.flares()).extracting(EpisodeFlare::briefPain).containsExactly(true);
    }

    @Test
    void anEpisodeCutOffByALongGapHasAnUnknownEndingAndTheNextStartsAfresh() {
        EpisodeReport r = find("55" + "." .repeat(10) + "44" + free(30));
        assertThat(r.episodes()).containsExactly(
                new Episode(day(0), day(1), 2, 2, 5, false, EpisodeEnding.UNKNOWN),
                new Episode(day(12), day(13), 2, 2, 4, false, EpisodeEnding.RECOVERED));
        assertThat(r.medianDaysBetweenEpisodes()).isNull();
    }

    @Test
    void stoppingCheckInsDuringAnEpisodeLeavesItsEndingUnknown() {
        List<PainDay> days = calendar("55");
        EpisodeReport r = EpisodeFinder.find(days, DEFAULTS, START, day(20));
        assertThat(r.episodes()).singleElement().extracting(Episode::ending).isEqualTo(EpisodeEnding.UNKNOWN);
        assertThat(r.daysSinceLastEpisode()).isEqualTo(19);
    }

    @Test
    void briefPainShortlyBeforeLongerPainStartsTheEpisode() {
        EpisodeReport r = find(free(30) + "4" + free(10) + "66" + free(30));
        assertThat(r.episodes()).containsExactly(new Episode(day(30), day(42), 13, 3, 6, true, EpisodeEnding.RECOVERED));
        assertThat(r.flares()).isEmpty();
    }

    @Test
    void briefPainResetsThePainFreeCount() {
        EpisodeReport r = find(free(20) + "3" + free(20) + "55");
        assertThat(r.episodes()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(day(20));
            assertThat(e.recurrence()).isFalse();
        });
    }

    @Test
    void reportedFlaresAreListedWithWhetherTheyFellInAnEpisode() {
        EpisodeReport r = find(free(3) + "567" + free(3), 4, 8);
        assertThat(r.flares()).containsExactly(
                new EpisodeFlare(day(4), 6, true, false, true),
                new EpisodeFlare(day(8), 0, true, false, false));
    }

    @Test
    void mediansAndCountsUseEpisodesOnRecord() {
        // episodes at 0-1, 42-43 (40 days after), 104-105 (60 days after)
        EpisodeReport r = find("44" + free(40) + "55" + free(60) + "66" + free(35));
        assertThat(r.episodes()).extracting(Episode::recurrence).containsExactly(false, true, true);
        assertThat(r.medianDaysBetweenEpisodes()).isEqualTo(50.0);
        assertThat(r.daysSinceLastEpisode()).isEqualTo(35);
        assertThat(r.episodesLast12Months()).isEqualTo(3);
    }

    @Test
    void theRangeListsOverlappingEpisodesButUsesEarlierDaysForContext() {
        List<PainDay> days = calendar("44" + free(40) + "55" + free(10));
        EpisodeReport r = EpisodeFinder.find(days, DEFAULTS, day(10), day(51));
        assertThat(r.episodes()).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(day(42));
            assertThat(e.recurrence()).isTrue();
        });
        assertThat(r.painFreeDays()).isEqualTo(40);
        assertThat(r.daysOfData()).isEqualTo(42);
    }

    @Test
    void episodesOlderThanTwelveMonthsAreNotCountedInTheLastYear() {
        List<PainDay> days = calendar("44" + free(40));
        EpisodeReport r = EpisodeFinder.find(days, DEFAULTS, START, day(1).plusYears(1));
        assertThat(r.episodesLast12Months()).isZero();
        EpisodeReport justInside = EpisodeFinder.find(days, DEFAULTS, START, day(1).plusYears(1).minusDays(1));
        assertThat(justInside.episodesLast12Months()).isEqualTo(1);
    }

    @Test
    void checkInsAfterTheRangeAreIgnored() {
        EpisodeReport r = EpisodeFinder.find(calendar(free(5) + "55"), DEFAULTS, START, day(4));
        assertThat(r.episodes()).isEmpty();
        assertThat(r.daysOfData()).isEqualTo(5);
    }

    @Test
    void oneDayOfPainMakesAnEpisodeWhenConfigured() {
        EpisodeSettings oneDay = new EpisodeSettings(2, 1, 30, 3, "test");
        List<PainDay> days = calendar(free(3) + "5" + free(3));
        assertThat(EpisodeFinder.find(days, oneDay, START, day(6)).episodes()).hasSize(1);
    }

    @Test
    void aHigherThresholdIgnoresMilderPain() {
        EpisodeSettings three = new EpisodeSettings(3, 2, 30, 3, "test");
        assertThat(EpisodeFinder.find(calendar("2222" + free(2)), three, START, day(5)).episodes()).isEmpty();
    }

    @Test
    void rejectsTwoCheckInsOnTheSameDay() {
        List<PainDay> days = List.of(new PainDay(START, 3, false), new PainDay(START, 4, false));
        assertThatThrownBy(() -> EpisodeFinder.find(days, DEFAULTS, START, day(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one per day");
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> EpisodeFinder.find(List.of(), DEFAULTS, day(3), START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from and to");
    }

    @Test
    void settingsRejectOutOfRangeNumbers() {
        assertThatThrownBy(() -> new EpisodeSettings(0, 2, 30, 3, "x")).hasMessageContaining("painThreshold");
        assertThatThrownBy(() -> new EpisodeSettings(2, 0, 30, 3, "x")).hasMessageContaining("minPainDays");
        assertThatThrownBy(() -> new EpisodeSettings(2, 2, 0, 0, "x")).hasMessageContaining("painFreeDaysBefore");
        assertThatThrownBy(() -> new EpisodeSettings(2, 2, 30, 30, "x")).hasMessageContaining("maxGapDays");
        assertThatThrownBy(() -> new EpisodeSettings(2, 2, 30, 3, " ")).hasMessageContaining("source");
        assertThatThrownBy(() -> new PainDay(START, 11, false)).hasMessageContaining("pain");
    }
}
