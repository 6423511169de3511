package org.backroot.figure.domain;

import java.util.Map;

/**
 * One key pose: the joints that differ from the figure's posture, how long the move into it takes and how long it
 * is held. Angles are checked against each joint's anatomical range on construction.
 *
 * @param angles  joint angles in degrees (breath 0-1), overriding the posture's
 * @param moveSec seconds to move from the previous pose into this one (0.2-20)
 * @param holdSec seconds to stay in this pose (0-30)
 */
public record Pose(Map<Slot, Double> angles, double moveSec, double holdSec) {

    public static final double DEFAULT_MOVE_SEC = 1.5;
    public static final double DEFAULT_HOLD_SEC = 1.0;

    public Pose {
        angles = Map.copyOf(angles == null ? Map.of() : angles);
        for (Map.Entry<Slot, Double> e : angles.entrySet()) {
            Joint j = e.getKey().joint();
            double v = e.getValue();
            if (!j.allows(v)) {
                throw new IllegalArgumentException(e.getKey() + " " + fmt(v) + " is outside its range " + fmt(j.min()) + " to " + fmt(j.max()));
            }
        }
        if (moveSec < 0.2 || moveSec > 20) throw new IllegalArgumentException("move must be between 0.2 and 20 seconds, was " + fmt(moveSec));
        if (holdSec < 0 || holdSec > 30) throw new IllegalArgumentException("hold must be between 0 and 30 seconds, was " + fmt(holdSec));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
