package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.backroot.insights.domain.MilestoneFacts.FearedTry;
import org.backroot.insights.domain.MilestoneFacts.OutcomeSeries;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A milestone, once reached, stays reached with the same date whatever is recorded after it. */
class MilestonesProperties {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** A person's history as day-numbered events; the same shape serves as the earlier and the later part. */
    record History(Set<Integer> practice, List<int[]> phases, List<int[]> tries, List<Integer> pain, List<Integer> psfs) {
    }

    @Provide
    Arbitrary<History> histories() {
        Arbitrary<Set<Integer>> practice = Arbitraries.integers().between(0, 59).set().ofMaxSize(20);
        Arbitrary<List<int[]>> phases = Combinators.combine(Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3)).as((d, f, t) -> new int[] {d, f, t}).filter(a -> a[1] != a[2]).list().ofMaxSize(6);
        Arbitrary<List<int[]>> tries = Combinators.combine(Arbitraries.integers().between(0, 59), Arbitraries.integers().between(1, 4))
                .as((d, item) -> new int[] {d, item}).list().ofMaxSize(6);
        Arbitrary<List<Integer>> pain = Arbitraries.integers().between(0, 10).list().ofMaxSize(8);
        Arbitrary<List<Integer>> psfs = Arbitraries.integers().between(0, 10).list().ofMaxSize(8);
        return Combinators.combine(practice, phases, tries, pain, psfs).as(History::new);
    }

    @Property(tries = 300)
    void milestonesNeverDisappearOnceReachedWhenMoreDataArrives(@ForAll("histories") History before, @ForAll("histories") History after,
            @ForAll @IntRange(min = 0, max = 60) int days, @ForAll @IntRange(min = 1, max = 60) int laterDays) {
        LocalDate today = START.plusDays(days);
        // What was recorded up to today, then more recorded strictly after it (and today moves on).
        MilestoneFacts earlier = facts(before, 0, days, null);
        MilestoneFacts later = facts(after, days + 1, days + laterDays, earlier);
        List<Milestone> then = Milestones.reached(earlier, today);
        List<Milestone> now = Milestones.reached(later, today.plusDays(laterDays));
        assertThat(now).containsAll(then);
    }

    /** Facts from a history squeezed into days [from, to], appended to {@code base} when given. */
    private static MilestoneFacts facts(History h, int from, int to, MilestoneFacts base) {
        int span = Math.max(1, to - from + 1);
        Set<LocalDate> practice = new HashSet<>(base == null ? Set.of() : base.practiceDays());
        h.practice().forEach(d -> practice.add(day(from, d, span)));
        List<PhaseChange> phases = new ArrayList<>(base == null ? List.of() : base.phaseChanges());
        h.phases().forEach(p -> phases.add(new PhaseChange(Phase.values()[p[1]], Phase.values()[p[2]], "change", day(from, p[0], span))));
        List<FearedTry> tries = new ArrayList<>(base == null ? List.of() : base.fearedTries());
        h.tries().forEach(t -> tries.add(new FearedTry(day(from, t[0], span), "item-" + t[1], "Activity " + t[1])));
        List<OutcomeSeries> outcomes = new ArrayList<>();
        outcomes.add(series("pain", MicMeasure.PAIN_NRS, base, h.pain(), from, span));
        outcomes.add(series("psfs", MicMeasure.PSFS, base, h.psfs(), from, span));
        return new MilestoneFacts(base == null ? START : base.firstPlanStart(), practice, phases, tries, outcomes);
    }

    private static OutcomeSeries series(String id, MicMeasure measure, MilestoneFacts base, List<Integer> values, int from, int span) {
        List<TrendPoint> points = new ArrayList<>();
        if (base != null) base.outcomes().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> points.addAll(o.points()));
        List<TrendPoint> added = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) added.add(new TrendPoint(day(from, i * span / Math.max(1, values.size()), span), values.get(i)));
        added.sort(java.util.Comparator.comparing(TrendPoint::date));
        points.addAll(added);
        return new OutcomeSeries(id, measure, points);
    }

    private static LocalDate day(int from, int offset, int span) {
        return START.plusDays(from + Math.floorMod(offset, span));
    }
}
