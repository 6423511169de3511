package org.backroot.program.domain;

/**
 * One rung of a person's fear ladder: something they avoid or fear, in their own words.
 *
 * @param id        stable id of the item
 * @param activity  what the person avoids, e.g. "bending to pick something up from the floor"
 * @param fear      how much the person fears it, 0-100, as rated on the ladder; the ladder is ordered by it
 * @param successes experiments that went well (the feared outcome did not happen), 0 or more
 * @param lastFear  fear after the most recent experiment, 0-100, or null before the first one
 * @param advances  experiments that went well while fear fell (fear after below fear before): only these move a
 *                  library template up a level, so the steps grow only as the fear comes down
 * @param template  the library exposure theme for this item: the one the person picked, else the one the words surely
 *                  match; null while neither (the person is asked to pick), and then the plan offers their own small step
 */
public record FearLadderItem(String id, String activity, int fear, int successes, Integer lastFear, int advances, ExposureTheme template) {

    /** Experiments that must go well before a step counts as mastered. */
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
        if (advances < 0 || advances > successes) throw new IllegalArgumentException("advances must be from 0 to successes, was " + advances);
        // not picked: the theme the words surely match, if any (so items stored before templates were kept still get theirs)
        if (template == null) template = ExposureTheme.sureMatch(activity).orElse(null);
    }

    /** An item without template or advances yet (as before templates were settled per item). */
    public FearLadderItem(String id, String activity, int fear, int successes, Integer lastFear) {
        this(id, activity, fear, successes, lastFear, 0, null);
    }

    /** A new item, before any exposure, with the template its words surely match (or none settled yet). */
    public static FearLadderItem of(String id, String activity, int fear) {
        return new FearLadderItem(id, activity, fear, 0, null, 0, null);
    }

    /** True when the fear after the latest exposure is lower than the rating on the ladder. */
    public boolean fearHasFallen() {
        return lastFear != null && lastFear < fear;
    }

    /** Mastered: the fear has fallen and experiments went well at least twice. The ladder then moves up. */
    public boolean mastered() {
        return fearHasFallen() && successes >= SUCCESSES_TO_MASTER;
    }

    /** The person still has to pick which kind of step this is (their words matched no template surely). */
    public boolean needsTemplateChoice() {
        return template == null;
    }

    /** This item after one more experiment: a success when the feared outcome did not happen; an advance when fear fell too. */
    public FearLadderItem after(ExposureLog log) {
        if (!log.itemId().equals(id)) {
            throw new IllegalArgumentException("itemId '" + log.itemId() + "' does not match fear-ladder item '" + id + "'");
        }
        boolean well = log.wentWell();
        return new FearLadderItem(id, activity, fear, successes + (well ? 1 : 0), log.fearAfter(),
                advances + (well && log.fearFell() ? 1 : 0), template);
    }

    /** The same item re-rated by the person (the API's PUT); progress so far is kept, the template is kept or re-matched. */
    public FearLadderItem rerated(String newActivity, int newFear) {
        ExposureTheme kept = template != null && (newActivity.equals(activity) || template == ExposureTheme.NONE
                || ExposureTheme.sureMatch(newActivity).map(template::equals).orElse(true)) ? template
                : ExposureTheme.sureMatch(newActivity).orElse(null);
        return new FearLadderItem(id, newActivity, newFear, successes, lastFear, advances, kept);
    }

    /** The same item with the template the person picked. */
    public FearLadderItem withTemplate(ExposureTheme chosen) {
        if (chosen == null) throw new IllegalArgumentException("template must be given");
        return new FearLadderItem(id, activity, fear, successes, lastFear, advances, chosen);
    }
}
