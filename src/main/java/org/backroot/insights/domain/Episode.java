package org.backroot.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One episode of back pain.
 *
 * @param start      the first painful day
 * @param end        the last painful day (for an ongoing episode, the latest painful day so far)
 * @param days       calendar days from start to end, both included
 * @param painDays   days with a check-in at or above the threshold within it
 * @param peakPain   the highest pain checked in within it, 0-10
 * @param recurrence whether it began after at least the settings' pain-free days (see {@link EpisodeFinder})
 * @param ending     how it ended; {@link #ongoing()} is the flag for "still going"
 */
public record Episode(LocalDate start, LocalDate end, int days, int painDays, int peakPain, boolean recurrence,
        EpisodeEnding ending) {

    public Episode {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("start and end: must be dates with end not before start");
        }
        if (days != ChronoUnit.DAYS.between(start, end) + 1) {
            throw new IllegalArgumentException("days: must be the calendar days from start to end, both included");
        }
        if (painDays < 0 || painDays > days) throw new IllegalArgumentException("painDays: must be from 0 to days (" + days + ")");
        if (peakPain < 0 || peakPain > 10) throw new IllegalArgumentException("peakPain: must be from 0 to 10, was " + peakPain);
        if (ending == null) throw new IllegalArgumentException("ending: must be given");
    }

    /** Whether the episode is still going at the end of the range. */
    public boolean ongoing() {
        return ending == EpisodeEnding.ONGOING;
    }
}
