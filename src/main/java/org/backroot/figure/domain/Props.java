package org.backroot.figure.domain;

import java.util.List;
import java.util.Map;

import org.backroot.figure.domain.FigureRenderer.Box;
import org.backroot.figure.domain.FigureRenderer.Element;

/**
 * Places the props of a figure from its body: a chair under the pelvis, a table under the hands, a wall touching
 * the back or the front of the body at its furthest point, a step under the standing foot, a bag in the hand.
 * Props behind the body go in {@code back}, things held or resting on it in {@code front}.
 */
final class Props {

    private static final String[] RECT = {"x", "y", "width", "height"};
    private static final String[] LINE = {"x1", "y1", "x2", "y2"};
    private static final String[] CIRCLE = {"cx", "cy", "r"};

    private Props() {
    }

    static void add(Figure figure, Layout layout, Box body, List<Element> back, List<Element> front) {
        double fs = layout.facing;
        Map<String, Vec> p0 = layout.samples().get(0).points();
        String near = figure.nearSide().code() + ".";
        boolean sideView = figure.view() == View.SIDE && figure.posture() != Posture.LYING_SIDE;
        double floorY = figure.props().contains(Prop.BED) ? Layout.BED_HEIGHT : 0;
        for (Prop prop : figure.props()) {
            switch (prop) {
                case MAT -> {
                    if (!figure.props().contains(Prop.BED)) back.add(rect("fig-mat", body.minX - 6, -1, body.maxX - body.minX + 12, 3.5));
                }
                case BED -> {
                    back.add(rect("fig-prop", body.minX - 8, 0, body.maxX - body.minX + 16, Layout.BED_HEIGHT));
                    back.add(rect("fig-prop", (fs > 0 ? body.minX - 12 : body.maxX + 8), -30, 4, 30 + floorY));
                }
                case WALL_BEHIND, WALL_FRONT -> {
                    boolean behind = prop == Prop.WALL_BEHIND;
                    double x = (behind == fs > 0) ? body.minX - 10 : body.maxX;
                    back.add(rect("fig-wall", x, -400, 10, 400));
                }
                case CHAIR -> {
                    if (figure.posture().lying()) {
                        // Calves resting on the seat.
                        Vec k = p0.get(near + "knee"), an = p0.get(near + "ankle");
                        double seat = Math.min(k.y(), an.y()) - 6;
                        double lo = Math.min(k.x(), an.x()) - 4, hi = Math.max(k.x(), an.x()) + 8;
                        back.add(rect("fig-prop", lo, -seat, hi - lo, 5));
                        back.add(line("fig-prop-line", lo + 2, -seat, lo + 2, floorY));
                        back.add(line("fig-prop-line", hi - 2, -seat, hi - 2, floorY));
                        continue;
                    }
                    Vec r = p0.get("root");
                    double seat = r.y() - Kinematics.TRUNK_RADIUS;
                    double x0 = sideView ? r.x() - fs * 18 : r.x() - 22;
                    double x1 = sideView ? r.x() + fs * 20 : r.x() + 22;
                    double lo = Math.min(x0, x1), hi = Math.max(x0, x1);
                    back.add(rect("fig-prop", lo, -seat, hi - lo, 5));
                    back.add(line("fig-prop-line", lo + 2, -seat, lo + 2, floorY));
                    back.add(line("fig-prop-line", hi - 2, -seat, hi - 2, floorY));
                    if (sideView) {
                        double bx = fs > 0 ? lo + 1 : hi - 1;
                        back.add(line("fig-prop-line", bx, -seat, bx - fs * 4, -(seat + 46)));
                    }
                }
                case TABLE -> {
                    Vec h = p0.get(near + "hand");
                    for (Layout.Sample sample : layout.samples()) {
                        Vec q = sample.points().get(near + "hand");
                        if (q.x() * fs > h.x() * fs) h = q;
                    }
                    final Vec hand = h;
                    double top = h.y() - 5;
                    double x0 = h.x() - fs * 14, x1 = h.x() + fs * 60;
                    double lo = Math.min(x0, x1), hi = Math.max(x0, x1);
                    back.add(rect("fig-prop", lo, -top, hi - lo, 5));
                    back.add(line("fig-prop-line", lo + 3, -top, lo + 3, floorY));
                    back.add(line("fig-prop-line", hi - 3, -top, hi - 3, floorY));
                    if (figure.props().contains(Prop.PLATE)) {
                        back.add(new Element("ellipse", "fig-held", "", new String[]{"cx", "cy", "rx", "ry"},
                                q -> new double[]{hand.x() + fs * 30, -(top + 2), 13, 2.5}, 0));
                    }
                }
                case STEP -> {
                    Vec heel = p0.get(near + "heel"), toe = p0.get(near + "toe");
                    double lo = Math.min(heel.x(), toe.x()) - 10, hi = Math.max(heel.x(), toe.x()) + 10;
                    back.add(rect("fig-prop", lo, -Layout.STEP_HEIGHT, hi - lo, Layout.STEP_HEIGHT));
                }
                case BOX -> {
                    double toe = fs > 0 ? Math.max(p0.get("right.toe").x(), p0.get("left.toe").x()) : Math.min(p0.get("right.toe").x(), p0.get("left.toe").x());
                    double x = fs > 0 ? toe + 12 : toe - 12 - 34;
                    back.add(rect("fig-prop", x, -40, 34, 40));
                }
                case ROLLER -> {
                    Vec a = p0.get("lumbar"), b = p0.get("neck");
                    back.add(circle("fig-prop", (a.x() + b.x()) / 2, -7, 7));
                }
                case PILLOW -> {
                    Vec h = p0.get("head");
                    back.add(new Element("ellipse", "fig-prop", "", new String[]{"cx", "cy", "rx", "ry"},
                            q -> new double[]{h.x(), -(Math.max(h.y() - Kinematics.HEAD_RADIUS, 0) + 2.5), 15, 4}, 0));
                }
                case SUN -> {
                    double x = fs > 0 ? body.maxX + 10 : body.minX - 10;
                    front.add(circle("fig-sun", x, body.minY + 4, 9));
                }
                case MOON -> {
                    double x = fs > 0 ? body.maxX + 10 : body.minX - 10;
                    double y = body.minY + 4;
                    front.add(new Element("path", "fig-sun", "d=\"M " + n(x + 3) + " " + n(y - 9) + " a 9 9 0 1 0 6 16 a 7 7 0 1 1 -6 -16 z\"",
                            new String[0], q -> new double[0], 0));
                }
                case BAG -> front.add(new Element("rect", "fig-held", "rx=\"3\"", RECT,
                        q -> { Vec h = hands(q); return new double[]{h.x() - 9, -h.y() + 1, 18, 15}; }, 0));
                case PHONE -> front.add(new Element("rect", "fig-held", "rx=\"1.5\"", RECT,
                        q -> { Vec h = q.get(near + "hand"); return new double[]{h.x() - 2.5, -h.y() - 10, 5, 9}; }, 0));
                case CUP -> front.add(new Element("rect", "fig-held", "rx=\"1.5\"", RECT,
                        q -> { Vec h = q.get(near + "hand"); return new double[]{h.x() - 3.5, -h.y() - 8, 7, 9}; }, 0));
                case BOTTLE -> front.add(new Element("rect", "fig-held", "rx=\"2\"", RECT,
                        q -> { Vec b = q.get("back"); return new double[]{b.x() - 3, -b.y() - 8, 6, 12}; }, 0));
                case STICK -> front.add(new Element("line", "fig-stick", "", LINE,
                        q -> new double[]{q.get("stickLow").x(), -q.get("stickLow").y(), q.get("stickHigh").x(), -q.get("stickHigh").y()}, 0));
                case BAND -> front.add(new Element("line", "fig-band", "", LINE,
                        q -> new double[]{q.get("right.hand").x(), -q.get("right.hand").y(), q.get("left.hand").x(), -q.get("left.hand").y()}, 0));
                case PLATE -> {
                    if (!figure.props().contains(Prop.TABLE)) {
                        front.add(new Element("ellipse", "fig-held", "", new String[]{"cx", "cy", "rx", "ry"},
                                q -> { Vec h = q.get(near + "hand"); return new double[]{h.x(), -h.y() - 3, 12, 3}; }, 0));
                    }
                }
            }
        }
    }

    /** Between the hands when both hold something, else the near hand. */
    private static Vec hands(Map<String, Vec> q) {
        Vec r = q.get("right.hand"), l = q.get("left.hand");
        if (r.minus(l).length() < 30) return r.plus(l).times(0.5);
        return r.z() >= l.z() ? r : l;
    }

    private static Element rect(String cls, double x, double y, double w, double h) {
        return new Element("rect", cls, "", RECT, q -> new double[]{x, y, w, h}, 0);
    }

    private static Element line(String cls, double x1, double y1, double x2, double y2) {
        return new Element("line", cls, "", LINE, q -> new double[]{x1, y1, x2, y2}, 0);
    }

    private static Element circle(String cls, double x, double y, double r) {
        return new Element("circle", cls, "", CIRCLE, q -> new double[]{x, y, r}, 0);
    }

    private static String n(double v) {
        return FigureRenderer.n(v);
    }
}
