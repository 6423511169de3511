package org.backroot.figure.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A base posture: how the pelvis lies in the world, the joint angles every pose of a figure starts from, the props
 * that belong to it and the part of the body that stays in place while the rest moves. A pose names only the
 * joints that differ from its posture.
 */
public enum Posture {
    STANDING("standing", "Standing", Vec.X, Vec.Y, "shoulder 6, elbow 12", Set.of(), Anchor.FEET),
    SITTING("sitting", "Sitting on a chair", Vec.X, Vec.Y, "hip 90, knee 90, shoulder 20, elbow 65", Set.of(Prop.CHAIR), Anchor.FEET),
    FLOOR_SITTING("floor-sitting", "Sitting on the floor", Vec.X, Vec.Y, "hip 85, knee 10, ankle -20, shoulder 20, elbow 20", Set.of(Prop.MAT), Anchor.PELVIS),
    LYING_BACK("lying-back", "Lying on your back", Vec.Y, Vec.X.times(-1), "ankle -25, shoulder 8", Set.of(Prop.MAT), Anchor.PELVIS),
    LYING_BACK_KNEES_BENT("lying-back-knees-bent", "Lying on your back, knees bent", Vec.Y, Vec.X.times(-1),
            "hip 50, knee 100, ankle -35, shoulder 8", Set.of(Prop.MAT), Anchor.PELVIS),
    LYING_FRONT("lying-front", "Lying on your front", Vec.Y.times(-1), Vec.X, "ankle -60, shoulder 150, shoulderOut 30, elbow 110, neck 10",
            Set.of(Prop.MAT), Anchor.PELVIS),
    LYING_SIDE("lying-side", "Lying on your side", Vec.Z, Vec.X, "hip 40, knee 70, ankle -20, left.shoulder 160, left.elbow 120, right.shoulder 60, right.elbow 30",
            Set.of(Prop.MAT), Anchor.PELVIS),
    HANDS_KNEES("hands-knees", "On your hands and knees", Vec.Y.times(-1), Vec.X, "hip 90, knee 90, ankle -60, shoulder 90, neck 10",
            Set.of(Prop.MAT), Anchor.KNEES),
    KNEELING("kneeling", "Kneeling upright", Vec.X, Vec.Y, "knee 90, ankle -60, shoulder 6, elbow 12", Set.of(Prop.MAT), Anchor.KNEES),
    HALF_KNEELING("half-kneeling", "Half-kneeling, one knee down", Vec.X, Vec.Y,
            "right.hip -5, right.knee 95, right.ankle -60, left.hip 90, left.knee 90, shoulder 6, elbow 12", Set.of(Prop.MAT), Anchor.KNEES);

    /** The part of the body that stays put across the frames. */
    enum Anchor { FEET, PELVIS, KNEES }

    private final String code;
    private final String words;
    final Vec forward;
    final Vec up;
    private final Map<Slot, Double> defaults;
    private final Set<Prop> props;
    final Anchor anchor;

    Posture(String code, String words, Vec forward, Vec up, String defaults, Set<Prop> props, Anchor anchor) {
        this.code = code;
        this.words = words;
        this.forward = forward;
        this.up = up;
        this.defaults = Collections.unmodifiableMap(parse(defaults));
        this.props = props;
        this.anchor = anchor;
    }

    public String code() {
        return code;
    }

    /** The start of the text alternative, e.g. "Lying on your back, knees bent". */
    public String words() {
        return words;
    }

    public Set<Prop> props() {
        return props;
    }

    /** The angle of a joint in this posture before any pose changes it (0 when the posture leaves it alone). */
    public double angle(Slot slot) {
        return defaults.getOrDefault(slot, 0.0);
    }

    public boolean lying() {
        return this == LYING_BACK || this == LYING_BACK_KNEES_BENT || this == LYING_FRONT || this == LYING_SIDE;
    }

    public static Optional<Posture> fromCode(String code) {
        for (Posture p : values()) if (p.code.equals(code)) return Optional.of(p);
        return Optional.empty();
    }

    static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Posture::code).toList());
    }

    /** "hip 90, right.knee 20": a body joint, a joint on both sides, or one side's joint. */
    private static Map<Slot, Double> parse(String text) {
        Map<Slot, Double> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] kv = part.strip().split(" ");
            String key = kv[0];
            double value = Double.parseDouble(kv[1]);
            Side side = null;
            if (key.startsWith("right.")) side = Side.RIGHT;
            if (key.startsWith("left.")) side = Side.LEFT;
            Joint joint = Joint.fromKey(side == null ? key : key.substring(key.indexOf('.') + 1)).orElseThrow();
            List<Side> sides = !joint.sided() ? java.util.Collections.singletonList(null) : side == null ? List.of(Side.RIGHT, Side.LEFT) : List.of(side);
            for (Side s : sides) out.put(new Slot(joint, s), value);
        }
        return out;
    }
}
