package org.backroot.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.backroot.program.domain.PlanPracticeOutcome;
import org.backroot.shared.NotFoundException;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.FlareService;
import org.backroot.tracking.LoggedPractice;
import org.backroot.tracking.PracticeService;
import org.backroot.tracking.domain.Baseline;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.FlareEvidence;
import org.backroot.tracking.domain.PracticeEntry;
import org.springframework.stereotype.Component;

/** The program's reading of tracking: check-ins with answers as the flare definition sees them, practice as the progression rules see it. */
@Component
class TrackingAdapter implements ProgramTracking {

    private final CheckInService checkIns;
    private final PracticeService practice;
    private final FlareService flares;

    TrackingAdapter(CheckInService checkIns, PracticeService practice, FlareService flares) {
        this.flares = flares;
        this.checkIns = checkIns;
        this.practice = practice;
    }

    @Override
    public List<FlareEvidence> flareEvidence(String userId, int days) {
        List<CheckIn> history = checkIns.history(userId, days);
        if (history.isEmpty()) return List.of();
        return flares.evidence(userId, history.get(0).date(), history.get(history.size() - 1).date());
    }

    @Override
    public List<PlanPracticeOutcome> outcomes(String userId, LocalDate from, LocalDate to) {
        List<FlareEvidence> days = checkIns.list(userId, from.minusDays(flares.detector().thresholds().baselineDays()), to.plusDays(1))
                .stream().map(c -> FlareEvidence.of(c, null)).toList();
        Map<LocalDate, Integer> pain = new TreeMap<>();
        days.forEach(d -> pain.put(d.date(), d.pain()));
        List<PlanPracticeOutcome> outcomes = new ArrayList<>();
        for (LoggedPractice p : practice.list(userId, from, to)) {
            PracticeEntry e = p.entry();
            outcomes.add(new PlanPracticeOutcome(e.date(), e.activityId(), e.completed(), e.painDuring(), pain.get(e.date().plusDays(1)),
                    flares.detector().baseline(e.date(), days).map(Baseline::pain).orElse(null)));
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
    public Optional<PracticeEntry> exposureEntry(String userId, String practiceId) {
        try {
            return Optional.of(practice.get(userId, practiceId).entry()).filter(PracticeEntry::exposure);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<PracticeEntry> practiced(String userId, LocalDate date) {
        return practice.list(userId, date, date).stream().map(LoggedPractice::entry).toList();
    }
}
