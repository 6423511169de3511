package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backroot.web.domain.ValidationException;

class TrackingProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Property(tries = 500)
    void checkInFromMapThrowsNothingButValidationException(@ForAll("looseCheckInMaps") Map<String, Object> raw,
            @ForAll("anyDates") LocalDate date) {
        Throwable thrown = catchThrowable(() -> CheckIn.fromMap(raw, date, TODAY));
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ValidationException.class));
    }

    @Property(tries = 500)
    void practiceFromMapThrowsNothingButValidationException(@ForAll("loosePracticeMaps") Map<String, Object> raw) {
        Throwable thrown = catchThrowable(() -> PracticeEntry.fromMap(raw, TODAY));
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ValidationException.class));
    }

    @Property(tries = 300)
    void validCheckInsRoundTripThroughToMap(@ForAll("validCheckIns") CheckIn checkIn) {
        assertThat(CheckIn.fromMap(checkIn.toMap(), checkIn.date(), TODAY)).isEqualTo(checkIn);
    }

    @Property(tries = 300)
    void validCheckInsRoundTripAsFormText(@ForAll("validCheckIns") CheckIn checkIn) {
        Map<String, Object> form = new java.util.HashMap<>();
        checkIn.toMap().forEach((k, v) -> form.put(k, v instanceof List<?> l ? String.join(",", l.stream().map(Object::toString).toList())
                : String.valueOf(v)));
        assertThat(CheckIn.fromMap(form, checkIn.date(), TODAY)).isEqualTo(checkIn);
    }

    @Property(tries = 300)
    void validPracticeEntriesRoundTripThroughToMap(@ForAll("validPracticeEntries") PracticeEntry entry) {
        assertThat(PracticeEntry.fromMap(entry.toMap(), TODAY)).isEqualTo(entry);
    }

    @Property(tries = 300)
    void baselineLiesWithinTheMinAndMaxOfItsWindow(@ForAll("histories") List<CheckIn> history,
            @ForAll @IntRange(min = 0, max = 40) int daysAgo) {
        LocalDate date = TODAY.minusDays(daysAgo);
        Baseline.before(date, history).ifPresent(b -> {
            List<Integer> window = lastPerDay(history, b.from(), b.to());
            assertThat(b.days()).isEqualTo(window.size()).isBetween(3, 14);
            assertThat(b.pain()).isBetween((double) window.stream().min(Integer::compare).orElseThrow(),
                    (double) window.stream().max(Integer::compare).orElseThrow());
        });
    }

    @Property(tries = 300)
    void aReportedFlareIsAlwaysAFlare(@ForAll("histories") List<CheckIn> history, @ForAll @IntRange(max = 10) int pain) {
        CheckIn day = new CheckIn(TODAY, pain, 0, 8, null, null, null, null, null, null, true, Set.of(), null);
        assertThat(new FlareDetector().assess(day, history).causes()).contains(FlareCause.REPORTED);
    }

    @Property(tries = 300)
    void oneRaisedDayOnItsOwnIsNeverAFlareWithoutThePersonsWord(@ForAll("histories") List<CheckIn> history,
            @ForAll @IntRange(max = 10) int pain) {
        List<FlareEvidence> days = new java.util.ArrayList<>();
        for (CheckIn c : history) if (c.date().isBefore(TODAY.minusDays(1))) days.add(FlareEvidence.of(c, null));
        days.add(FlareEvidence.of(TODAY, pain, false));
        assertThat(new FlareDetector().assess(TODAY, days).orElseThrow().flare()).isFalse();
    }

    @Property(tries = 300)
    void adherenceStaysWithinZeroAndOne(@ForAll("plans") List<PlannedItem> planned,
            @ForAll("practice") List<PracticeEntry> entries, @ForAll @IntRange(min = 0, max = 30) int length) {
        AdherenceReport report = Adherence.over(TODAY.minusDays(length), TODAY, planned, entries);
        List<AdherenceTally> tallies = new ArrayList<>();
        tallies.add(report.total());
        tallies.addAll(report.byComponent().values());
        for (WeekAdherence week : report.weeks()) {
            tallies.add(week.total());
            tallies.addAll(week.byComponent().values());
        }
        assertThat(tallies).allSatisfy(t -> {
            if (t.ratio() != null) assertThat(t.ratio()).isBetween(0.0, 1.0);
        });
        assertThat(report.weeks().stream().mapToInt(w -> w.total().planned()).sum()).isEqualTo(report.total().planned());
        assertThat(report.byComponent().values().stream().mapToInt(AdherenceTally::done).sum()).isEqualTo(report.total().done());
    }

    @Property(tries = 200)
    void streakNeverExceedsTheDaysCheckedIn(@ForAll("histories") List<CheckIn> history) {
        int streak = CheckInSummary.streak(history, TODAY);
        assertThat(streak).isBetween(0, CheckInSummary.daysCheckedIn(history, TODAY.minusDays(60), TODAY));
    }

    private static List<Integer> lastPerDay(Collection<CheckIn> history, LocalDate from, LocalDate to) {
        java.util.TreeMap<LocalDate, Integer> byDay = new java.util.TreeMap<>();
        for (CheckIn c : history) if (!c.date().isBefore(from) && !c.date().isAfter(to)) byDay.put(c.date(), c.pain());
        return new ArrayList<>(byDay.values());
    }

    // --- generators ------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<LocalDate> anyDates() {
        return Arbitraries.integers().between(-100, 10).map(TODAY::plusDays).injectNull(0.05);
    }

    @Provide
    Arbitrary<Map<String, Object>> looseCheckInMaps() {
        return looseMaps(Arbitraries.oneOf(Arbitraries.of(CheckIn.FIELDS), Arbitraries.strings().ofMaxLength(12)));
    }

    @Provide
    Arbitrary<Map<String, Object>> loosePracticeMaps() {
        return looseMaps(Arbitraries.oneOf(Arbitraries.of(PracticeEntry.FIELDS), Arbitraries.strings().ofMaxLength(12)));
    }

    /** Keys mostly real field names so values get parsed; values of every type a loose JSON or form map can hold. */
    private static Arbitrary<Map<String, Object>> looseMaps(Arbitrary<String> keys) {
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.integers().between(-2, 12).map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY).map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.of("", " ", "7", "7,5", "-3", "1e3", "NaN", "true", "on", "none", "fever", "fever,none",
                        "2026-03-01", "2099-01-01", "x".repeat(1001)).map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(List.of("fever", "headache")),
                Arbitraries.just(List.of(1, 2)),
                Arbitraries.just(java.util.Arrays.asList("fever", null)),
                Arbitraries.just(Set.of("none")),
                Arbitraries.just(Map.of("a", 1)),
                Arbitraries.just(new java.math.BigDecimal("1e400")),
                Arbitraries.just(LocalDate.of(2026, 3, 1)));
        return Arbitraries.maps(keys.injectNull(0.02), values.injectNull(0.1)).ofMaxSize(10);
    }

    @Provide
    Arbitrary<CheckIn> validCheckIns() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, EntryDates.MAX_DAYS_BACK).map(TODAY::minusDays);
        Arbitrary<Integer> tenPoint = Arbitraries.integers().between(0, 10);
        Arbitrary<Double> sleep = Arbitraries.integers().between(0, 64).map(q -> q / 4.0);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 1440).injectNull(0.3);
        Arbitrary<Integer> steps = Arbitraries.integers().between(0, 100_000).injectNull(0.3);
        Arbitrary<Double> sitting = Arbitraries.doubles().between(0, 24).ofScale(2).injectNull(0.3);
        Arbitrary<Double> alcohol = Arbitraries.doubles().between(0, 50).ofScale(1).injectNull(0.3);
        Arbitrary<Set<NewSymptom>> symptoms = Arbitraries.oneOf(
                Arbitraries.of(NewSymptom.class).filter(s -> s != NewSymptom.NONE).set().ofMaxSize(4),
                Arbitraries.just(Set.of(NewSymptom.NONE)));
        Arbitrary<String> note = Arbitraries.strings().withChars("abc ,.é!?\n").ofMaxLength(1000).injectNull(0.5);
        Arbitrary<CheckIn> first = Combinators.combine(date, tenPoint, tenPoint, sleep, tenPoint.injectNull(0.3), minutes, steps, sitting)
                .as((d, p, s, sl, q, m, st, si) -> new CheckIn(d, p, s, sl, q, m, st, si, null, null, false, Set.of(), null));
        return Combinators.combine(first, tenPoint.injectNull(0.3), alcohol, Arbitraries.of(true, false), symptoms, note)
                .as((c, diet, alc, flare, sym, n) -> new CheckIn(c.date(), c.pain(), c.stress(), c.sleepHours(), c.sleepQuality(),
                        c.activeMinutes(), c.steps(), c.sittingHours(), diet, alc, flare, sym, n));
    }

    @Provide
    Arbitrary<PracticeEntry> validPracticeEntries() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, EntryDates.MAX_DAYS_BACK).map(TODAY::minusDays);
        Arbitrary<String> id = Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(80)
                .filter(s -> !s.isBlank());
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        Arbitrary<Integer> fear = Arbitraries.integers().between(0, 100).injectNull(0.4);
        Arbitrary<PracticeEntry> base = Combinators.combine(date, id, Arbitraries.of(true, false), pain,
                        Arbitraries.strings().ofMaxLength(200).injectNull(0.5))
                .as((d, a, done, p, n) -> new PracticeEntry(d, a, done, p, n, null, null, null, null, null));
        return Combinators.combine(base, pain.injectNull(0.4), pain.injectNull(0.4), fear, fear, id.injectNull(0.5))
                .as((e, ex, ac, fb, fa, ladder) -> new PracticeEntry(e.date(), e.activityId(), e.completed(), e.painDuring(),
                        e.note(), ex, ac, fb, fa, ladder));
    }

    @Provide
    Arbitrary<List<CheckIn>> histories() {
        Arbitrary<CheckIn> day = Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 10),
                        Arbitraries.of(true, false))
                .as((ago, pain, flare) -> new CheckIn(TODAY.minusDays(ago), pain, 3, 7, null, null, null, null, null, null, flare,
                        Set.of(), null));
        return day.list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<PlannedItem>> plans() {
        return Combinators.combine(Arbitraries.integers().between(-3, 33), Arbitraries.of("a", "b", "c"),
                        Arbitraries.of("movement", "stress", "breathing"))
                .as((ago, activity, component) -> new PlannedItem(TODAY.minusDays(ago), activity, component))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<PracticeEntry>> practice() {
        return Combinators.combine(Arbitraries.integers().between(-3, 33), Arbitraries.of("a", "b", "c", "d"),
                        Arbitraries.of(true, false))
                .as((ago, activity, done) -> new PracticeEntry(TODAY.minusDays(ago), activity, done, 3, null, null, null, null,
                        null, null))
                .list().ofMaxSize(60);
    }

}
