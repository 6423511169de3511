package org.backroot.figure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws a {@link Figure} as inline SVG: rounded capsules for the limbs and trunk, a circle for the head, the floor
 * and the props, the limbs that move in the accent colour (class {@code fig-moving}) and the far side muted. The
 * SVG shows the first pose as it is; {@code data-figure} carries every sampled frame so the page script
 * ({@code static/js/figure.js}) can play the movement by blending straight between neighbouring samples. Each
 * moving element names its channels in {@code data-k} ("x1 0 y1 1 ..."): attribute, index into a frame's values.
 * The SVG is an image with a title and a description written from the poses ({@link FigureText}).
 */
public final class FigureRenderer {

    static final double PAD = 8;
    static final double ASPECT = 4.0 / 3.0;
    static final double WIDEST = 2.0;

    private FigureRenderer() {
    }

    /** The box the picture shows, in SVG units (y down), and every sampled frame's drawn values. */
    public record Picture(double minX, double minY, double width, double height, List<double[]> frames, List<Element> elements,
                          Layout layout) {

        /** True when the point (in SVG units, y down) lies inside the picture. */
        public boolean contains(double x, double y) {
            return x >= minX - 1e-6 && x <= minX + width + 1e-6 && y >= minY - 1e-6 && y <= minY + height + 1e-6;
        }
    }

    /** One drawn element: tag, classes, fixed attributes and the attributes that change per frame. */
    public record Element(String tag, String cls, String fixed, String[] names, Function<Map<String, Vec>, double[]> values, double depth) {
    }

    public static String svg(Figure figure, String id) {
        Picture picture = picture(figure);
        String title = FigureText.title(figure);
        String desc = FigureText.describe(picture.layout());
        StringBuilder out = new StringBuilder();
        List<double[]> frames = picture.frames();
        List<Layout.Sample> samples = picture.layout().samples();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure__svg\" role=\"img\" focusable=\"false\"")
                .append(" viewBox=\"").append(n(picture.minX())).append(' ').append(n(picture.minY())).append(' ')
                .append(n(picture.width())).append(' ').append(n(picture.height())).append('"')
                .append(" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
                .append(" data-figure-svg");
        if (figure.moves()) {
            StringBuilder json = new StringBuilder("{&quot;t&quot;:[");
            for (int i = 0; i < samples.size(); i++) json.append(i == 0 ? "" : ",").append(Math.round(samples.get(i).timeSec() * 1000));
            json.append("],&quot;k&quot;:[");
            for (int i = 0; i < samples.size(); i++) json.append(i == 0 ? "" : ",").append(samples.get(i).key() ? 1 : 0);
            json.append("],&quot;v&quot;:[");
            for (int i = 0; i < frames.size(); i++) {
                json.append(i == 0 ? "[" : ",[");
                double[] f = frames.get(i);
                for (int j = 0; j < f.length; j++) json.append(j == 0 ? "" : ",").append(n(f[j]));
                json.append(']');
            }
            json.append("]}");
            out.append(" data-figure=\"").append(json).append('"');
        }
        out.append(">\n<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>\n");
        int channel = 0;
        Map<String, Vec> first = samples.get(0).points();
        for (Element e : picture.elements()) {
            double[] v = e.values().apply(first);
            out.append('<').append(e.tag()).append(" class=\"").append(e.cls()).append('"');
            for (int i = 0; i < e.names().length; i++) out.append(' ').append(e.names()[i]).append("=\"").append(n(v[i])).append('"');
            if (!e.fixed().isEmpty()) out.append(' ').append(e.fixed());
            if (figure.moves() && changes(e, samples)) {
                out.append(" data-k=\"");
                for (int i = 0; i < e.names().length; i++) out.append(i == 0 ? "" : " ").append(e.names()[i]).append(' ').append(channel + i);
                out.append('"');
            }
            channel += figure.moves() && changes(e, samples) ? e.names().length : 0;
            out.append("/>\n");
        }
        out.append("</svg>");
        return out.toString();
    }

    /** Lays the figure out: its elements in drawing order, each frame's changing values and the picture box. */
    public static Picture picture(Figure figure) {
        Layout layout = Layout.of(figure);
        List<Layout.Sample> samples = layout.samples();
        Set<String> moving = moving(figure);
        Side near = figure.nearSide();
        boolean front = figure.view() == View.FRONT || figure.posture() == Posture.LYING_SIDE;

        // The body's extent over every frame (SVG units: y down).
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE, minY = Double.MAX_VALUE;
        for (Layout.Sample s : samples) {
            for (Map.Entry<String, Vec> e : s.points().entrySet()) {
                double r = Layout.radius(e.getKey());
                if (r < 0) continue;
                Vec v = e.getValue();
                minX = Math.min(minX, v.x() - r);
                maxX = Math.max(maxX, v.x() + r);
                minY = Math.min(minY, -v.y() - r);
                maxY = Math.max(maxY, -v.y() + r);
            }
        }
        List<Element> back = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> front2 = new ArrayList<>();
        Box box = new Box(minX, minY, maxX, maxY);
        Props.add(figure, layout, box, back, front2);

        // Segments of the body, drawn far to near.
        Map<String, Vec> first = samples.get(0).points();
        String[] lineAttrs = {"x1", "y1", "x2", "y2"};
        body.add(segment(first, "root", "lumbar", 2 * Kinematics.TRUNK_RADIUS, cls("fig-body", moving.contains("lowBack")), lineAttrs));
        body.add(segment(first, "lumbar", "neck", 2 * Kinematics.TRUNK_RADIUS + 1, cls("fig-body", moving.contains("upperBack")), lineAttrs));
        body.add(segment(first, "neck", "head", 8, cls("fig-body", moving.contains("head")), lineAttrs));
        body.add(new Element("circle", cls("fig-head", moving.contains("head")), "", new String[]{"cx", "cy", "r"},
                p -> new double[]{p.get("head").x(), -p.get("head").y(), Kinematics.HEAD_RADIUS}, 0));
        for (Side s : Side.values()) {
            String k = s.code() + ".";
            String group = front ? "fig-near" : s == near ? "fig-near" : "fig-far";
            body.add(segment(first, k + "hip", k + "knee", 14, cls(group, moving.contains(k + "thigh")), lineAttrs));
            body.add(segment(first, k + "knee", k + "ankle", 11.5, cls(group, moving.contains(k + "shin")), lineAttrs));
            body.add(segment(first, k + "heel", k + "toe", 7, cls(group, moving.contains(k + "foot")), lineAttrs));
            body.add(segment(first, k + "shoulder", k + "elbow", 10, cls(group, moving.contains(k + "upperArm")), lineAttrs));
            body.add(segment(first, k + "elbow", k + "hand", 8.5, cls(group, moving.contains(k + "forearm")), lineAttrs));
        }
        body.sort(Comparator.comparingDouble(e -> e.depth()));
        // Eye, line of sight and breath on top.
        Gaze gaze = figure.gaze();
        if (samples.stream().anyMatch(s -> s.angles().get(Slot.body(Joint.BREATH)) > 0)) {
            boolean breathes = moving.contains("breath");
            body.add(new Element("circle", "fig-breath" + (breathes ? " fig-moving" : ""), "", new String[]{"cx", "cy", "r"},
                    p -> {
                        double b = breathAt(p);
                        return new double[]{p.get("belly").x(), -p.get("belly").y(), 5 + 5 * b};
                    }, 0));
        }
        if (gaze == Gaze.CLOSED) {
            body.add(new Element("line", "fig-eye-closed", "", lineAttrs, p -> {
                Vec e = p.get("eye"), f = p.get("face");
                return new double[]{e.x() - f.x() * 2.5, -(e.y() - f.y() * 2.5), e.x() + f.x() * 2.5, -(e.y() + f.y() * 2.5)};
            }, 0));
        } else {
            if (gaze != null) {
                body.add(new Element("line", "fig-gaze", "", lineAttrs, p -> {
                    Vec e = p.get("eye");
                    Vec d = sight(p, gaze);
                    return new double[]{e.x() + d.x() * 5, -(e.y() + d.y() * 5), e.x() + d.x() * 28, -(e.y() + d.y() * 28)};
                }, 0));
            }
            body.add(new Element("circle", "fig-eye", "", new String[]{"cx", "cy", "r"}, p -> new double[]{p.get("eye").x(), -p.get("eye").y(), 1.8}, 0));
        }
        List<Element> all = new ArrayList<>(back);
        all.addAll(body);
        all.addAll(front2);

        // Every frame's values for the elements that change, and the box around everything drawn.
        List<double[]> frames = new ArrayList<>();
        for (Layout.Sample s : samples) {
            List<Double> values = new ArrayList<>();
            for (Element e : all) {
                if (!figure.moves() || !changes(e, samples)) continue;
                for (double v : e.values().apply(s.points())) values.add(v);
            }
            frames.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            for (Element e : all) if (bounded(e)) box.include(e, s.points());
        }
        for (Element e : all) if (bounded(e)) box.include(e, first);
        double floorY = figure.props().contains(Prop.BED) ? Layout.BED_HEIGHT : 0;
        box.include(box.minX, floorY + 3);
        double x0 = box.minX - PAD, y0 = box.minY - PAD, w = box.maxX - box.minX + 2 * PAD, h = box.maxY - box.minY + 2 * PAD;
        // Between 4:3 and 2:1: a lying figure is not padded with empty sky, a standing one keeps some width.
        if (w / h < ASPECT) {
            double nw = h * ASPECT;
            x0 -= (nw - w) / 2;
            w = nw;
        } else if (w / h > WIDEST) {
            double nh = w / WIDEST;
            y0 -= nh - h;
            h = nh;
        }
        // The floor spans the picture.
        double fx0 = x0, fw = w;
        all.add(0, new Element("line", "fig-floor", "x1=\"" + n(fx0) + "\" x2=\"" + n(fx0 + fw) + "\"", new String[]{"y1", "y2"},
                p -> new double[]{floorY + 1, floorY + 1}, 0));
        return new Picture(x0, y0, w, h, frames, all, layout);
    }

    /** Walls reach past the top of the picture; they do not set its size. */
    private static boolean bounded(Element e) {
        return !e.cls().equals("fig-wall");
    }

    static double breathAt(Map<String, Vec> p) {
        Vec v = p.get("breathLevel");
        return v == null ? 0 : v.y();
    }

    /** The direction the eyes look, in the world. */
    static Vec sight(Map<String, Vec> p, Gaze gaze) {
        Vec f = p.get("face"), u = p.get("faceUp");
        double a = Math.toRadians(gaze.degrees);
        return f.times(Math.cos(a)).plus(u.times(Math.sin(a))).unit();
    }

    private static String cls(String group, boolean moving) {
        return "fig-seg " + group + (moving ? " fig-moving" : "");
    }

    private static Element segment(Map<String, Vec> first, String from, String to, double width, String cls, String[] attrs) {
        double depth = (first.get(from).z() + first.get(to).z()) / 2;
        return new Element("line", cls, "stroke-width=\"" + n(width) + "\"", attrs,
                p -> new double[]{p.get(from).x(), -p.get(from).y(), p.get(to).x(), -p.get(to).y()}, depth);
    }

    /** True when the element's values differ between samples. */
    static boolean changes(Element e, List<Layout.Sample> samples) {
        double[] first = e.values().apply(samples.get(0).points());
        for (Layout.Sample s : samples) {
            double[] v = e.values().apply(s.points());
            for (int i = 0; i < v.length; i++) if (Math.abs(v[i] - first[i]) > 0.05) return true;
        }
        return false;
    }

    /**
     * Which parts move between poses: "lowBack", "upperBack", "head", "breath", and per side "right.thigh",
     * "right.shin", "right.foot", "right.upperArm", "right.forearm". A part moves when a joint driving it changes
     * by more than 2 degrees, and everything further down that limb moves with it.
     */
    static Set<String> moving(Figure figure) {
        Set<Slot> changing = new java.util.HashSet<>();
        Map<Slot, Double> first = figure.angles(0);
        for (int i = 1; i < figure.poses().size(); i++) {
            for (Map.Entry<Slot, Double> e : figure.angles(i).entrySet()) {
                double limit = e.getKey().joint() == Joint.BREATH ? 0.05 : 2;
                if (Math.abs(e.getValue() - first.get(e.getKey())) > limit) changing.add(e.getKey());
            }
        }
        Set<String> out = new java.util.HashSet<>();
        boolean low = any(changing, null, Joint.PITCH, Joint.LEAN, Joint.LUMBAR);
        boolean upper = low || any(changing, null, Joint.THORACIC, Joint.BEND, Joint.TWIST);
        if (low) out.add("lowBack");
        if (upper) out.add("upperBack");
        if (upper || any(changing, null, Joint.NECK, Joint.TURN)) out.add("head");
        if (changing.contains(Slot.body(Joint.BREATH))) out.add("breath");
        for (Side s : Side.values()) {
            String k = s.code() + ".";
            boolean thigh = any(changing, s, Joint.HIP, Joint.HIP_OUT, Joint.HIP_ROT);
            boolean shin = thigh || any(changing, s, Joint.KNEE);
            boolean foot = shin || any(changing, s, Joint.ANKLE);
            boolean arm = any(changing, s, Joint.SHOULDER, Joint.SHOULDER_OUT);
            boolean fore = arm || any(changing, s, Joint.ELBOW);
            if (thigh) out.add(k + "thigh");
            if (shin) out.add(k + "shin");
            if (foot) out.add(k + "foot");
            if (arm) out.add(k + "upperArm");
            if (fore) out.add(k + "forearm");
        }
        return out;
    }

    private static boolean any(Set<Slot> changing, Side side, Joint... joints) {
        for (Joint j : joints) if (changing.contains(new Slot(j, side))) return true;
        return false;
    }

    private static final java.util.regex.Pattern STROKE = java.util.regex.Pattern.compile("stroke-width=\"([0-9.]+)\"");

    /** The running box around everything drawn, in SVG units. */
    static final class Box {
        double minX, minY, maxX, maxY;

        Box(double minX, double minY, double maxX, double maxY) {
            this.minX = minX;
            this.minY = minY;
            this.maxX = maxX;
            this.maxY = maxY;
        }

        void include(double x, double y) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }

        void include(Element e, Map<String, Vec> p) {
            double[] v = e.values().apply(p);
            String[] names = e.names();
            double pad = 0;
            java.util.regex.Matcher m = STROKE.matcher(e.fixed());
            if (m.find()) pad = Double.parseDouble(m.group(1)) / 2;
            Double x = null, y = null, r = null, wd = null, ht = null;
            for (int i = 0; i < names.length; i++) {
                switch (names[i]) {
                    case "x1", "x2" -> { include(v[i] + pad, minY); include(v[i] - pad, minY); }
                    case "y1", "y2" -> { include(minX, v[i] + pad); include(minX, v[i] - pad); }
                    case "cx", "x" -> x = v[i];
                    case "cy", "y" -> y = v[i];
                    case "r" -> r = v[i];
                    case "width" -> wd = v[i];
                    case "height" -> ht = v[i];
                    default -> { }
                }
            }
            if (x != null && y != null && r != null) {
                include(x - r - pad, y - r - pad);
                include(x + r + pad, y + r + pad);
            }
            if (x != null && y != null && wd != null && ht != null) {
                include(x, y);
                include(x + wd, y + ht);
            }
        }
    }

    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) return String.valueOf((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
