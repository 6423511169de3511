package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DoseTextProperties {

    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.])1 (days|minutes|times|sets|repetitions|rounds|holds|breaths)\\b");
    private static final Pattern FREQUENCY = Pattern.compile("a day|a week|every day|once|twice|times a");

    @Provide
    Arbitrary<ActivityDose> doses() {
        Arbitrary<Integer> sets = Arbitraries.integers().between(1, 10).injectNull(0.5);
        Arbitrary<Integer> reps = Arbitraries.integers().between(1, 100).injectNull(0.5);
        Arbitrary<Integer> hold = Arbitraries.integers().between(1, 600).injectNull(0.6);
        Arbitrary<Integer> duration = Arbitraries.integers().between(1, 60).injectNull(0.5);
        Arbitrary<Integer> times = Arbitraries.integers().between(1, 24).injectNull(0.4);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 7).injectNull(0.5);
        Arbitrary<Integer> rest = Arbitraries.integers().between(0, 600).injectNull(0.6);
        return Combinators.combine(sets, reps, hold, duration, times, days, rest, Arbitraries.of(true, false))
                .as((s, r, h, d, t, w, rs, side) -> java.util.Arrays.asList(s, r, h, d, t, w, rs, side ? 1 : 0))
                .filter(v -> v.subList(0, 6).stream().anyMatch(java.util.Objects::nonNull))
                .map(v -> new ActivityDose(v.get(0), v.get(1), v.get(2), v.get(3), v.get(7) == 1, null, null, null, v.get(6), v.get(4), v.get(5)));
    }

    @Property
    void neverOneWithAPluralNorAFrequencySaidTwice(@ForAll("doses") ActivityDose dose, @ForAll("minutes") int minutes) {
        String text = DoseText.plan(dose, minutes);
        assertThat(ONE_PLURAL.matcher(text).find()).as(text).isFalse();
        assertThat(text).as(text).doesNotContainIgnoringCase("once, once").doesNotContainIgnoringCase("once a day, every day")
                .doesNotContain("times, ").doesNotContain("  ").isNotBlank();
        int perDay = 0;
        Matcher m = Pattern.compile("a day").matcher(text);
        while (m.find()) perDay++;
        assertThat(perDay).as("'a day' in " + text).isLessThanOrEqualTo(1);
        if (dose.timesPerDay() == null && dose.daysPerWeek() == null) assertThat(FREQUENCY.matcher(text).find()).as(text).isFalse();
        assertThat(Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0))).as(text).isTrue();
    }

    @Property
    void aDayCountsEverySession(@ForAll("doses") ActivityDose dose, @ForAll("minutes") int minutes) {
        int times = dose.timesPerDay() == null ? 1 : dose.timesPerDay();
        assertThat(DoseText.minutesPerDay(minutes, dose)).isEqualTo(minutes * times);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(1, 60);
    }
}
