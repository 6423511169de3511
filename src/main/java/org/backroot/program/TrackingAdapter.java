package org.backroot.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.backroot.program.domain.FlareRules;
import org.backroot.program.domain.PlanCheckin;
import org.backroot.program.domain.PlanPracticeOutcome;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.LoggedPractice;
import org.backroot.tracking.PracticeService;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.PracticeEntry;
import org.springframework.stereotype.Component;

/** The program's reading of tracking: check-ins as the flare rules see them, practice as the progression rules see it. */
@Component
class TrackingAdapter implements ProgramTracking {

    private final CheckInService checkIns;
    private final PracticeService practice;
    private final FlareRules flareRules;

    TrackingAdapter(CheckInService checkIns, PracticeService practice, FlareRules flareRules) {
        this.flareRules = flareRules;
        this.checkIns = checkIns;
        this.practice = practice;
    }

    @Override
    public List<PlanCheckin> checkins(String userId, int days) {
        return checkIns.history(userId, days).stream().map(TrackingAdapter::toPlan).toList();
    }

    @Override
    public List<PlanPracticeOutcome> outcomes(String userId, LocalDate from, LocalDate to) {
        List<PlanCheckin> days = checkIns.list(userId, from.minusDays(flareRules.baselineDays()), to.plusDays(1))
                .stream().map(TrackingAdapter::toPlan).toList();
        Map<LocalDate, Integer> pain = new TreeMap<>();
        days.forEach(d -> pain.put(d.date(), d.pain()));
        List<PlanPracticeOutcome> outcomes = new ArrayList<>();
        for (LoggedPractice p : practice.list(userId, from, to)) {
            PracticeEntry e = p.entry();
            outcomes.add(new PlanPracticeOutcome(e.date(), e.activityId(), e.completed(), e.painDuring(), pain.get(e.date().plusDays(1)),
                    flareRules.baseline(days, e.date()).orElse(null)));
        }
        return outcomes;
    }

    @Override
    public void logPractice(String userId, Map<String, Object> entry) {
        practice.log(userId, entry, null);
    }

    @Override
    public boolean checkedIn(String userId, LocalDate date) {
        return checkIns.find(userId, date).isPresent();
    }

    @Override
    public Optional<PracticeEntry> latestExposure(String userId, LocalDate date, String activityId) {
        return practice.list(userId, date, date).stream()
                .filter(p -> p.entry().activityId().equals(activityId) && p.entry().exposure())
                .max(java.util.Comparator.comparing(LoggedPractice::recordedAt))
                .map(LoggedPractice::entry);
    }

    @Override
    public List<PracticeEntry> practiced(String userId, LocalDate date) {
        return practice.list(userId, date, date).stream().map(LoggedPractice::entry).toList();
    }

    private static PlanCheckin toPlan(CheckIn c) {
        return new PlanCheckin(c.date(), c.pain(), c.flare());
    }
}
