package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Episodes, recurrences and flares over a range.
 *
 * @param from                       first day of the range
 * @param to                         last day of the range, the "today" of the report
 * @param episodes                   episodes that overlap the range, oldest first (start may lie before {@code from})
 * @param painFreeDays               days in the range with a check-in below the threshold
 * @param painFreeStreak             pain-free days in a row up to the latest check-in (gaps filled as in the settings), 0 if that day was painful
 * @param daysOfData                 days in the range with a check-in
 * @param daysSinceLastEpisode       days from the end of the latest episode on record to {@code to}; 0 while one is ongoing; null without episodes
 * @param episodesLast12Months       episodes on record that overlap the 12 months up to {@code to}
 * @param medianDaysBetweenEpisodes  median days between consecutive listed episodes (end of one to start of the next, both excluded) not separated by a long gap; null without such a pair
 * @param flares                     flare days in the range, oldest first
 * @param settings                   the settings used
 */
public record EpisodeReport(LocalDate from, LocalDate to, List<Episode> episodes, int painFreeDays, int painFreeStreak,
        int daysOfData, Integer daysSinceLastEpisode, int episodesLast12Months, Double medianDaysBetweenEpisodes,
        List<EpisodeFlare> flares, EpisodeSettings settings) {

    public EpisodeReport {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to: must be dates with from not after to");
        episodes = List.copyOf(episodes);
        flares = List.copyOf(flares);
        if (painFreeDays < 0 || painFreeStreak < 0 || daysOfData < 0 || episodesLast12Months < 0) {
            throw new IllegalArgumentException("painFreeDays, painFreeStreak, daysOfData and episodesLast12Months: must not be negative");
        }
        if (settings == null) throw new IllegalArgumentException("settings: must be given");
    }
}
