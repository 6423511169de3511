package org.backroot.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.insights.domain.Milestone;
import org.backroot.insights.domain.MilestoneFacts;
import org.backroot.insights.domain.Milestones;
import org.backroot.program.FearLadderService;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPhaseChange;
import org.backroot.shared.NotFoundException;
import org.backroot.tracking.LoggedPractice;
import org.backroot.tracking.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's milestones ({@link Milestones}), read from what is stored: the plan, the practice log, the program's
 * phase changes, the fear-ladder tries and the outcome answers. Today shows the ones reached in the last
 * {@value #NEW_DAYS} days that the person has not put away; the report and the API show all of them.
 */
@Service
public class MilestoneService {

    /** How long a milestone counts as new on Today. */
    public static final int NEW_DAYS = 14;
    /** Practice read for the first-week milestone: the first plan's first year (tracking reads at most 366 days at once). */
    static final int PRACTICE_DAYS = 366;

    private final InsightsService insights;
    private final PlanService plans;
    private final PracticeService practice;
    private final FearLadderService fearLadder;
    private final MilestoneRepository repository;
    private final Clock clock;

    MilestoneService(InsightsService insights, PlanService plans, PracticeService practice, FearLadderService fearLadder,
            MilestoneRepository repository, Clock clock) {
        this.insights = insights;
        this.plans = plans;
        this.practice = practice;
        this.fearLadder = fearLadder;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every milestone reached by the person's today, oldest first. */
    public List<Milestone> reached(String userId) {
        LocalDate today = insights.today(userId);
        return Milestones.reached(facts(userId, today), today);
    }

    /** Milestones for the Today card: reached in the last {@value #NEW_DAYS} days and not put away, newest first. */
    public List<Milestone> fresh(String userId) {
        LocalDate today = insights.today(userId);
        Set<String> seen = repository.seen(userId);
        return Milestones.reached(facts(userId, today), today).stream()
                .filter(m -> !seen.contains(m.key()) && m.date().isAfter(today.minusDays(NEW_DAYS)))
                .sorted(java.util.Comparator.comparing(Milestone::date).reversed()).toList();
    }

    /** Puts a reached milestone away from Today; an unknown or not yet reached key is a 404. */
    @Transactional
    public void markSeen(String userId, String key) {
        if (key == null || reached(userId).stream().noneMatch(m -> m.key().equals(key))) {
            throw new NotFoundException("No milestone '" + key + "' reached yet");
        }
        repository.markSeen(userId, key, clock.instant());
    }

    private MilestoneFacts facts(String userId, LocalDate today) {
        LocalDate start = plans.firstPlanStart(userId).orElse(null);
        Set<LocalDate> practiceDays = Set.of();
        if (start != null && !start.isAfter(today)) {
            LocalDate to = start.plusDays(PRACTICE_DAYS - 1L).isAfter(today) ? today : start.plusDays(PRACTICE_DAYS - 1L);
            practiceDays = practice.list(userId, start, to).stream().map(LoggedPractice::entry)
                    .map(e -> e.date()).collect(Collectors.toSet());
        }
        List<org.backroot.program.domain.PhaseChange> phases = plans.phaseHistory(userId).stream().map(StoredPhaseChange::change).toList();
        List<MilestoneFacts.FearedTry> tries = fearLadder.exposureHistory(userId).stream()
                .map(e -> new MilestoneFacts.FearedTry(e.log().date(), e.log().itemId(), e.activity())).toList();
        List<MilestoneFacts.OutcomeSeries> outcomes = insights.outcomeChanges(userId).stream()
                .map(t -> new MilestoneFacts.OutcomeSeries(t.instrumentId(), t.measure(), t.points())).toList();
        return new MilestoneFacts(start, practiceDays, phases, tries, outcomes);
    }
}
