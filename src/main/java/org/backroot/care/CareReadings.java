package org.backroot.care;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.backroot.account.PersonalClock;
import org.backroot.care.domain.CareSignals;
import org.backroot.insights.InsightsService;
import org.backroot.insights.OutcomeTrend;
import org.backroot.insights.domain.ChangeDirection;
import org.backroot.insights.domain.TrendAdherence;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPhaseChange;
import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.RescreenMoments;
import org.backroot.safety.SafetyView;
import org.backroot.safety.SafetyService;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.CheckInSummary;
import org.backroot.tracking.domain.PainTrend;
import org.springframework.stereotype.Service;

/**
 * Reads one person's summary from the modules that own each concept: safety's status and re-screen reasons,
 * tracking's check-ins and pain trend, program's phase and long calm phase, insights' adherence and outcome changes.
 * Nothing is derived here; the access check is the caller's ({@link CareAccess}).
 */
@Service
class CareReadings {

    static final int CHECK_IN_WINDOW_DAYS = 30;
    static final int ADHERENCE_DAYS = 14;
    /** How far back the last check-in is looked for (tracking reads at most 366 days at once). */
    static final int LAST_CHECK_IN_DAYS = 366;

    private final SafetyService safety;
    private final CheckInService checkIns;
    private final PlanService plans;
    private final CalmRules calm;
    private final InsightsService insights;
    private final PersonalClock clock;

    CareReadings(SafetyService safety, CheckInService checkIns, PlanService plans, CalmRules calm, InsightsService insights,
            PersonalClock clock) {
        this.safety = safety;
        this.checkIns = checkIns;
        this.plans = plans;
        this.calm = calm;
        this.insights = insights;
        this.clock = clock;
    }

    PersonReading read(String personId) {
        LocalDate today = clock.today(personId);
        SafetyView status = safety.statusWithRescreen(personId);

        List<CheckIn> recent = checkIns.list(personId, today.minusDays(CHECK_IN_WINDOW_DAYS - 1L), today);
        Optional<CheckIn> latest = CheckInSummary.latest(recent);
        if (latest.isEmpty()) latest = CheckInSummary.latest(checkIns.list(personId, today.minusDays(LAST_CHECK_IN_DAYS - 1L), today));
        int checkInDays = (int) recent.stream().map(CheckIn::date).distinct().count();
        PainTrend pain = CheckInSummary.painTrend(recent, today);

        Phase phase = plans.phase(personId);
        List<StoredPhaseChange> history = plans.phaseHistory(personId);
        LocalDate phaseSince = history.stream().map(c -> c.change().date()).max(Comparator.naturalOrder()).orElse(null);
        CareSignals.LongCalm longCalm = longCalm(history, phase, phaseSince, today);

        TrendAdherence fortnight = insights.adherence(personId, today.minusDays(ADHERENCE_DAYS - 1L), today);
        LocalDate weekEnd = today.minusDays(today.getDayOfWeek().getValue()); // the Sunday before today
        TrendAdherence week = insights.adherence(personId, weekEnd.minusDays(6), weekEnd);
        CareSignals.Week lastWeek = week.planned() == 0 ? null
                : new CareSignals.Week(weekEnd.with(DayOfWeek.MONDAY), weekEnd, week.planned(), Math.min(week.done(), week.planned()));

        List<OutcomeTrend> outcomes = insights.outcomeChanges(personId).stream().filter(o -> !o.points().isEmpty()).toList();
        List<CareSignals.Outcome> outcomeSignals = outcomes.stream().filter(o -> o.change() != null)
                .map(o -> new CareSignals.Outcome(o.instrumentId(), lastDay(o),
                        o.change().meaningful() && o.change().direction() == ChangeDirection.WORSE, o.change().sentence()))
                .toList();
        OutcomeTrend newest = outcomes.stream().filter(o -> o.change() != null)
                .max(Comparator.comparing(CareReadings::lastDay).thenComparing(OutcomeTrend::instrumentId)).orElse(null);

        List<String> items = status.reasons().stream().map(r -> r.linkId()).distinct().toList();
        CareSignals.Safety safetySignal = new CareSignals.Safety(status.state(), status.clinicianCleared(), items,
                items.isEmpty() ? "" : "Red-flag items: " + String.join(", ", items) + ".");
        List<CareSignals.Rescreen> rescreens = status.rescreen().stream()
                .map(r -> new CareSignals.Rescreen(r.code(), r.since(), r.message())).toList();
        CareSignals signals = new CareSignals(today, safetySignal, latest.map(CheckIn::date).orElse(null), longCalm, lastWeek,
                outcomeSignals, rescreens);

        return new PersonReading(signals, status, phase, phaseSince, checkInDays,
                new PersonReading.Adherence(fortnight.planned(), fortnight.done(), fortnight.percent()), pain,
                newest == null ? null : newest.change(), newest == null ? null : lastDay(newest), newest == null ? null : newest.instrumentId());
    }

    /**
     * The calm phase that reached the calm schedule's longest run, by program's definition ({@link RescreenMoments#longCalm}):
     * the one still running, or one that reached it within the last run's length (older ones have been seen).
     */
    private CareSignals.LongCalm longCalm(List<StoredPhaseChange> history, Phase phase, LocalDate phaseSince, LocalDate today) {
        int max = calm.schedule().maxDays();
        List<org.backroot.program.domain.PhaseChange> changes = history.stream().map(StoredPhaseChange::change).toList();
        LocalDate from = phase == Phase.CALM && phaseSince != null ? phaseSince.minusDays(1) : today.minusDays(max);
        return RescreenMoments.longCalm(changes, from, today, max).map(since -> new CareSignals.LongCalm(since, max)).orElse(null);
    }

    private static LocalDate lastDay(OutcomeTrend o) {
        return o.points().get(o.points().size() - 1).date();
    }
}
