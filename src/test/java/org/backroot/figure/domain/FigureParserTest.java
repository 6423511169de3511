package org.backroot.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Reading a figure from YAML: what a valid one gives, and the plain-words problem for each mistake. */
class FigureParserTest {

    private static List<String> problems(String yaml) {
        List<String> problems = new ArrayList<>();
        Figure f = FigureParser.parse(yaml == null ? null : new Yaml().load(yaml), problems);
        if (!problems.isEmpty()) assertThat(f).isNull();
        return problems;
    }

    @Test
    void readsPostureSidePropsAndCumulativePoses() {
        List<String> problems = new ArrayList<>();
        Figure f = FigureParser.parse(new Yaml().load("""
                posture: lying-back-knees-bent
                side: right
                gaze: up
                props: [pillow]
                poses:
                  - {hold: 2}
                  - {hip: 70, right: {knee: 20}, move: 3}
                  - {left: {knee: 40}}
                """), problems);

        assertThat(problems).isEmpty();
        assertThat(f.side()).isEqualTo(Side.RIGHT);
        assertThat(f.props()).contains(Prop.PILLOW, Prop.MAT);
        assertThat(f.poses().get(0).holdSec()).isEqualTo(2);
        assertThat(f.poses().get(1).moveSec()).isEqualTo(3);
        assertThat(f.angles(0).get(Slot.of(Joint.KNEE, Side.RIGHT))).isEqualTo(100);
        assertThat(f.angles(2).get(Slot.of(Joint.HIP, Side.LEFT))).as("carried over from pose 2").isEqualTo(70);
        assertThat(f.angles(2).get(Slot.of(Joint.KNEE, Side.RIGHT))).isEqualTo(20);
        assertThat(f.angles(2).get(Slot.of(Joint.KNEE, Side.LEFT))).isEqualTo(40);
    }

    @Test
    void aMissingFigureOrNoPosesIsAProblem() {
        assertThat(problems(null)).singleElement().asString().contains("has no figure");
        assertThat(problems("{posture: standing}")).singleElement().asString().contains("figure has no poses");
        assertThat(problems("{posture: standing, poses: []}")).singleElement().asString().contains("figure has no poses");
    }

    @Test
    void unknownPostureJointPropOrSideIsNamed() {
        assertThat(problems("{posture: floating, poses: [{}]}")).singleElement().asString()
                .contains("unknown posture 'floating'").contains("lying-back");
        assertThat(problems("{posture: standing, poses: [{}, {hipp: 10}]}")).singleElement().asString()
                .contains("figure pose 2").contains("unknown joint 'hipp'");
        assertThat(problems("{posture: standing, poses: [{right: {pitch: 10}}]}")).singleElement().asString()
                .contains("unknown joint 'right.pitch'");
        assertThat(problems("{posture: standing, props: [trampoline], poses: [{}]}")).singleElement().asString()
                .contains("unknown prop 'trampoline'");
        assertThat(problems("{posture: standing, side: middle, poses: [{}]}")).singleElement().asString()
                .contains("side must be right, left or both");
        assertThat(problems("{posture: standing, poses: [{}], colour: red}")).singleElement().asString()
                .contains("unknown field 'colour'");
    }

    @Test
    void anAngleOutsideItsAnatomicalRangeIsRefused() {
        assertThat(problems("{posture: standing, poses: [{knee: -20}]}")).containsExactly(
                "figure pose 1: right.knee -20 is outside its range 0 to 155", "figure pose 1: left.knee -20 is outside its range 0 to 155");
        assertThat(problems("{posture: standing, poses: [{right: {elbow: 200}}]}")).singleElement().asString()
                .contains("right.elbow 200 is outside its range");
        assertThat(problems("{posture: standing, poses: [{breath: 2}]}")).singleElement().asString()
                .contains("breath 2 is outside its range 0 to 1");
        assertThat(problems("{posture: standing, poses: [{neck: ten}]}")).singleElement().asString()
                .contains("must be a number");
        assertThat(problems("{posture: standing, poses: [{move: 0}]}")).singleElement().asString()
                .contains("move must be between 0.2 and 20 seconds");
    }
}
