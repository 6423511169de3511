package org.backroot.figure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text alternative of a figure, written from its poses: the posture and props ("Lying on your back, knees
 * bent, on a mat"), what changes from pose to pose ("the hips lift; then the hips lower") and where the eyes look.
 */
public final class FigureText {

    static final double NOTICE_DEG = 8;

    private FigureText() {
    }

    /** A short name for the picture: the posture. */
    public static String title(Figure figure) {
        return "Figure: " + figure.posture().words().toLowerCase(Locale.ROOT)
                + (figure.view() == View.FRONT ? ", seen from the front" : "");
    }

    /** The whole movement in words. */
    public static String describe(Layout layout) {
        Figure figure = layout.figure();
        StringBuilder out = new StringBuilder(figure.posture().words());
        List<String> with = new ArrayList<>();
        for (Prop p : Prop.values()) {
            if (figure.props().contains(p) && !figure.posture().props().contains(p) && p != Prop.SUN && p != Prop.MOON) with.add(p.words());
        }
        if (!with.isEmpty()) out.append(", with ").append(join(with));
        if (figure.props().contains(Prop.SUN)) out.append(", in daylight");
        if (figure.props().contains(Prop.MOON)) out.append(", in the evening");
        out.append('.');
        if (figure.moves()) {
            List<String> moves = new ArrayList<>();
            for (int i = 1; i < figure.poses().size(); i++) {
                List<String> changes = changes(figure, figure.angles(i - 1), figure.angles(i));
                if (!changes.isEmpty()) moves.add(join(changes));
            }
            if (moves.isEmpty()) {
                out.append(" It holds still.");
            } else {
                out.append(' ').append(capital(String.join("; then ", moves))).append(", and back again.");
            }
            if (figure.side() != null) out.append(" Shown for the ").append(figure.side().code()).append(" side.");
        } else {
            out.append(" A position to hold.");
        }
        Gaze gaze = figure.gaze();
        if (gaze == Gaze.CLOSED) {
            out.append(" Eyes closed.");
        } else if (gaze != null) {
            Vec d = FigureRenderer.sight(layout.samples().get(0).points(), gaze);
            if (d.y() > 0.6) out.append(figure.posture().lying() ? " Eyes look up at the ceiling." : " Eyes look up.");
            else if (d.y() < -0.5) out.append(" Eyes look down at the floor.");
            else if (d.y() < -0.2) out.append(" Eyes look ahead and a little down.");
            else out.append(" Eyes look straight ahead.");
        }
        return out.toString();
    }

    /** The three biggest changes between two poses, in the order of the body from the trunk down. */
    static List<String> changes(Figure figure, Map<Slot, Double> from, Map<Slot, Double> to) {
        String step = step(figure, from, to);
        if (step != null) return List.of(step);
        List<Change> all = everyChange(figure, from, to);
        return all.stream().sorted(java.util.Comparator.comparingDouble(Change::size).reversed()).limit(3)
                .sorted(java.util.Comparator.comparingInt(Change::order)).map(Change::words).toList();
    }

    /** One change in words, its place in the body order and how big it is (for picking the main ones). */
    private record Change(int order, double size, String words) {
    }

    /** Walking: one hip bends while the other straightens, standing up. */
    private static String step(Figure figure, Map<Slot, Double> from, Map<Slot, Double> to) {
        if (figure.posture() != Posture.STANDING) return null;
        double r = to.get(Slot.of(Joint.HIP, Side.RIGHT)) - from.get(Slot.of(Joint.HIP, Side.RIGHT));
        double l = to.get(Slot.of(Joint.HIP, Side.LEFT)) - from.get(Slot.of(Joint.HIP, Side.LEFT));
        if (Math.abs(r) < 15 || Math.abs(l) < 15 || Math.signum(r) == Math.signum(l)) return null;
        return "a step with the " + (r > 0 ? "right" : "left") + " leg";
    }

    private static List<Change> everyChange(Figure figure, Map<Slot, Double> from, Map<Slot, Double> to) {
        List<Change> out = new ArrayList<>();
        for (Joint j : Joint.values()) {
            if (j.sided()) {
                double r = to.get(Slot.of(j, Side.RIGHT)) - from.get(Slot.of(j, Side.RIGHT));
                double l = to.get(Slot.of(j, Side.LEFT)) - from.get(Slot.of(j, Side.LEFT));
                boolean rm = Math.abs(r) >= NOTICE_DEG, lm = Math.abs(l) >= NOTICE_DEG;
                if (rm && lm && Math.signum(r) == Math.signum(l)) add(out, "both " + sided(j, r > 0, true), Math.max(Math.abs(r), Math.abs(l)));
                else {
                    if (rm) add(out, "the right " + sided(j, r > 0, false), Math.abs(r));
                    if (lm) add(out, "the left " + sided(j, l > 0, false), Math.abs(l));
                }
            } else {
                double d = to.get(Slot.body(j)) - from.get(Slot.body(j));
                if (Math.abs(d) >= (j == Joint.BREATH ? 0.2 : NOTICE_DEG)) add(out, body(figure, j, d > 0), j == Joint.BREATH ? 100 : Math.abs(d) * 1.5);
            }
        }
        return out;
    }

    private static void add(List<Change> out, String words, double size) {
        out.add(new Change(out.size(), size, words));
    }

    private static String sided(Joint j, boolean more, boolean both) {
        return switch (j) {
            case HIP -> both ? (more ? "hips bend" : "hips straighten") : (more ? "hip bends" : "hip straightens");
            case HIP_OUT -> both ? (more ? "legs open out to the side" : "legs come back in") : (more ? "leg opens out to the side" : "leg comes back in");
            case HIP_ROT -> both ? (more ? "knees turn out" : "knees turn in") : (more ? "knee turns out" : "knee turns in");
            case KNEE -> both ? (more ? "knees bend" : "knees straighten") : (more ? "knee bends" : "knee straightens");
            case ANKLE -> both ? (more ? "ankles bend, toes coming up" : "ankles point, heels lifting") : (more ? "ankle bends, toes coming up" : "ankle points, the heel lifting");
            case SHOULDER -> both ? (more ? "arms lift forward and up" : "arms lower") : (more ? "arm lifts forward and up" : "arm lowers");
            case SHOULDER_OUT -> both ? (more ? "arms lift out to the sides" : "arms come down to the sides") : (more ? "arm lifts out to the side" : "arm comes down to the side");
            case SHOULDER_ROT -> both ? (more ? "arms turn out, forearms rising" : "arms turn in") : (more ? "arm turns out, the forearm rising" : "arm turns in");
            case ELBOW -> both ? (more ? "elbows bend" : "elbows straighten") : (more ? "elbow bends" : "elbow straightens");
            default -> throw new IllegalArgumentException(j + " has no side");
        };
    }

    private static String body(Figure figure, Joint j, boolean more) {
        boolean onBack = figure.posture() == Posture.LYING_BACK || figure.posture() == Posture.LYING_BACK_KNEES_BENT;
        return switch (j) {
            case PITCH -> onBack ? (more ? "the hips lower" : "the hips lift") : (more ? "the body tips forward from the hips" : "the body comes back up");
            case LEAN -> more ? "the body lifts off the floor, in one line" : "the body lowers";
            case LUMBAR -> more ? "the low back rounds" : "the low back arches a little";
            case THORACIC -> more ? "the upper back rounds" : "the upper back lifts and opens";
            case BEND -> more ? "the body leans to the right" : "the body leans to the left";
            case TWIST -> more ? "the chest turns to the right" : "the chest turns to the left";
            case NECK -> more ? "the chin nods down" : "the head lifts";
            case TURN -> more ? "the head turns to the right" : "the head turns to the left";
            case BREATH -> more ? "the belly and lower ribs widen with a breath in" : "the belly and ribs settle with the breath out";
            default -> throw new IllegalArgumentException(j + " is sided");
        };
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
