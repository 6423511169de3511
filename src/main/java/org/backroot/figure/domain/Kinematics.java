package org.backroot.figure.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forward kinematics of the figure: from joint angles to the points of the body in the world (x right, y up, z
 * toward the viewer), before it is put on the floor. Segment lengths are in picture units (a standing figure is
 * about 175 tall). The pelvis centre starts at the origin in the posture's orientation; each joint turns its
 * segment relative to the one above it.
 */
final class Kinematics {

    static final double LOW_BACK = 24;
    static final double UPPER_BACK = 28;
    static final double NECK = 7;
    static final double HEAD_RADIUS = 11;
    static final double HIP_HALF_WIDTH = 8;
    static final double SHOULDER_HALF_WIDTH = 14;
    static final double THIGH = 43;
    static final double SHIN = 42;
    static final double FOOT = 17;
    static final double HEEL = 5;
    static final double UPPER_ARM = 29;
    static final double FOREARM = 27;
    static final double TRUNK_RADIUS = 11;

    private Kinematics() {
    }

    /** The body's points for one set of angles, keyed by name ("root", "head", "right.knee", ...). */
    static Map<String, Vec> solve(Posture posture, View view, Side near, Map<Slot, Double> a) {
        Map<String, Vec> p = new LinkedHashMap<>();
        Frame pelvis = Frame.of(posture.forward, posture.up)
                .tipRight(a.get(Slot.body(Joint.LEAN)))
                .tipForward(a.get(Slot.body(Joint.PITCH)));
        Vec root = Vec.ZERO;
        p.put("root", root);
        Frame low = pelvis.tipForward(a.get(Slot.body(Joint.LUMBAR)));
        Vec lumbar = root.plus(low.u().times(LOW_BACK));
        p.put("lumbar", lumbar);
        Frame chest = low.tipForward(a.get(Slot.body(Joint.THORACIC)))
                .tipRight(a.get(Slot.body(Joint.BEND)))
                .turnRight(a.get(Slot.body(Joint.TWIST)));
        Vec neckBase = lumbar.plus(chest.u().times(UPPER_BACK));
        p.put("neck", neckBase);
        Frame head = chest.tipForward(a.get(Slot.body(Joint.NECK))).turnRight(a.get(Slot.body(Joint.TURN)));
        Vec headCentre = neckBase.plus(head.u().times(NECK + HEAD_RADIUS - 2)).plus(head.f().times(1.5));
        p.put("head", headCentre);
        p.put("eye", headCentre.plus(head.f().times(HEAD_RADIUS * 0.55)).plus(head.u().times(2)));
        p.put("face", head.f());
        p.put("faceUp", head.u());
        p.put("faceRight", head.r());
        double breath = a.get(Slot.body(Joint.BREATH));
        p.put("breathLevel", new Vec(0, breath, 0));
        Vec bellyBase = root.plus(low.u().times(LOW_BACK * 0.55));
        p.put("belly", bellyBase.plus(low.f().times(TRUNK_RADIUS * 0.45 + 4 * breath)));
        p.put("back", root.plus(low.u().times(LOW_BACK * 0.7)).minus(low.f().times(TRUNK_RADIUS + 4)));
        p.put("stickLow", root.minus(low.f().times(TRUNK_RADIUS + 2)).minus(pelvis.u().times(8)));
        p.put("stickHigh", headCentre.minus(head.f().times(HEAD_RADIUS + 2)).plus(head.u().times(10)));
        p.put("chestUp", chest.u());
        p.put("chestForward", chest.f());
        p.put("pelvisForward", pelvis.f());

        for (Side s : Side.values()) {
            String k = s.code() + ".";
            int sign = s.sign();
            Vec shoulder = neckBase.plus(chest.r().times(sign * SHOULDER_HALF_WIDTH)).minus(chest.u().times(3));
            Frame arm = chest.tipRight(-sign * a.get(Slot.of(Joint.SHOULDER_OUT, s)))
                    .tipForward(-a.get(Slot.of(Joint.SHOULDER, s)))
                    .turnRight(sign * a.get(Slot.of(Joint.SHOULDER_ROT, s)));
            Vec elbow = shoulder.minus(arm.u().times(UPPER_ARM));
            Frame fore = arm.tipForward(-a.get(Slot.of(Joint.ELBOW, s)));
            Vec hand = elbow.minus(fore.u().times(FOREARM));
            p.put(k + "shoulder", shoulder);
            p.put(k + "elbow", elbow);
            p.put(k + "hand", hand);

            Vec hip = root.plus(pelvis.r().times(sign * HIP_HALF_WIDTH));
            Frame thigh = pelvis.tipRight(-sign * a.get(Slot.of(Joint.HIP_OUT, s)))
                    .tipForward(-a.get(Slot.of(Joint.HIP, s)))
                    .turnRight(sign * a.get(Slot.of(Joint.HIP_ROT, s)));
            Vec knee = hip.minus(thigh.u().times(THIGH));
            Frame shin = thigh.tipForward(a.get(Slot.of(Joint.KNEE, s)));
            Vec ankle = knee.minus(shin.u().times(SHIN));
            Frame foot = shin.tipForward(-a.get(Slot.of(Joint.ANKLE, s)));
            Vec sole = ankle.minus(foot.u().times(4));
            p.put(k + "hip", hip);
            p.put(k + "knee", knee);
            p.put(k + "ankle", ankle);
            p.put(k + "heel", sole.minus(foot.f().times(HEEL)));
            p.put(k + "toe", sole.plus(foot.f().times(FOOT - HEEL)));
        }
        if (view == View.FRONT) turnAll(p, -90);
        else if (near == Side.LEFT) turnAll(p, 180);
        return p;
    }

    /** Turns every point and direction about the vertical axis through the pelvis. */
    private static void turnAll(Map<String, Vec> p, double degrees) {
        p.replaceAll((k, v) -> v.rotate(Vec.Y, degrees));
    }
}
