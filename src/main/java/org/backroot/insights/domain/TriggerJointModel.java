package org.backroot.insights.domain;

import java.util.ArrayList;
import java.util.List;

/** Refits surviving triggers together and backs out those explained by another trigger. */
final class TriggerJointModel {

    private TriggerJointModel() {
    }

    static List<TriggerCandidate> keepThoseThatHold(TriggerDiary diary, List<TriggerCandidate> survivors) {
        List<TriggerCandidate> current = new ArrayList<>(survivors);
        while (current.size() > 1) {
            TriggerDiary.Design design = diary.design(current.stream().map(TriggerCandidate::driver).toList(),
                    current.stream().map(TriggerCandidate::lag).toList());
            StatsOlsFit fit = design == null || design.rows() < current.size() + 20 ? null : design.fitOrNull();
            if (fit == null) {
                return current;
            }
            List<TriggerCandidate> refitted = refit(current, fit);
            TriggerCandidate weakest = weakest(refitted);
            if (weakest.pValue() < TriggerLagChoice.CONFIRM_P) {
                return refitted;
            }
            current.remove(refitted.indexOf(weakest));
        }
        return current;
    }

    private static List<TriggerCandidate> refit(List<TriggerCandidate> current, StatsOlsFit fit) {
        List<TriggerCandidate> out = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            out.add(current.get(i).refitted(fit, i + 1));
        }
        return out;
    }

    private static TriggerCandidate weakest(List<TriggerCandidate> candidates) {
        TriggerCandidate weakest = candidates.get(0);
        for (TriggerCandidate c : candidates) {
            if (c.pValue() > weakest.pValue()) {
                weakest = c;
            }
        }
        return weakest;
    }
}
