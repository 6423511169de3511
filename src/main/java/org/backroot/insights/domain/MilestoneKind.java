package org.backroot.insights.domain;

/** The kinds of progress Backroot recognises; each is defined once, in {@link Milestones}. */
public enum MilestoneKind {
    /** The first week of the plan in which the person practised is over. */
    FIRST_WEEK("first-week"),
    /** The first flare since the program began has settled: the plan moved on from its calm phase. */
    FIRST_FLARE_HANDLED("first-flare-handled"),
    /** An activity on the fear ladder was tried for the first time. */
    FEARED_ACTIVITY_DONE("feared-activity-done"),
    /** An outcome measure improved past its minimal important change from the first answer. */
    MEANINGFUL_CHANGE("meaningful-change");

    private final String code;

    MilestoneKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
