package org.backroot.program.domain;

import java.util.Set;

import org.backroot.safety.domain.Restriction;

/**
 * Which activities a safety restriction holds back: the one place the program reads safety's restrictions against the
 * library. A new kind of restriction does not compile until it says here what it leaves out.
 */
public final class SafetyHolds {

    private SafetyHolds() {
    }

    public static boolean holdsBack(Restriction restriction, Activity activity) {
        return switch (restriction) {
            case LOADED_FLEXION -> activity.loadedFlexion();
            case LYING_ON_BACK -> activity.lyingOnBack();
        };
    }

    public static boolean holdsBack(Set<Restriction> restrictions, Activity activity) {
        return restrictions.stream().anyMatch(r -> holdsBack(r, activity));
    }
}
