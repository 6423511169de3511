package org.backroot.insights.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.domain.RatedActivity;

/**
 * PSFS change, judged per activity: the mean of different activities on different days says little, so each activity
 * the person rated in their newest response is compared with the first response that rated the same activity (matched
 * by name, whatever the case or spacing), against the minimal important change for one activity (3 points).
 */
public final class ActivityChanges {

    private ActivityChanges() {
    }

    /**
     * @param responses the activities of each response, oldest first
     * @return one change per activity of the newest response that was rated before, in the newest response's order
     */
    public static List<ActivityChange> compare(List<List<RatedActivity>> responses) {
        if (responses.size() < 2) return List.of();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (List<RatedActivity> response : responses.subList(0, responses.size() - 1)) {
            for (RatedActivity a : response) if (a.rating() != null) first.putIfAbsent(a.key(), a.rating());
        }
        List<ActivityChange> changes = new ArrayList<>();
        for (RatedActivity latest : responses.get(responses.size() - 1)) {
            Integer baseline = first.get(latest.key());
            if (baseline == null || latest.rating() == null) continue;
            String label = "score for \u201c" + latest.name() + "\u201d";
            changes.add(new ActivityChange(latest.name(), ChangeAssessment.of(MicMeasure.PSFS_ACTIVITY, label, baseline, latest.rating())));
        }
        return changes;
    }
}
