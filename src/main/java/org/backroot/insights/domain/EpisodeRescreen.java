package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether an episode found by {@link EpisodeFinder} calls for the red-flag screen again: a recurrence (after a
 * pain-free month) or a new episode that began after the last screen. The pain a person arrived with (an episode
 * starting on the first day of their record) is not new. Pure and deterministic.
 */
public final class EpisodeRescreen {

    /** What to ask about and since when. */
    public record Moment(String code, LocalDate since) {
    }

    private EpisodeRescreen() {
    }

    /** The latest episode that started after {@code lastScreenedOn}: "recurrence" or "new-episode". */
    public static Optional<Moment> since(EpisodeReport report, LocalDate firstCheckIn, LocalDate lastScreenedOn) {
        Moment found = null;
        for (Episode e : report.episodes()) {
            if (!e.start().isAfter(lastScreenedOn)) continue;
            if (e.recurrence()) found = new Moment("recurrence", e.start());
            else if (firstCheckIn != null && e.start().isAfter(firstCheckIn)) found = new Moment("new-episode", e.start());
        }
        return Optional.ofNullable(found);
    }
}
