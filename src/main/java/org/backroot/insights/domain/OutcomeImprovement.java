package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person's outcomes improved past their minimal important change ({@link MicRules}) since the program
 * began: the mean pain of the last 14 days against the first 14 days of the program, the PSFS activity score, or a
 * pain-free streak (pain 0-1 on 7 days in a row, after Henschke 2008; unverified). Pure and deterministic.
 */
public final class OutcomeImprovement {

    /** Days at each end of the program compared for pain, and check-ins needed in each. */
    static final int WINDOW_DAYS = 14;
    static final int MIN_CHECKINS = 7;
    /** Pain-free days in a row that count as recovery. */
    public static final int PAIN_FREE_STREAK = 7;

    private OutcomeImprovement() {
    }

    /**
     * @param pain        pain by day since the program began (any order)
     * @param psfs        the PSFS change from the first to the newest answer, or null
     * @param painFreeRun pain-free days in a row up to the latest check-in (as {@link EpisodeReport#painFreeStreak()})
     */
    public static Optional<String> since(LocalDate programStart, LocalDate today, List<PainDay> pain, Change psfs, int painFreeRun) {
        if (psfs != null && psfs.meaningful() && psfs.direction() == ChangeDirection.IMPROVED) {
            return Optional.of("Your activity scores (PSFS) have clearly improved since you started.");
        }
        if (painFreeRun >= PAIN_FREE_STREAK) {
            return Optional.of("You have had " + painFreeRun + " days in a row with little or no pain.");
        }
        LocalDate firstEnd = programStart.plusDays(WINDOW_DAYS);
        LocalDate lastStart = today.minusDays(WINDOW_DAYS - 1L);
        if (lastStart.isBefore(firstEnd)) return Optional.empty();
        List<PainDay> first = pain.stream().filter(d -> !d.date().isBefore(programStart) && d.date().isBefore(firstEnd)).toList();
        List<PainDay> last = pain.stream().filter(d -> !d.date().isBefore(lastStart) && !d.date().isAfter(today)).toList();
        if (first.size() < MIN_CHECKINS || last.size() < MIN_CHECKINS) return Optional.empty();
        Change change = ChangeAssessment.of(MicMeasure.PAIN_NRS, mean(first), mean(last));
        if (change.meaningful() && change.direction() == ChangeDirection.IMPROVED) {
            return Optional.of("Your usual pain has clearly come down since you started.");
        }
        return Optional.empty();
    }

    private static double mean(List<PainDay> days) {
        return days.stream().mapToInt(PainDay::pain).average().orElseThrow();
    }
}
