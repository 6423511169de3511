package org.backroot.insights;

import java.time.LocalDate;
import java.util.Optional;

import org.backroot.insights.domain.EpisodeRescreen;
import org.backroot.insights.domain.EpisodeReport;
import org.backroot.safety.RescreenSignal;
import org.springframework.stereotype.Component;

/** A new episode or a recurrence (de Vet 2002, Stanton 2011, as {@link org.backroot.insights.domain.EpisodeFinder} reads them) after the last screen. */
@Component
class EpisodeRescreenSignal implements RescreenSignal {

    private final InsightsService insights;

    EpisodeRescreenSignal(InsightsService insights) {
        this.insights = insights;
    }

    @Override
    public Optional<RescreenReason> reason(String userId, LocalDate lastScreenedOn, LocalDate today) {
        EpisodeReport report = insights.episodes(userId, null, null);
        LocalDate first = report.daysOfData() == 0 ? null : report.from();
        return EpisodeRescreen.since(report, first, lastScreenedOn).map(m -> new RescreenReason(m.code(), m.since(),
                m.code().equals("recurrence")
                        ? "Your back pain has come back after a pain-free month. Please answer the safety questions again, so we know nothing new is going on."
                        : "A new spell of back pain began. Please answer the safety questions again, so we know nothing new is going on."));
    }
}
