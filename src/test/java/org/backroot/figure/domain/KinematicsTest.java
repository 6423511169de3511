package org.backroot.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The figure's forward kinematics: where the body ends up for a posture and a few joint angles. */
class KinematicsTest {

    private static Figure figure(String yaml) {
        List<String> problems = new ArrayList<>();
        Figure f = FigureParser.parse(new org.yaml.snakeyaml.Yaml().load(yaml), problems);
        assertThat(problems).isEmpty();
        return f;
    }

    private static Map<String, Vec> pose(Figure f, int sample) {
        return Layout.of(f).samples().get(sample).points();
    }

    private static double lowest(Map<String, Vec> p, String... names) {
        double low = Double.MAX_VALUE;
        for (String n : names) low = Math.min(low, p.get(n).y() - Layout.radius(n));
        return low;
    }

    @Test
    void aStandingFigureHasBothFeetOnTheFloorAndItsHeadAtTheTop() {
        Map<String, Vec> p = pose(figure("{posture: standing, poses: [{}]}"), 0);

        assertThat(lowest(p, "right.heel", "right.toe")).isCloseTo(0, within(0.01));
        assertThat(lowest(p, "left.heel", "left.toe")).isCloseTo(0, within(0.01));
        assertThat(p.get("head").y()).isGreaterThan(p.get("neck").y()).isGreaterThan(p.get("root").y()).isGreaterThan(p.get("right.knee").y());
        assertThat(p.get("head").y() + Kinematics.HEAD_RADIUS).as("about 175 tall").isBetween(165.0, 185.0);
        assertThat(p.get("right.toe").x()).as("facing right").isGreaterThan(p.get("right.heel").x());
        assertThat(p.get("right.knee").z()).as("the right side is nearest").isGreaterThan(p.get("left.knee").z());
    }

    @Test
    void aHipHingeMovesTheHeadForwardAndDownWhileTheFeetStay() {
        Figure f = figure("{posture: standing, poses: [{}, {pitch: 45, hip: 55, knee: 15, ankle: 5}]}");
        Layout layout = Layout.of(f);
        Map<String, Vec> up = layout.samples().get(0).points();
        Map<String, Vec> down = layout.samples().stream().filter(s -> s.key() && s.pose() == 1).findFirst().orElseThrow().points();

        assertThat(down.get("head").x()).isGreaterThan(up.get("head").x() + 30);
        assertThat(down.get("head").y()).isLessThan(up.get("head").y() - 20);
        assertThat(down.get("root").x()).as("the hips go back").isLessThan(up.get("root").x());
        assertThat((down.get("right.ankle").x() + down.get("left.ankle").x()) / 2)
                .isCloseTo((up.get("right.ankle").x() + up.get("left.ankle").x()) / 2, within(0.01));
        assertThat(lowest(down, "right.heel", "right.toe", "left.heel", "left.toe")).isCloseTo(0, within(0.01));
    }

    @Test
    void lyingOnTheBackWithKneesBentRestsHeadPelvisAndFeetOnTheFloor() {
        Map<String, Vec> p = pose(figure("{posture: lying-back-knees-bent, poses: [{}]}"), 0);

        assertThat(p.get("head").y() - Kinematics.HEAD_RADIUS).isCloseTo(0, within(3.0));
        assertThat(p.get("root").y() - Kinematics.TRUNK_RADIUS).isCloseTo(0, within(3.0));
        assertThat(lowest(p, "right.heel", "right.toe")).isCloseTo(0, within(4.0));
        assertThat(p.get("right.knee").y()).as("the knees point up").isGreaterThan(40);
        assertThat(p.get("head").x()).as("head to the left").isLessThan(p.get("root").x());
    }

    @Test
    void bendingTheKneeTakesTheShinBackAndFlexingTheShoulderLiftsTheArmForward() {
        Map<String, Vec> p = pose(figure("{posture: standing, poses: [{right: {knee: 90, shoulder: 90, elbow: 0}}]}"), 0);

        assertThat(p.get("right.ankle").y()).isCloseTo(p.get("right.knee").y(), within(0.5));
        assertThat(p.get("right.ankle").x()).isLessThan(p.get("right.knee").x() - 30);
        assertThat(p.get("right.hand").y()).isCloseTo(p.get("right.shoulder").y(), within(0.5));
        assertThat(p.get("right.hand").x()).isGreaterThan(p.get("right.shoulder").x() + 50);
    }

    @Test
    void theSideThatMovesIsDrawnNearestTheViewer() {
        Map<String, Vec> p = pose(figure("{posture: standing, side: left, poses: [{}]}"), 0);

        assertThat(p.get("left.knee").z()).isGreaterThan(p.get("right.knee").z());
        assertThat(p.get("left.toe").x()).as("now facing left").isLessThan(p.get("left.heel").x());
    }

    @Test
    void aFrontViewSpreadsTheArmsSideways() {
        Map<String, Vec> p = pose(figure("{posture: standing, view: front, poses: [{shoulderOut: 90, elbow: 0}]}"), 0);

        assertThat(p.get("right.hand").y()).isCloseTo(p.get("right.shoulder").y(), within(0.5));
        assertThat(Math.abs(p.get("right.hand").x() - p.get("left.hand").x())).isGreaterThan(120);
    }

    @Test
    void aStepHoldsTheMovingFootOnItsTop() {
        Map<String, Vec> p = pose(figure("{posture: standing, side: right, props: [step], poses: [{left: {hip: 10, knee: 10}}]}"), 0);

        assertThat(lowest(p, "right.heel", "right.toe")).isCloseTo(Layout.STEP_HEIGHT, within(0.01));
    }

    @Test
    void samplesAreCloseEnoughThatBlendingKeepsLimbsTheirLength() {
        Layout layout = Layout.of(figure("{posture: lying-back, poses: [{shoulder: 0}, {shoulder: 180, move: 2}]}"));
        List<Layout.Sample> s = layout.samples();
        for (int i = 1; i < s.size(); i++) {
            Vec a0 = s.get(i - 1).points().get("right.shoulder"), a1 = s.get(i - 1).points().get("right.elbow");
            Vec b0 = s.get(i).points().get("right.shoulder"), b1 = s.get(i).points().get("right.elbow");
            double halfway = a1.plus(b1).times(0.5).minus(a0.plus(b0).times(0.5)).length();
            assertThat(halfway).as("upper arm length half-way between samples").isGreaterThan(Kinematics.UPPER_ARM * 0.98);
        }
        assertThat(layout.totalSec()).isCloseTo(1.0 + 2 + 1 + 1.5, within(0.001));
    }
}
