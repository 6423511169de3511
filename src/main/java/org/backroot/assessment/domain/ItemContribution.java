package org.backroot.assessment.domain;

/**
 * How much one answered item added to a score, so a profile can say what drove a load
 * ("you often feel your shoulders clench: 3 of 4 points").
 *
 * @param points    weight × (scored value − lowest possible value), after reversing: 0 means the item added nothing
 * @param maxPoints weight × (highest − lowest possible value): the most this item could add
 */
public record ItemContribution(String linkId, String facet, String text, String answerLabel, double points, double maxPoints) {

    public ItemContribution {
        if (linkId == null || linkId.isBlank()) throw new IllegalArgumentException("linkId must not be blank");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text must not be blank");
        if (answerLabel == null) throw new IllegalArgumentException("answerLabel must not be null");
        if (!(maxPoints > 0)) throw new IllegalArgumentException("maxPoints must be positive but was " + maxPoints);
        if (points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("points must be between 0 and maxPoints (" + maxPoints + ") but was " + points);
        }
    }

    /** Share of the possible points this answer reached, 0..1. */
    public double share() {
        return points / maxPoints;
    }
}
