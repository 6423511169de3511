package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backroot.assessment.domain.RatedActivity;
import org.junit.jupiter.api.Test;

/** PSFS change is judged per activity, matched by its name, against the 3-point change for one activity. */
class ActivityChangesTest {

    @Test
    void eachActivityIsComparedWithItsOwnFirstRating() {
        List<List<RatedActivity>> responses = List.of(
                List.of(new RatedActivity("Putting on socks", 2), new RatedActivity("Gardening", 5)),
                List.of(new RatedActivity("putting on socks ", 4), new RatedActivity("Carrying shopping", 3)),
                List.of(new RatedActivity("Putting on Socks", 6), new RatedActivity("Gardening", 6), new RatedActivity("Carrying shopping", 4)));
        List<ActivityChange> named = ActivityChanges.compare(responses);
        assertThat(named).extracting(ActivityChange::name).containsExactly("Putting on Socks", "Gardening", "Carrying shopping");
        List<Change> changes = named.stream().map(ActivityChange::change).toList();
        assertThat(changes.get(0).sentence()).startsWith("Your score for \u201cPutting on Socks\u201d rose from 2 to 6");
        assertThat(changes).extracting(Change::baseline).containsExactly(2.0, 5.0, 3.0);
        assertThat(changes).extracting(Change::latest).containsExactly(6.0, 6.0, 4.0);
        assertThat(changes).extracting(Change::meaningful).containsExactly(true, false, false);
        assertThat(changes).allMatch(c -> c.measure() == MicMeasure.PSFS_ACTIVITY);
    }

    @Test
    void anActivityRatedOnlyOnceHasNoChangeYet() {
        assertThat(ActivityChanges.compare(List.of(List.of(new RatedActivity("Gardening", 5))))).isEmpty();
        assertThat(ActivityChanges.compare(List.of())).isEmpty();
    }
}
