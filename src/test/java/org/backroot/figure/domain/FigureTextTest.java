package org.backroot.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The text alternative is written from the poses: posture, props, the main changes, the side and the gaze. */
class FigureTextTest {

    private static String describe(String yaml) {
        List<String> problems = new ArrayList<>();
        Figure f = FigureParser.parse(new Yaml().load(yaml), problems);
        assertThat(problems).isEmpty();
        return FigureText.describe(Layout.of(f));
    }

    @Test
    void describesAKneeThatFallsOutToTheSideAndBack() {
        assertThat(describe("{posture: lying-back-knees-bent, side: right, gaze: up, poses: [{}, {right: {hipOut: 40}}]}"))
                .isEqualTo("Lying on your back, knees bent. The right leg opens out to the side, and back again. "
                        + "Shown for the right side. Eyes look up at the ceiling.");
    }

    @Test
    void aBridgeLiftsTheHipsAndNamesItsProps() {
        assertThat(describe("{posture: lying-back-knees-bent, props: [pillow], poses: [{}, {pitch: -28, thoracic: 18, hip: 22}]}"))
                .startsWith("Lying on your back, knees bent, with a pillow. The hips lift");
    }

    @Test
    void namesAtMostThreeChangesAndBothSidesTogether() {
        String text = describe("{posture: standing, poses: [{}, {pitch: 50, hip: 100, knee: 90, ankle: 25, shoulder: 60, lumbar: 15}]}");
        assertThat(text).contains("both hips bend").contains("both knees bend");
        assertThat(text.split(",|;| and ").length).isLessThanOrEqualTo(6);
    }

    @Test
    void walkingIsSaidAsSteps() {
        assertThat(describe("{posture: standing, poses: [{right: {hip: 25}, left: {hip: -15}}, {right: {hip: -15}, left: {hip: 25}}]}"))
                .contains("A step with the left leg");
    }

    @Test
    void breathingAndClosedEyes() {
        assertThat(describe("{posture: sitting, gaze: closed, poses: [{}, {breath: 1}]}"))
                .isEqualTo("Sitting on a chair. The belly and lower ribs widen with a breath in, and back again. Eyes closed.");
    }

    @Test
    void aSinglePoseIsAPositionToHold() {
        assertThat(describe("{posture: standing, props: [wall-behind], poses: [{}]}"))
                .isEqualTo("Standing, with a wall behind you. A position to hold.");
    }
}
