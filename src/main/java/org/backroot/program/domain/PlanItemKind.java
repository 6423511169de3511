package org.backroot.program.domain;

import java.util.Locale;

/** What sort of plan item this is. */
public enum PlanItemKind {
    /** An activity from the library. */
    ACTIVITY,
    /** The walking goal (a library walking activity, possibly shortened to fit the day). */
    WALK,
    /** The current step of the person's fear ladder. */
    EXPOSURE,
    /** A short read for a flare day; not a library activity. */
    REASSURANCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
