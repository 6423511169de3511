package org.backroot.figure.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code figure:} map of an activity or a self-test (already loaded from YAML as plain maps and lists):
 *
 * <pre>
 * figure:
 *   posture: lying-back-knees-bent      # required, see {@link Posture}
 *   side: right                         # optional: right | left | both (default both)
 *   gaze: up                            # optional: ahead | down | up | closed (default ahead)
 *   view: side                          # optional: side | front (default side)
 *   props: [pillow]                     # optional, see {@link Prop}
 *   poses:                              # required, at least one
 *     - {}                              # the posture itself
 *     - {hip: 90, right: {knee: 10}, move: 2, hold: 3}   # what changes from the pose before
 * </pre>
 *
 * A joint named directly applies to both sides; {@code right:} and {@code left:} set one side. Every problem is
 * added to {@code problems} in plain words; {@link #parse} returns null when there is any.
 */
public final class FigureParser {

    static final Set<String> FIELDS = Set.of("posture", "side", "gaze", "view", "props", "poses");

    private FigureParser() {
    }

    /** The figure, or null with the reasons added to {@code problems} (a missing figure is a problem too). */
    public static Figure parse(Object raw, List<String> problems) {
        int before = problems.size();
        if (raw == null) {
            problems.add("has no figure: add 'figure:' with a posture and at least one pose (see docs/activity-format.md)");
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add("figure must be a map with posture and poses");
            return null;
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) problems.add("figure: unknown field '" + key + "' (expected " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
        Posture posture = null;
        Object p = map.get("posture");
        if (p == null) problems.add("figure: missing posture (one of " + Posture.codes() + ")");
        else posture = Posture.fromCode(String.valueOf(p)).orElse(null);
        if (p != null && posture == null) problems.add("figure: unknown posture '" + p + "' (expected one of " + Posture.codes() + ")");

        Side side = null;
        Object s = map.get("side");
        if (s != null && !"both".equals(s)) {
            side = Side.fromCode(String.valueOf(s)).orElse(null);
            if (side == null) problems.add("figure: side must be right, left or both, was '" + s + "'");
        }
        Gaze gaze = null;
        Object g = map.get("gaze");
        if (g != null) {
            gaze = Gaze.fromCode(String.valueOf(g)).orElse(null);
            if (gaze == null) problems.add("figure: gaze must be ahead, down, up or closed, was '" + g + "'");
        }
        View view = null;
        Object v = map.get("view");
        if (v != null) {
            view = View.fromCode(String.valueOf(v)).orElse(null);
            if (view == null) problems.add("figure: view must be side or front, was '" + v + "'");
        }
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        Object pr = map.get("props");
        if (pr instanceof List<?> list) {
            for (Object item : list) {
                Prop.fromCode(String.valueOf(item)).ifPresentOrElse(props::add,
                        () -> problems.add("figure: unknown prop '" + item + "' (expected one of " + Prop.codes() + ")"));
            }
        } else if (pr != null) {
            problems.add("figure: props must be a list");
        }
        List<Pose> poses = new ArrayList<>();
        Object ps = map.get("poses");
        if (!(ps instanceof List<?> list) || list.isEmpty()) {
            problems.add("figure has no poses: list at least one under 'poses:'");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Pose pose = pose(i + 1, list.get(i), problems);
                if (pose != null) poses.add(pose);
            }
        }
        if (problems.size() > before) return null;
        try {
            return new Figure(posture, view, side, gaze, props, poses);
        } catch (IllegalArgumentException e) {
            problems.add("figure: " + e.getMessage());
            return null;
        }
    }

    private static Pose pose(int n, Object raw, List<String> problems) {
        String where = "figure pose " + n + ": ";
        if (raw == null) raw = Map.of();
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(where + "must be a map of joint angles, such as {hip: 90, knee: 45}");
            return null;
        }
        int before = problems.size();
        Map<Slot, Double> angles = new LinkedHashMap<>();
        double move = Pose.DEFAULT_MOVE_SEC;
        double hold = Pose.DEFAULT_HOLD_SEC;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key) {
                case "move" -> move = number(where, key, value, problems, move);
                case "hold" -> hold = number(where, key, value, problems, hold);
                case "right", "left" -> {
                    Side side = Side.fromCode(key).orElseThrow();
                    if (!(value instanceof Map<?, ?> sub)) {
                        problems.add(where + key + " must be a map of joint angles");
                        continue;
                    }
                    for (Map.Entry<?, ?> se : sub.entrySet()) {
                        String jk = String.valueOf(se.getKey());
                        Joint joint = Joint.fromKey(jk).orElse(null);
                        if (joint == null || !joint.sided()) {
                            problems.add(where + "unknown joint '" + key + "." + jk + "' (a side has " + Joint.keys(true) + ")");
                            continue;
                        }
                        put(where, Slot.of(joint, side), se.getValue(), angles, problems);
                    }
                }
                default -> {
                    Joint joint = Joint.fromKey(key).orElse(null);
                    if (joint == null) {
                        problems.add(where + "unknown joint '" + key + "' (expected one of " + Joint.keys(false) + ", " + Joint.keys(true)
                                + ", right, left, move, hold)");
                        continue;
                    }
                    if (joint.sided()) {
                        for (Side side : Side.values()) {
                            Slot slot = Slot.of(joint, side);
                            if (!angles.containsKey(slot)) put(where, slot, value, angles, problems);
                        }
                    } else {
                        put(where, Slot.body(joint), value, angles, problems);
                    }
                }
            }
        }
        if (problems.size() > before) return null;
        try {
            return new Pose(angles, move, hold);
        } catch (IllegalArgumentException ex) {
            problems.add(where + ex.getMessage());
            return null;
        }
    }

    private static void put(String where, Slot slot, Object value, Map<Slot, Double> angles, List<String> problems) {
        if (!(value instanceof Number num)) {
            problems.add(where + slot + " must be a number, was '" + value + "'");
            return;
        }
        double v = num.doubleValue();
        if (!slot.joint().allows(v)) {
            problems.add(where + slot + " " + Pose.fmt(v) + " is outside its range " + Pose.fmt(slot.joint().min()) + " to " + Pose.fmt(slot.joint().max()));
            return;
        }
        angles.put(slot, v);
    }

    private static double number(String where, String key, Object value, List<String> problems, double fallback) {
        if (value instanceof Number num) return num.doubleValue();
        problems.add(where + key + " must be a number of seconds, was '" + value + "'");
        return fallback;
    }
}
