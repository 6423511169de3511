package org.backroot.program.domain;

/**
 * One rung of a person's fear ladder: something they avoid or fear, in their own words.
 *
 * @param id        stable id of the item
 * @param activity  what the person avoids, e.g. "bending to pick something up from the floor"
 * @param fear      how much the person fears it, 0-100, as rated on the ladder; the ladder is ordered by it
 * @param successes exposures that went well (actual pain no higher than expected), 0 or more
 * @param lastFear  fear after the most recent exposure, 0-100, or null before the first one
 */
public record FearLadderItem(String id, String activity, int fear, int successes, Integer lastFear) {

    /** Exposures that must go well before a step counts as mastered. */
    public static final int SUCCESSES_TO_MASTER = 2;

    public FearLadderItem {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
        if (activity == null || activity.isBlank()) throw new IllegalArgumentException("activity must not be blank");
        activity = activity.strip();
        if (activity.length() > 200) throw new IllegalArgumentException("activity must be at most 200 characters");
        if (fear < 0 || fear > 100) throw new IllegalArgumentException("fear must be between 0 and 100, was " + fear);
        if (successes < 0) throw new IllegalArgumentException("successes must be 0 or more, was " + successes);
        if (lastFear != null && (lastFear < 0 || lastFear > 100)) {
            throw new IllegalArgumentException("lastFear must be between 0 and 100 or null, was " + lastFear);
        }
    }

    /** A new item, before any exposure. */
    public static FearLadderItem of(String id, String activity, int fear) {
        return new FearLadderItem(id, activity, fear, 0, null);
    }

    /** True when the fear after the latest exposure is lower than the rating on the ladder. */
    public boolean fearHasFallen() {
        return lastFear != null && lastFear < fear;
    }

    /** Mastered: the fear has fallen and exposures went well at least twice. The ladder then moves up. */
    public boolean mastered() {
        return fearHasFallen() && successes >= SUCCESSES_TO_MASTER;
    }

    /** This item after one more exposure: success counted when it went well, lastFear = fear after. */
    public FearLadderItem after(ExposureLog log) {
        if (!log.itemId().equals(id)) {
            throw new IllegalArgumentException("itemId '" + log.itemId() + "' does not match fear-ladder item '" + id + "'");
        }
        return new FearLadderItem(id, activity, fear, successes + (log.wentWell() ? 1 : 0), log.fearAfter());
    }

    /** The same item re-rated by the person (the API's PUT); progress so far is kept. */
    public FearLadderItem rerated(String newActivity, int newFear) {
        return new FearLadderItem(id, newActivity, newFear, successes, lastFear);
    }
}
