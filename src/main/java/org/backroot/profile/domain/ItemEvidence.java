package org.backroot.profile.domain;

/**
 * How one scored questionnaire item contributed to a factor check, as mapped from the scorer's output.
 *
 * @param linkId      the item's id within its instrument, e.g. {@code tension-neck}
 * @param facet       which facet of the factor the item measures, e.g. {@code muscle-tension}
 * @param text        the question as shown
 * @param answerLabel the label of the chosen answer, e.g. "Often"
 * @param points      scored points after reversal and weight
 * @param maxPoints   the most this item could score (more than 0)
 */
public record ItemEvidence(String linkId, String facet, String text, String answerLabel, double points, double maxPoints) {

    public ItemEvidence {
        requireText(linkId, "linkId");
        requireText(facet, "facet");
        requireText(text, "text");
        requireText(answerLabel, "answerLabel");
        if (!Double.isFinite(maxPoints) || maxPoints <= 0) throw new IllegalArgumentException("maxPoints must be more than 0");
        if (!Double.isFinite(points) || points < 0 || points > maxPoints) {
            throw new IllegalArgumentException("points must be between 0 and maxPoints (" + maxPoints + ")");
        }
    }

    /** Share of the item's range this answer used, 0-1: how strongly it pushes the factor up. */
    public double share() {
        return points / maxPoints;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }
}
