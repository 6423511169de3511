package org.backroot.care.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.backroot.safety.domain.SafetyState;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** When a clinician is alerted, and that each occurrence is raised once, whatever the order things are looked at in. */
class AlertRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 10); // a Thursday

    static CareSignals.Safety clear() {
        return new CareSignals.Safety(SafetyState.CLEAR, false, List.of(), "");
    }

    static CareSignals signals(CareSignals.Safety safety, LocalDate lastCheckIn) {
        return new CareSignals(TODAY, safety, lastCheckIn, null, null, List.of(), List.of());
    }

    static List<AlertKind> kinds(CareSignals s) {
        return AlertRules.holding(s).stream().map(AlertCondition::kind).toList();
    }

    @Test
    void anyStatusOtherThanClearIsARedFlagAtOnceUntilAClinicianClearsIt() {
        for (SafetyState state : List.of(SafetyState.SEE_DOCTOR, SafetyState.URGENT, SafetyState.EMERGENCY)) {
            var flagged = new CareSignals.Safety(state, false, List.of("foot-drop"), "A foot that drops.");
            assertThat(kinds(signals(flagged, TODAY))).containsExactly(AlertKind.RED_FLAG);
            assertThat(kinds(signals(new CareSignals.Safety(state, true, List.of("foot-drop"), ""), TODAY))).isEmpty();
        }
        assertThat(kinds(signals(clear(), TODAY))).isEmpty();
        assertThat(kinds(signals(new CareSignals.Safety(SafetyState.NOT_SCREENED, false, List.of(), ""), TODAY))).isEmpty();
        var urgent = AlertRules.holding(signals(new CareSignals.Safety(SafetyState.URGENT, false, List.of("foot-drop"), ""), TODAY)).get(0);
        var more = AlertRules.holding(signals(new CareSignals.Safety(SafetyState.URGENT, false, List.of("foot-drop", "fever"), ""), TODAY)).get(0);
        assertThat(urgent.occurrence()).as("a new reason is a new occurrence").isNotEqualTo(more.occurrence());
    }

    @Test
    void fiveDaysWithoutACheckInRaiseNoCheckInAndFourDoNot() {
        assertThat(kinds(signals(clear(), TODAY.minusDays(4)))).isEmpty();
        AlertCondition quiet = AlertRules.holding(signals(clear(), TODAY.minusDays(5))).get(0);
        assertThat(quiet.kind()).isEqualTo(AlertKind.NO_CHECK_IN);
        assertThat(quiet.since()).isEqualTo(TODAY.minusDays(4));
        assertThat(quiet.detail()).contains("5 days");
        assertThat(kinds(signals(clear(), null))).as("never checked in: nothing to miss yet").isEmpty();
    }

    @Test
    void underHalfOfAWeeksPlanIsLowAdherenceAndHalfIsNot() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        var low = new CareSignals(TODAY, clear(), TODAY, null, new CareSignals.Week(monday, monday.plusDays(6), 10, 4), List.of(), List.of());
        var half = new CareSignals(TODAY, clear(), TODAY, null, new CareSignals.Week(monday, monday.plusDays(6), 10, 5), List.of(), List.of());
        var rest = new CareSignals(TODAY, clear(), TODAY, null, new CareSignals.Week(monday, monday.plusDays(6), 0, 0), List.of(), List.of());
        assertThat(AlertRules.holding(low)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AlertKind.LOW_ADHERENCE);
            assertThat(c.occurrence()).isEqualTo("week:2026-11-30");
            assertThat(c.detail()).contains("4 of 10").contains("40 %");
        });
        assertThat(kinds(half)).isEmpty();
        assertThat(kinds(rest)).as("a week with nothing planned is not 0 %").isEmpty();
    }

    @Test
    void aLongCalmPhaseAWorseOutcomeAndEachRescreenReasonAreAlerts() {
        var s = new CareSignals(TODAY, clear(), TODAY, new CareSignals.LongCalm(TODAY.minusDays(15), 14), null,
                List.of(new CareSignals.Outcome("peg", TODAY.minusDays(1), true, "Your PEG rose from 4 to 6."),
                        new CareSignals.Outcome("pain", TODAY.minusDays(1), false, "Your pain stayed at 5.")),
                List.of(new CareSignals.Rescreen("three-months", TODAY.minusDays(2), "It has been three months."),
                        new CareSignals.Rescreen("long-calm", TODAY.minusDays(1), "Your calm phase has lasted 14 days.")));
        assertThat(kinds(s)).containsExactly(AlertKind.LONG_FLARE, AlertKind.RESCREEN_DUE, AlertKind.RESCREEN_DUE, AlertKind.OUTCOME_WORSE);
        assertThat(AlertRules.holding(s).get(0).occurrence()).isEqualTo("calm:" + TODAY.minusDays(15));
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    @Property(tries = 200)
    void raisingIsIdempotent(@ForAll("signals") CareSignals s, @ForAll("stored") List<AlertLedger.Stored> stored) {
        List<AlertCondition> holding = AlertRules.holding(s);
        List<AlertLedger.Stored> after = applied(stored, AlertLedger.changes(stored, holding));
        assertThat(AlertLedger.changes(after, holding).none()).isTrue();
        assertThat(AlertRules.holding(s)).as("the rule itself reads nothing but the signals").isEqualTo(holding);
    }

    @Property(tries = 200)
    void theOrderOfEvaluationDoesNotMatter(@ForAll("signals") CareSignals s, @ForAll("stored") List<AlertLedger.Stored> stored,
            @ForAll long seed) {
        List<AlertCondition> holding = new ArrayList<>(AlertRules.holding(s));
        AlertLedger.Changes first = AlertLedger.changes(stored, holding);
        List<AlertLedger.Stored> shuffledStored = new ArrayList<>(stored);
        Collections.shuffle(holding, new Random(seed));
        Collections.shuffle(shuffledStored, new Random(seed + 1));
        assertThat(AlertLedger.changes(shuffledStored, holding)).isEqualTo(first);
    }

    @Property(tries = 200)
    void aLaterCheckInEndsNoCheckIn(@ForAll @IntRange(min = 5, max = 400) int quietDays, @ForAll @IntRange(min = 0, max = 4) int checkedInDaysAgo) {
        CareSignals quiet = signals(clear(), TODAY.minusDays(quietDays));
        List<AlertCondition> raised = AlertRules.holding(quiet);
        assertThat(raised).extracting(AlertCondition::kind).containsExactly(AlertKind.NO_CHECK_IN);
        List<AlertLedger.Stored> stored = applied(List.of(), AlertLedger.changes(List.of(), raised));

        List<AlertCondition> later = AlertRules.holding(signals(clear(), TODAY.minusDays(checkedInDaysAgo)));
        assertThat(later).isEmpty();
        AlertLedger.Changes changes = AlertLedger.changes(stored, later);
        assertThat(changes.end()).containsExactly(stored.get(0).id());
        assertThat(changes.raise()).isEmpty();
    }

    @Property(tries = 100)
    void anOccurrenceThatEndedAndHoldsAgainIsRaisedAgainAsItsNextRun(@ForAll("signals") CareSignals s) {
        List<AlertCondition> holding = AlertRules.holding(s);
        List<AlertLedger.Stored> stored = applied(List.of(), AlertLedger.changes(List.of(), holding));
        List<AlertLedger.Stored> ended = applied(stored, AlertLedger.changes(stored, List.of()));
        assertThat(ended).allMatch(AlertLedger.Stored::ended);
        AlertLedger.Changes again = AlertLedger.changes(ended, holding);
        assertThat(again.raise()).hasSize(holding.size()).allMatch(r -> r.run() == 1);
    }

    /** The ledger's changes as a store would apply them. */
    static List<AlertLedger.Stored> applied(List<AlertLedger.Stored> stored, AlertLedger.Changes changes) {
        List<AlertLedger.Stored> out = new ArrayList<>();
        var ending = new HashSet<>(changes.end());
        for (var s : stored) out.add(ending.contains(s.id()) ? new AlertLedger.Stored(s.id(), s.kind(), s.occurrence(), s.run(), true) : s);
        int n = 0;
        for (var r : changes.raise()) {
            out.add(new AlertLedger.Stored("new-" + (n++) + "-" + r.condition().occurrence(), r.condition().kind(), r.condition().occurrence(), r.run(), false));
        }
        return out;
    }

    @Provide
    Arbitrary<CareSignals> signals() {
        Arbitrary<CareSignals.Safety> safety = Combinators.combine(Arbitraries.of(SafetyState.class), Arbitraries.of(true, false),
                Arbitraries.of("foot-drop", "fever", "bladder-change").list().ofMaxSize(2))
                .as((st, cleared, reasons) -> new CareSignals.Safety(st, cleared, reasons, ""));
        Arbitrary<LocalDate> lastCheckIn = Arbitraries.integers().between(0, 20).map(TODAY::minusDays).injectNull(0.2);
        Arbitrary<CareSignals.LongCalm> calm = Arbitraries.integers().between(14, 30).map(d -> new CareSignals.LongCalm(TODAY.minusDays(d), 14)).injectNull(0.5);
        Arbitrary<CareSignals.Week> week = Arbitraries.integers().between(0, 10)
                .map(done -> new CareSignals.Week(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), 10, done)).injectNull(0.3);
        Arbitrary<List<CareSignals.Outcome>> outcomes = Combinators.combine(Arbitraries.of("pain", "peg", "psfs"), Arbitraries.integers().between(0, 30),
                Arbitraries.of(true, false)).as((i, d, worse) -> new CareSignals.Outcome(i, TODAY.minusDays(d), worse, "")).list().ofMaxSize(3);
        Arbitrary<List<CareSignals.Rescreen>> rescreens = Combinators.combine(Arbitraries.of("three-months", "long-calm", "new-episode"),
                Arbitraries.integers().between(0, 30)).as((c, d) -> new CareSignals.Rescreen(c, TODAY.minusDays(d), "")).list().ofMaxSize(2);
        return Combinators.combine(safety, lastCheckIn, calm, week, outcomes, rescreens)
                .as((sa, l, c, w, o, r) -> new CareSignals(TODAY, sa, l, c, w, o, r));
    }

    @Provide
    Arbitrary<List<AlertLedger.Stored>> stored() {
        return Combinators.combine(Arbitraries.of(AlertKind.class), Arbitraries.of("last:2026-12-01", "week:2026-11-30", "urgent:foot-drop", "calm:2026-11-20"),
                Arbitraries.integers().between(0, 2), Arbitraries.of(true, false))
                .as((k, o, run, ended) -> new AlertLedger.Stored(k + "|" + o + "|" + run, k, o, run, ended))
                .list().ofMaxSize(6).uniqueElements(AlertLedger.Stored::id);
    }

    @Property(tries = 100)
    void thePanelOrderDoesNotDependOnTheOrderPeopleWereReadIn(@ForAll("entries") List<PanelOrder.Entry> entries, @ForAll long seed) {
        List<PanelOrder.Entry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        List<PanelOrder.Entry> sorted = entries.stream().sorted(PanelOrder.comparator()).toList();
        assertThat(shuffled.stream().sorted(PanelOrder.comparator()).toList()).isEqualTo(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i - 1).attention()).isLessThanOrEqualTo(sorted.get(i).attention());
        }
    }

    @Provide
    Arbitrary<List<PanelOrder.Entry>> entries() {
        Arbitrary<PanelOrder.Open> open = Combinators.combine(Arbitraries.of(AlertKind.class), Arbitraries.integers().between(0, 5),
                Arbitraries.of(true, false)).as((k, m, ended) -> new PanelOrder.Open(k, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * m), ended));
        return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3), Arbitraries.of(SafetyState.class), open.list().ofMaxSize(3))
                .as((name, safety, alerts) -> new PanelOrder.Entry(java.util.UUID.nameUUIDFromBytes((name + safety + alerts).getBytes()).toString(),
                        name, safety, alerts))
                .list().ofMaxSize(8).uniqueElements(PanelOrder.Entry::personId);
    }

    @Test
    void thePanelPutsAnOpenRedFlagFirstThenOtherAlertsBySeverityAndAgeThenTheRestByName() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        var calm = new PanelOrder.Entry("a", "Ann", SafetyState.CLEAR, List.of());
        var quietOld = new PanelOrder.Entry("b", "Bea", SafetyState.CLEAR, List.of(new PanelOrder.Open(AlertKind.NO_CHECK_IN, t0, false)));
        var quietNew = new PanelOrder.Entry("c", "Cal", SafetyState.CLEAR, List.of(new PanelOrder.Open(AlertKind.NO_CHECK_IN, t0.plusSeconds(60), false)));
        var longFlare = new PanelOrder.Entry("d", "Dee", SafetyState.CLEAR, List.of(new PanelOrder.Open(AlertKind.LONG_FLARE, t0.plusSeconds(600), false)));
        var urgent = new PanelOrder.Entry("e", "Eve", SafetyState.URGENT, List.of(new PanelOrder.Open(AlertKind.RED_FLAG, t0.plusSeconds(900), false)));
        var seeDoctor = new PanelOrder.Entry("f", "Fay", SafetyState.SEE_DOCTOR, List.of(new PanelOrder.Open(AlertKind.RED_FLAG, t0, false)));
        var endedFlare = new PanelOrder.Entry("g", "Gus", SafetyState.CLEAR, List.of(new PanelOrder.Open(AlertKind.LONG_FLARE, t0, true)));
        var zed = new PanelOrder.Entry("h", "abe", SafetyState.URGENT, List.of()); // acknowledged: no longer at the top
        List<PanelOrder.Entry> shuffled = new ArrayList<>(List.of(calm, quietOld, quietNew, longFlare, urgent, seeDoctor, endedFlare, zed));
        Collections.shuffle(shuffled, new Random(7));
        assertThat(shuffled.stream().sorted(PanelOrder.comparator()).map(PanelOrder.Entry::name))
                .containsExactly("Eve", "Fay", "Dee", "Bea", "Cal", "Gus", "abe", "Ann");
    }
}
