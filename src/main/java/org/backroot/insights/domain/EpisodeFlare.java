package org.backroot.insights.domain;

import java.time.LocalDate;

/**
 * A flare day (by tracking's one flare definition), listed apart from episodes.
 *
 * @param date          the day
 * @param pain          that day's pain, 0-10
 * @param reported      the day is a flare by the definition (the person said so, or pain stayed raised); always true
 * @param briefPain     the day's pain was at or above the episode threshold but did not last long enough to make an episode
 * @param duringEpisode the day falls within an episode
 */
public record EpisodeFlare(LocalDate date, int pain, boolean reported, boolean briefPain, boolean duringEpisode) {

    public EpisodeFlare {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (pain < 0 || pain > 10) throw new IllegalArgumentException("pain: must be from 0 to 10, was " + pain);
        if (!reported) throw new IllegalArgumentException("reported: a listed flare day is always a flare");
        if (briefPain && duringEpisode) throw new IllegalArgumentException("briefPain: cannot be within an episode");
    }
}
