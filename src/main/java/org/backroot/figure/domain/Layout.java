package org.backroot.figure.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure worked out for drawing: the body's points at every sampled moment (on the floor, the anchor held still)
 * and the picture box around all of them. Key poses are sampled finely enough (at most {@value #MAX_STEP_DEG}
 * degrees of change per sample) that straight-line blending between samples keeps limbs their length.
 */
public final class Layout {

    static final double MAX_STEP_DEG = 12;
    static final double STEP_HEIGHT = 22;
    static final double BED_HEIGHT = 12;

    /** Radius of the capsule drawn around each point, for the floor contact and the picture box. */
    static double radius(String point) {
        String name = point.substring(point.indexOf('.') + 1);
        return switch (name) {
            case "head" -> Kinematics.HEAD_RADIUS;
            case "root", "lumbar", "neck" -> Kinematics.TRUNK_RADIUS;
            case "hip" -> 7;
            case "knee" -> 6;
            case "ankle", "shoulder", "elbow" -> 5;
            case "hand" -> 4.5;
            case "heel", "toe" -> 3.5;
            default -> -1;
        };
    }

    /** One sampled moment: its time from the start of the loop, its angles and the body's points. */
    public record Sample(double timeSec, int pose, boolean key, Map<Slot, Double> angles, Map<String, Vec> points) {
    }

    private final Figure figure;
    private final List<Sample> samples;
    private final double totalSec;
    final double facing;

    private Layout(Figure figure, List<Sample> samples, double totalSec, double facing) {
        this.figure = figure;
        this.samples = samples;
        this.totalSec = totalSec;
        this.facing = facing;
    }

    public static Layout of(Figure figure) {
        List<double[]> times = new ArrayList<>();
        List<Sample> raw = new ArrayList<>();
        int n = figure.poses().size();
        double t = 0;
        Map<Slot, Double> first = figure.angles(0);
        raw.add(sample(figure, t, 0, true, first));
        for (int i = 0; i < n; i++) {
            Map<Slot, Double> from = figure.angles(i);
            double hold = figure.poses().get(i).holdSec();
            if (hold > 0 && n > 1) {
                t += hold;
                raw.add(sample(figure, t, i, false, from));
            }
            if (n == 1) break;
            int next = (i + 1) % n;
            Map<Slot, Double> to = figure.angles(next);
            double move = figure.poses().get(next).moveSec();
            double maxDelta = 0;
            for (Slot s : from.keySet()) {
                double d = Math.abs(to.get(s) - from.get(s));
                if (s.joint() != Joint.BREATH) maxDelta = Math.max(maxDelta, d);
            }
            int steps = Math.max(2, (int) Math.ceil(maxDelta / MAX_STEP_DEG));
            for (int k = 1; k <= steps; k++) {
                double f = (double) k / steps;
                double eased = 0.5 - 0.5 * Math.cos(Math.PI * f);
                Map<Slot, Double> mid = new HashMap<>();
                for (Slot s : from.keySet()) mid.put(s, from.get(s) + (to.get(s) - from.get(s)) * eased);
                boolean key = k == steps && next != 0;
                raw.add(sample(figure, t + move * f, next, key, k == steps ? to : mid));
            }
            t += move;
        }
        double facing = raw.get(0).points().get("pelvisForward").x() < -0.3 ? -1 : 1;
        List<Sample> placed = place(figure, raw, stance(figure, raw));
        return new Layout(figure, placed, n == 1 ? 0 : t, facing);
    }

    private static Sample sample(Figure figure, double t, int pose, boolean key, Map<Slot, Double> angles) {
        return new Sample(t, pose, key, angles, Kinematics.solve(figure.posture(), figure.view(), figure.nearSide(), angles));
    }

    /** Puts every sample on the floor (or the stance foot on the step) and keeps the anchor where it starts. */
    /**
     * The side whose foot (or knee) stays on the floor while the other lifts, or null when both share the weight
     * (walking, squatting): the anchor follows the supporting side so the body does not slide about.
     */
    private static Side stance(Figure figure, List<Sample> raw) {
        if (figure.props().contains(Prop.STEP)) return figure.nearSide();
        String joint = figure.posture().anchor == Posture.Anchor.KNEES ? "knee" : "toe";
        double right = 0, left = 0;
        for (Sample s : raw) {
            right += s.points().get("right." + joint).y();
            left += s.points().get("left." + joint).y();
        }
        double diff = (right - left) / raw.size();
        if (Math.abs(diff) < 8) return null;
        return diff < 0 ? Side.RIGHT : Side.LEFT;
    }

    private static List<Sample> place(Figure figure, List<Sample> raw, Side stance) {
        List<Sample> out = new ArrayList<>();
        Double anchorX = null;
        for (Sample s : raw) {
            Map<String, Vec> p = s.points();
            double lift;
            if (figure.props().contains(Prop.STEP)) {
                String foot = figure.nearSide().code() + ".";
                double low = Math.min(p.get(foot + "heel").y(), p.get(foot + "toe").y()) - radius("heel");
                lift = STEP_HEIGHT - low;
            } else {
                double low = Double.MAX_VALUE;
                for (Map.Entry<String, Vec> e : p.entrySet()) {
                    double r = radius(e.getKey());
                    if (r >= 0) low = Math.min(low, e.getValue().y() - r);
                }
                lift = -low;
            }
            double x = anchorX(figure, p, stance);
            if (anchorX == null) anchorX = x;
            Vec shift = new Vec(anchorX - x, lift, 0);
            Map<String, Vec> moved = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Vec> e : p.entrySet()) {
                boolean direction = Layout.radius(e.getKey()) < 0 && !isPoint(e.getKey());
                moved.put(e.getKey(), direction ? e.getValue() : e.getValue().plus(shift));
            }
            out.add(new Sample(s.timeSec(), s.pose(), s.key(), s.angles(), moved));
        }
        return out;
    }

    /** Named points that are not drawn as capsule joints but are positions (not directions). */
    static boolean isPoint(String key) {
        return switch (key) {
            case "eye", "belly", "back", "stickLow", "stickHigh" -> true;
            default -> false;
        };
    }

    private static double anchorX(Figure figure, Map<String, Vec> p, Side stance) {
        String joint = switch (figure.posture().anchor) {
            case FEET -> "ankle";
            case KNEES -> "knee";
            case PELVIS -> null;
        };
        if (joint == null) return p.get("root").x();
        if (stance != null) return p.get(stance.code() + "." + joint).x();
        return (p.get("right." + joint).x() + p.get("left." + joint).x()) / 2;
    }

    public Figure figure() {
        return figure;
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The length of one loop through the poses, in seconds (0 for a single pose). */
    public double totalSec() {
        return totalSec;
    }
}
