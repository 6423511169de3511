package org.backroot.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring one set of answers.
 *
 * @param score         the reported score: rescaled to 0-100 when the instrument rescales, else equal to rawScore; null when incomplete
 * @param band          the first band rule that matched, or null (incomplete, or no rule matched)
 * @param complete      false when more scored items were skipped than {@code maxMissing} allows
 * @param subscores     subscale id → score (rescaled like the total), only for subscales that are complete
 * @param rawScore      the score on the instrument's own scale (prorated if items were skipped); null when incomplete
 * @param contributions one per answered scored item, in item order
 */
public record ScoreResult(Double score, String band, boolean complete, Map<String, Double> subscores, Double rawScore,
                          List<ItemContribution> contributions) {

    public ScoreResult {
        if (complete && (score == null || rawScore == null)) throw new IllegalArgumentException("a complete result needs score and rawScore");
        if (!complete && (score != null || rawScore != null || band != null)) {
            throw new IllegalArgumentException("an incomplete result has no score, rawScore or band");
        }
        subscores = subscores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(subscores));
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }
}
