package org.backroot.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever valid poses an author writes, everything drawn stays inside the picture, in every frame. */
class FigureRendererPropertiesTest {

    @Property(tries = 60)
    void everyFrameOfAnyValidFigureStaysInsideThePicture(@ForAll("figures") Figure figure) {
        FigureRenderer.Picture picture = FigureRenderer.picture(figure);
        List<Layout.Sample> samples = picture.layout().samples();
        for (Layout.Sample s : samples) {
            for (Map.Entry<String, Vec> e : s.points().entrySet()) {
                double r = Layout.radius(e.getKey());
                if (r < 0) continue;
                Vec v = e.getValue();
                assertThat(picture.contains(v.x() - r, -v.y() - r) && picture.contains(v.x() + r, -v.y() + r))
                        .as("%s at (%.1f, %.1f) inside %s", e.getKey(), v.x(), -v.y(), box(picture)).isTrue();
            }
            for (FigureRenderer.Element el : picture.elements()) {
                double[] values = el.values().apply(s.points());
                for (int i = 0; i < el.names().length; i++) {
                    String n = el.names()[i];
                    if (el.cls().equals("fig-wall") || el.cls().equals("fig-floor")) continue;
                    if (n.equals("cx") || n.equals("x1") || n.equals("x2")) {
                        assertThat(values[i]).isBetween(picture.minX() - 1e-6, picture.minX() + picture.width() + 1e-6);
                    }
                    if (n.equals("cy") || n.equals("y1") || n.equals("y2")) {
                        assertThat(values[i]).isBetween(picture.minY() - 1e-6, picture.minY() + picture.height() + 1e-6);
                    }
                }
            }
        }
        String svg = FigureRenderer.svg(figure, "f");
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Provide
    Arbitrary<Figure> figures() {
        Arbitrary<Posture> posture = Arbitraries.of(Posture.class);
        Arbitrary<View> view = Arbitraries.of(View.class);
        Arbitrary<Side> side = Arbitraries.of(Side.RIGHT, Side.LEFT).injectNull(0.3);
        Arbitrary<Set<Prop>> props = Arbitraries.of(Prop.class).set().ofMaxSize(3).map(s -> s.isEmpty() ? EnumSet.noneOf(Prop.class) : EnumSet.copyOf(s));
        Arbitrary<List<Pose>> poses = pose().list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(posture, view, side, props, poses)
                .as((p, v, s, pr, ps) -> new Figure(p, v, s, Gaze.AHEAD, pr, ps));
    }

    private Arbitrary<Pose> pose() {
        List<Arbitrary<Map.Entry<Slot, Double>>> entries = new ArrayList<>();
        for (Joint j : Joint.values()) {
            List<Side> sides = j.sided() ? List.of(Side.RIGHT, Side.LEFT) : java.util.Collections.singletonList(null);
            for (Side s : sides) {
                Slot slot = new Slot(j, s);
                entries.add(Arbitraries.doubles().between(j.min(), j.max()).map(v -> Map.entry(slot, v)));
            }
        }
        Arbitrary<List<Map.Entry<Slot, Double>>> some = Arbitraries.of(entries).flatMap(a -> a).list().ofMaxSize(6);
        return some.map(list -> {
            Map<Slot, Double> m = new LinkedHashMap<>();
            list.forEach(e -> m.put(e.getKey(), e.getValue()));
            return new Pose(m, 1, 0.5);
        });
    }

    private static String box(FigureRenderer.Picture p) {
        return String.format("[%.1f %.1f %.1f %.1f]", p.minX(), p.minY(), p.width(), p.height());
    }
}
