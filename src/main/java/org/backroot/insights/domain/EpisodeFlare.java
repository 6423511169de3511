package org.backroot.insights.domain;

import java.time.LocalDate;

/**
 * A flare day, listed apart from episodes.
 *
 * @param date          the day
 * @param pain          that day's pain, 0-10
 * @param reported      the person marked the day as a flare
 * @param briefPain     pain at or above the threshold that did not last long enough to make an episode
 * @param duringEpisode the day falls within an episode
 */
public record EpisodeFlare(LocalDate date, int pain, boolean reported, boolean briefPain, boolean duringEpisode) {

    public EpisodeFlare {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (pain < 0 || pain > 10) throw new IllegalArgumentException("pain: must be from 0 to 10, was " + pain);
        if (!reported && !briefPain) throw new IllegalArgumentException("reported or briefPain: at least one must be true");
        if (briefPain && duringEpisode) throw new IllegalArgumentException("briefPain: cannot be within an episode");
    }
}
