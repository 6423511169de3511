package org.backroot.insights;

import org.backroot.insights.domain.EpisodeSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code backroot.insights.episodes.*}: the numbers behind episodes and recurrences. The defaults are the
 * published definitions (de Vet 2002, Stanton 2011) as {@link EpisodeSettings#defaults()} reads them for daily
 * check-ins; an operator may change them, and then should say where the new numbers come from in {@code source}.
 */
@ConfigurationProperties("backroot.insights")
record InsightsProperties(@DefaultValue Episodes episodes) {

    /**
     * @param painThreshold      pain 0-10 at or above which a day counts as painful (Stanton 2011: 2)
     * @param minPainDays        painful days in a row that make "more than 24 hours" (2)
     * @param painFreeDaysBefore pain-free days that separate episodes and make a recurrence (de Vet 2002: 30)
     * @param maxGapDays         longest run of missing check-ins filled in from agreeing neighbours (3)
     * @param source             where the numbers come from; blank means the published defaults
     */
    record Episodes(@DefaultValue("2") int painThreshold, @DefaultValue("2") int minPainDays,
            @DefaultValue("30") int painFreeDaysBefore, @DefaultValue("3") int maxGapDays, String source) {

        EpisodeSettings settings() {
            return new EpisodeSettings(painThreshold, minPainDays, painFreeDaysBefore, maxGapDays,
                    source == null || source.isBlank() ? EpisodeSettings.DEFAULT_SOURCE : source);
        }
    }

    EpisodeSettings episodeSettings() {
        return episodes.settings();
    }
}
