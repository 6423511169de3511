package org.backroot.program.domain;

/**
 * One thing to do on a day of the plan.
 *
 * @param activityId       library activity id; null only for a reassurance item and for a fear-ladder
 *                         step that matches no exposure template in the library
 * @param component        the program component; null only for a reassurance item
 * @param kind             activity, walk, exposure or reassurance
 * @param title            short name shown in the plan
 * @param minutes          time this item takes, 1-60 (counted against the day's budget)
 * @param dose             how much, in plain words ("2 sets of 10 on each side, start with your left side")
 * @param reason           why this is in the person's plan, tied to their own findings
 * @param fearLadderItemId the fear-ladder item this exposure step belongs to, else null
 */
public record PlanItem(String activityId, Component component, PlanItemKind kind, String title, int minutes, String dose,
                       String reason, String fearLadderItemId) {

    public PlanItem {
        if (kind == null) throw new IllegalArgumentException("kind must be given");
        if (activityId == null && kind != PlanItemKind.REASSURANCE && kind != PlanItemKind.EXPOSURE) {
            throw new IllegalArgumentException("activityId must be given for a " + kind.code() + " item");
        }
        if (component == null && kind != PlanItemKind.REASSURANCE) {
            throw new IllegalArgumentException("component must be given for a " + kind.code() + " item");
        }
        if (kind == PlanItemKind.EXPOSURE && fearLadderItemId == null) {
            throw new IllegalArgumentException("fearLadderItemId must be given for an exposure item");
        }
        require("title", title);
        if (minutes < 1 || minutes > 60) throw new IllegalArgumentException("minutes must be between 1 and 60, was " + minutes);
        require("dose", dose);
        require("reason", reason);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }
}
