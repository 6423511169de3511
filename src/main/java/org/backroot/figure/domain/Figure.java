package org.backroot.figure.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The illustration of an activity or a self-test, as declared under {@code figure:} in its YAML: a base posture,
 * the key poses it moves through (at least one), the side that moves (null when both or neither side leads), where
 * the eyes look (null when it does not matter), where the viewer stands and any extra props.
 */
public record Figure(Posture posture, View view, Side side, Gaze gaze, Set<Prop> props, List<Pose> poses) {

    public Figure {
        if (posture == null) throw new IllegalArgumentException("posture must be given");
        if (view == null) view = View.SIDE;
        Set<Prop> all = EnumSet.noneOf(Prop.class);
        all.addAll(posture.props());
        if (props != null) all.addAll(props);
        props = Set.copyOf(all);
        poses = List.copyOf(poses == null ? List.of() : poses);
        if (poses.isEmpty()) throw new IllegalArgumentException("poses must list at least one pose");
    }

    /**
     * Every joint's angle in pose {@code index}: the posture's, with each pose up to this one laid over it in turn
     * (a pose names only what changes from the pose before it).
     */
    public Map<Slot, Double> angles(int index) {
        Map<Slot, Double> out = new LinkedHashMap<>();
        for (Joint j : Joint.values()) {
            if (j.sided()) {
                for (Side s : Side.values()) out.put(Slot.of(j, s), posture.angle(Slot.of(j, s)));
            } else {
                out.put(Slot.body(j), posture.angle(Slot.body(j)));
            }
        }
        for (int i = 0; i <= index; i++) out.putAll(poses.get(i).angles());
        return out;
    }

    /** The side drawn nearest the viewer: the side that moves, or the right. */
    public Side nearSide() {
        return side == null ? Side.RIGHT : side;
    }

    /** True when the figure shows more than one pose, so there is a movement to play. */
    public boolean moves() {
        return poses.size() > 1;
    }
}
