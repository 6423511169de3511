package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EpisodeFinderProperties {

    static final LocalDate START = LocalDate.of(2023, 3, 1);
    static final Integer MISSING = -1;

    /** Calendars as blocks: pain-free stretches, painful spells and gaps in the check-ins. */
    @Provide
    Arbitrary<List<Integer>> calendars() {
        return calendar(true);
    }

    @Provide
    Arbitrary<List<Integer>> completeCalendars() {
        return calendar(false);
    }

    private Arbitrary<List<Integer>> calendar(boolean withGaps) {
        Arbitrary<List<Integer>> freeBlock = Combinators.combine(Arbitraries.integers().between(1, 45),
                Arbitraries.integers().between(0, 1)).as((n, pain) -> repeat(pain, n));
        Arbitrary<List<Integer>> painBlock = Arbitraries.integers().between(2, 10).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<Integer>> gapBlock = Arbitraries.integers().between(1, 8).map(n -> repeat(MISSING, n));
        Arbitrary<List<Integer>> block = withGaps
                ? Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(5, freeBlock), net.jqwik.api.Tuple.of(3, painBlock), net.jqwik.api.Tuple.of(1, gapBlock))
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, freeBlock), net.jqwik.api.Tuple.of(3, painBlock));
        return block.list().ofMinSize(1).ofMaxSize(14).map(blocks -> {
            List<Integer> days = new ArrayList<>();
            blocks.forEach(days::addAll);
            if (days.get(0).equals(MISSING)) days.set(0, 0);
            return days;
        });
    }

    private static List<Integer> repeat(Integer value, int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(value);
        return list;
    }

    static List<PainDay> toDays(List<Integer> calendar) {
        List<PainDay> days = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            if (!calendar.get(i).equals(MISSING)) days.add(new PainDay(START.plusDays(i), calendar.get(i), false));
        }
        return days;
    }

    static EpisodeReport find(List<Integer> calendar, EpisodeSettings settings) {
        return EpisodeFinder.find(toDays(calendar), settings, START, START.plusDays(calendar.size() - 1));
    }

    static EpisodeSettings settings(int minPainDays, int painFreeDays, int maxGap) {
        return new EpisodeSettings(2, minPainDays, painFreeDays, Math.min(maxGap, painFreeDays - 1), "property test");
    }

    static int offset(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(START, date);
    }

    static boolean painful(List<Integer> calendar, int i) {
        return i >= 0 && i < calendar.size() && calendar.get(i) >= 2;
    }

    @Property
    void episodesAreOrderedAndNeverOverlap(@ForAll("calendars") List<Integer> calendar, @ForAll @IntRange(min = 1, max = 3) int minPainDays,
            @ForAll @IntRange(min = 4, max = 30) int painFree, @ForAll @IntRange(min = 0, max = 3) int maxGap) {
        List<Episode> episodes = find(calendar, settings(minPainDays, painFree, maxGap)).episodes();
        for (int i = 1; i < episodes.size(); i++) {
            assertThat(episodes.get(i).start()).isAfter(episodes.get(i - 1).end());
        }
        for (int i = 0; i < episodes.size() - 1; i++) {
            assertThat(episodes.get(i).ongoing()).as("only the last episode can be ongoing").isFalse();
        }
    }

    @Property
    void episodesStartAndEndOnPainfulCheckInsAndHoldEnoughPainInARow(@ForAll("calendars") List<Integer> calendar,
            @ForAll @IntRange(min = 1, max = 3) int minPainDays, @ForAll @IntRange(min = 4, max = 30) int painFree,
            @ForAll @IntRange(min = 0, max = 3) int maxGap) {
        for (Episode e : find(calendar, settings(minPainDays, painFree, maxGap)).episodes()) {
            assertThat(painful(calendar, offset(e.start()))).isTrue();
            assertThat(painful(calendar, offset(e.end()))).isTrue();
            assertThat(e.painDays()).isGreaterThanOrEqualTo(1);
            int longest = 0;
            int run = 0;
            for (int i = offset(e.start()); i <= offset(e.end()); i++) {
                boolean notPainFree = calendar.get(i).equals(MISSING) || calendar.get(i) >= 2;
                run = notPainFree ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            assertThat(longest).isGreaterThanOrEqualTo(minPainDays);
        }
    }

    @Property
    void withoutGapsEveryEpisodeHoldsMinPainDaysOfRecordedPainInARow(@ForAll("completeCalendars") List<Integer> calendar,
            @ForAll @IntRange(min = 1, max = 3) int minPainDays, @ForAll @IntRange(min = 4, max = 30) int painFree) {
        for (Episode e : find(calendar, settings(minPainDays, painFree, 3)).episodes()) {
            assertThat(longestPainRun(calendar, offset(e.start()), offset(e.end()))).isGreaterThanOrEqualTo(minPainDays);
            assertThat(e.painDays()).isGreaterThanOrEqualTo(minPainDays);
        }
    }

    @Property
    void withoutGapsARecurrenceIsExactlyAnEpisodeAfterEnoughPainFreeDays(@ForAll("completeCalendars") List<Integer> calendar,
            @ForAll @IntRange(min = 1, max = 3) int minPainDays, @ForAll @IntRange(min = 4, max = 30) int painFree) {
        for (Episode e : find(calendar, settings(minPainDays, painFree, 3)).episodes()) {
            int start = offset(e.start());
            boolean painFreeBefore = start >= painFree;
            for (int i = start - painFree; painFreeBefore && i < start; i++) {
                if (painful(calendar, i)) painFreeBefore = false;
            }
            assertThat(e.recurrence()).as("recurrence of episode starting %s", e.start()).isEqualTo(painFreeBefore);
        }
    }

    @Property
    void aRecurrenceNeverHasRecordedPainInThePainFreeDaysBeforeIt(@ForAll("calendars") List<Integer> calendar,
            @ForAll @IntRange(min = 4, max = 30) int painFree, @ForAll @IntRange(min = 0, max = 3) int maxGap) {
        for (Episode e : find(calendar, settings(2, painFree, maxGap)).episodes()) {
            if (!e.recurrence()) continue;
            int start = offset(e.start());
            assertThat(start).isGreaterThanOrEqualTo(painFree);
            for (int i = start - painFree; i < start; i++) assertThat(painful(calendar, i)).isFalse();
        }
    }

    @Property
    void withoutGapsConsecutiveEpisodesAreSeparatedByEnoughPainFreeDaysAndLaterOnesRecur(
            @ForAll("completeCalendars") List<Integer> calendar, @ForAll @IntRange(min = 4, max = 30) int painFree) {
        List<Episode> episodes = find(calendar, settings(2, painFree, 3)).episodes();
        for (int k = 1; k < episodes.size(); k++) {
            int longestFree = 0;
            int run = 0;
            for (int i = offset(episodes.get(k - 1).end()) + 1; i < offset(episodes.get(k).start()); i++) {
                run = painful(calendar, i) ? 0 : run + 1;
                longestFree = Math.max(longestFree, run);
            }
            assertThat(longestFree).isGreaterThanOrEqualTo(painFree);
            assertThat(episodes.get(k).recurrence()).isTrue();
            assertThat(episodes.get(k - 1).ending()).isEqualTo(EpisodeEnding.RECOVERED);
        }
    }

    @Property
    void withoutGapsEveryLongEnoughSpellOfPainLiesInAnEpisode(@ForAll("completeCalendars") List<Integer> calendar,
            @ForAll @IntRange(min = 1, max = 3) int minPainDays) {
        List<Episode> episodes = find(calendar, settings(minPainDays, 30, 3)).episodes();
        for (int i = 0; i + minPainDays <= calendar.size(); i++) {
            if (longestPainRun(calendar, i, i + minPainDays - 1) < minPainDays) continue;
            LocalDate day = START.plusDays(i);
            assertThat(episodes).anySatisfy(e -> assertThat(day).isBetween(e.start(), e.end()));
        }
    }

    @Property
    void addingPainFreeDaysAtTheEndNeverCreatesOrMovesAnEpisode(@ForAll("calendars") List<Integer> calendar,
            @ForAll @IntRange(min = 1, max = 60) int extra, @ForAll @IntRange(min = 0, max = 5) int skipped,
            @ForAll @IntRange(min = 1, max = 3) int minPainDays, @ForAll @IntRange(min = 4, max = 30) int painFree) {
        EpisodeSettings settings = settings(minPainDays, painFree, 3);
        List<Integer> longer = new ArrayList<>(calendar);
        longer.addAll(repeat(MISSING, skipped));
        longer.addAll(repeat(0, extra));
        List<Episode> before = find(calendar, settings).episodes();
        List<Episode> after = find(longer, settings).episodes();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Episode b = before.get(i);
            Episode a = after.get(i);
            assertThat(List.of(a.start(), a.end(), a.painDays(), a.peakPain(), a.recurrence()))
                    .isEqualTo(List.of(b.start(), b.end(), b.painDays(), b.peakPain(), b.recurrence()));
            if (b.ending() != EpisodeEnding.ONGOING) assertThat(a.ending()).isEqualTo(b.ending());
        }
    }

    @Property
    void flaresAndCountsStayConsistent(@ForAll("calendars") List<Integer> calendar) {
        EpisodeReport r = find(calendar, EpisodeSettings.defaults());
        // No day is marked as a flare by the flare definition here, so none is listed: brief pain alone is not a flare.
        assertThat(r.flares()).isEmpty();
        long recorded = calendar.stream().filter(v -> !v.equals(MISSING)).count();
        long painFree = calendar.stream().filter(v -> !v.equals(MISSING) && v < 2).count();
        assertThat(r.daysOfData()).isEqualTo((int) recorded);
        assertThat(r.painFreeDays()).isEqualTo((int) painFree);
        assertThat(r.episodesLast12Months()).isLessThanOrEqualTo(r.episodes().size());
    }

    private static int longestPainRun(List<Integer> calendar, int from, int to) {
        int longest = 0;
        int run = 0;
        for (int i = from; i <= to; i++) {
            run = painful(calendar, i) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
