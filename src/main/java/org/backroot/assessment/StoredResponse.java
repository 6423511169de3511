package org.backroot.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.domain.ItemContribution;

/** One completed questionnaire as stored: the raw answers and what they scored. */
public record StoredResponse(String id, String userId, String instrumentId, int instrumentVersion, Instant completedAt,
                             Map<String, Object> answers, Double score, String band, boolean complete,
                             Map<String, Double> subscores, List<ItemContribution> contributions) {

    public StoredResponse {
        answers = Map.copyOf(answers);
        subscores = Map.copyOf(subscores);
        contributions = List.copyOf(contributions);
    }
}
