package org.backroot.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.insights.domain.Change;
import org.backroot.insights.domain.EpisodeReport;
import org.backroot.insights.domain.OutcomeImprovement;
import org.backroot.insights.domain.PainDay;
import org.backroot.program.ProgramOutcomes;
import org.springframework.stereotype.Component;

/** Outcomes past their minimal important change since the program began, for the program's move to maintain. */
@Component
class InsightsProgramOutcomes implements ProgramOutcomes {

    private final InsightsService insights;

    InsightsProgramOutcomes(InsightsService insights) {
        this.insights = insights;
    }

    @Override
    public Optional<String> improvement(String userId, LocalDate programStart, LocalDate today) {
        Change psfs = insights.outcomeChanges(userId).stream().filter(t -> t.instrumentId().equals("psfs"))
                .map(OutcomeTrend::change).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        EpisodeReport episodes = insights.episodes(userId, null, null);
        List<PainDay> pain = insights.checkIns(userId, programStart, today).stream()
                .map(c -> new PainDay(c.date(), c.pain(), false)).toList();
        return OutcomeImprovement.since(programStart, today, pain, psfs, episodes.painFreeStreak());
    }
}
