package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.insights.domain.EpisodeFinderTest.day;
import static org.backroot.insights.domain.EpisodeFinderTest.find;
import static org.backroot.insights.domain.EpisodeFinderTest.free;

import org.junit.jupiter.api.Test;

class EpisodeRescreenTest {

    @Test
    void aRecurrenceAfterTheLastScreenCallsForANewScreen() {
        EpisodeReport r = find("44" + free(35) + "555");

        assertThat(EpisodeRescreen.since(r, day(0), day(10))).contains(new EpisodeRescreen.Moment("recurrence", day(37)));
        assertThat(EpisodeRescreen.since(r, day(0), day(37))).isEmpty();
    }

    @Test
    void thePainAPersonArrivedWithIsNotANewEpisode() {
        EpisodeReport r = find("4444" + free(3));

        assertThat(EpisodeRescreen.since(r, day(0), day(0).minusDays(1))).isEmpty();
    }

    @Test
    void anEpisodeStartingLaterWithoutAPainFreeMonthBeforeItIsNew() {
        EpisodeReport r = find(free(5) + "5555");

        assertThat(EpisodeRescreen.since(r, day(0), day(2))).contains(new EpisodeRescreen.Moment("new-episode", day(5)));
    }
}
