package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.program.domain.LibraryFixtures.activity;
import static org.backroot.program.domain.LibraryFixtures.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.program.domain.VoiceScript.Line;
import org.backroot.program.domain.VoiceScript.Phase;
import org.junit.jupiter.api.Test;

class VoiceScriptTest {

    private static Activity breathing(int inhale, int exhale, int timerSec, Map<String, Object> voice) {
        return library(activity("a-breath", 1, a -> {
            a.put("component", "breathing");
            a.put("targets", new LinkedHashMap<>(Map.of("factors", List.of("breathing"), "regions", List.of())));
            a.put("dose", new LinkedHashMap<>(Map.of("durationMin", 5, "inhaleSec", inhale, "exhaleSec", exhale)));
            a.put("pacer", Map.of("inhaleSec", inhale, "exhaleSec", exhale));
            a.put("timerSec", timerSec);
            a.put("cues", new ArrayList<>(List.of("Ribs widen.", "Shoulders quiet.")));
            a.put("voice", voice);
        })).require("a-breath");
    }

    private static Activity scan(int timerSec, List<Map<String, Object>> lines) {
        return library(activity("a-scan", 1, a -> {
            a.put("component", "stress");
            a.put("targets", new LinkedHashMap<>(Map.of("factors", List.of("stress"), "regions", List.of())));
            a.put("dose", new LinkedHashMap<>(Map.of("durationMin", 5)));
            a.put("steps", new ArrayList<>(List.of("Notice your feet.", "Notice your legs.", "Notice your face.")));
            a.put("timerSec", timerSec);
            a.put("voice", Map.of("scan", lines, "end", "That is the end."));
        })).require("a-scan");
    }

    @Test
    void aCountedBreathSaysThePhaseThenEachSecondWithTheCaptionGrowing() {
        VoiceScript script = VoiceScript.of(breathing(4, 6, 300, Map.of("in", "Breathe in", "out", "And out", "count", 1))).orElseThrow();

        assertThat(script.kind()).isEqualTo(VoiceScript.Kind.BREATH);
        List<Line> first = script.lines().stream().filter(l -> l.breath() == 1).toList();
        assertThat(first).extracting(Line::say).containsExactly("Breathe in", "2", "3", "4", "And out", "2", "3", "4", "5", "6");
        assertThat(script.onBeat(1, Phase.IN, 4).orElseThrow().caption()).isEqualTo("Breathe in… 2, 3, 4");
        assertThat(script.onBeat(1, Phase.OUT, 2).orElseThrow().caption()).isEqualTo("And out… 2");
        assertThat(first).extracting(Line::atSec).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void afterTheCountedBreathsOnlyThePhaseIsSaid() {
        VoiceScript script = VoiceScript.of(breathing(4, 6, 300, Map.of("in", "Breathe in", "out", "And out", "count", 2, "remind", 0))).orElseThrow();

        assertThat(script.onBeat(2, Phase.IN, 3)).isPresent();
        assertThat(script.onBeat(3, Phase.IN, 1).orElseThrow().say()).isEqualTo("Breathe in");
        assertThat(script.onBeat(3, Phase.IN, 2)).isEmpty();
        assertThat(script.onBeat(3, Phase.OUT, 1).orElseThrow().say()).isEqualTo("And out");
        assertThat(script.onBeat(3, Phase.OUT, 3)).isEmpty();
    }

    @Test
    void theBreathOutCarriesTheActivitysOwnCuesInTurnEverySoManyBreaths() {
        VoiceScript script = VoiceScript.of(breathing(4, 6, 300, Map.of("in", "Breathe in", "out", "And out", "count", 2, "remind", 3))).orElseThrow();

        assertThat(script.onBeat(5, Phase.OUT, 1).orElseThrow().say()).isEqualTo("And out… Ribs widen.");
        assertThat(script.onBeat(8, Phase.OUT, 1).orElseThrow().say()).isEqualTo("And out… Shoulders quiet.");
        assertThat(script.onBeat(11, Phase.OUT, 1).orElseThrow().say()).isEqualTo("And out… Ribs widen.");
        assertThat(script.onBeat(6, Phase.OUT, 1).orElseThrow().say()).isEqualTo("And out");
        assertThat(script.onBeat(5, Phase.IN, 1).orElseThrow().say()).isEqualTo("Breathe in");
    }

    @Test
    void theScriptCoversTheSessionAndNothingAfterTheTimerStops() {
        // 43 s at 4 + 6: four whole breaths and the breath in of a fifth (its breath out would begin at 44 s).
        VoiceScript script = VoiceScript.of(breathing(4, 6, 43, Map.of("in", "Breathe in", "out", "And out", "count", 0, "remind", 0))).orElseThrow();

        assertThat(script.lines()).extracting(Line::breath).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5);
        assertThat(script.lines()).allMatch(l -> l.atSec() < 43);
        assertThat(script.onBeat(5, Phase.OUT, 1)).isEmpty();
    }

    @Test
    void everyLineFallsOnTheBeatThePacerReachesAtItsSecond() {
        VoiceScript script = VoiceScript.of(breathing(3, 6, 180, Map.of("in", "In", "out", "Out", "count", 3, "remind", 2))).orElseThrow();

        for (Line line : script.lines()) {
            int cycle = 9;
            int t = line.atSec();
            int breath = t / cycle + 1;
            int inCycle = t % cycle;
            Phase phase = inCycle < 3 ? Phase.IN : Phase.OUT;
            int second = (phase == Phase.IN ? inCycle : inCycle - 3) + 1;
            assertThat(List.of(line.breath(), line.phase(), line.second())).as("line %s", line).isEqualTo(List.of(breath, phase, second));
        }
    }

    @Test
    void aRelaxationScanSaysItsStepsOrItsOwnWordsAtTheirSeconds() {
        VoiceScript script = VoiceScript.of(scan(300, List.of(
                Map.of("at", 0, "step", 1),
                Map.of("at", 60, "say", "Now rest a moment."),
                Map.of("at", 120, "step", 3)))).orElseThrow();

        assertThat(script.kind()).isEqualTo(VoiceScript.Kind.TIMED);
        assertThat(script.lines()).extracting(Line::atSec, Line::say)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "Notice your feet."),
                        org.assertj.core.groups.Tuple.tuple(60, "Now rest a moment."),
                        org.assertj.core.groups.Tuple.tuple(120, "Notice your face."));
        assertThat(script.atSecond(60).orElseThrow().caption()).isEqualTo("Now rest a moment.");
        assertThat(script.atSecond(61)).isEmpty();
        assertThat(script.end().say()).isEqualTo("That is the end.");
    }

    @Test
    void anActivityWithoutAVoiceBlockHasNoScript() {
        assertThat(VoiceScript.of(library(activity("a-move", 1)).require("a-move"))).isEmpty();
    }

    @Test
    void theLibraryRefusesAVoiceThatCannotBeFollowed() {
        assertThat(problemOf(activity("a-one", 1, a -> a.put("pacer", Map.of("inhaleSec", 4, "exhaleSec", 6)))))
                .contains("voice must be given with a pacer");
        assertThat(problemOf(activity("a-one", 1, a -> a.put("voice", Map.of("in", "In", "out", "Out")))))
                .contains("voice.in and voice.out need a pacer to follow");
        assertThat(problemOf(activity("a-one", 1, a -> a.put("voice", Map.of("scan", List.of(Map.of("at", 0, "step", 1), Map.of("at", 5, "step", 2)))))))
                .contains("voice.scan needs timerSec");
        assertThat(problemOf(activity("a-one", 1, a -> {
            a.put("timerSec", 60);
            a.put("voice", Map.of("scan", List.of(Map.of("at", 0, "step", 1), Map.of("at", 30, "step", 9))));
        }))).contains("voice.scan step 9 does not exist; the activity has 2 steps");
        assertThat(problemOf(activity("a-one", 1, a -> {
            a.put("timerSec", 60);
            a.put("voice", Map.of("scan", List.of(Map.of("at", 30, "step", 1), Map.of("at", 10, "step", 2))));
        }))).contains("voice.scan lines must be in time order");
        assertThat(problemOf(activity("a-one", 1, a -> {
            a.put("timerSec", 60);
            a.put("voice", Map.of("scan", List.of(Map.of("at", 0, "step", 1), Map.of("at", 60, "step", 2))));
        }))).contains("voice.scan line at 60 s is not within the 60 s timer");
        assertThat(problemOf(activity("a-one", 1, a -> {
            a.put("timerSec", 60);
            a.put("voice", Map.of("scan", List.of(Map.of("at", 0, "step", 1, "say", "Both."), Map.of("at", 10, "step", 2))));
        }))).contains("must give either a step number or words to say, not both");
        assertThat(problemOf(activity("a-one", 1, a -> a.put("voice", Map.of("spoken", "yes")))))
                .contains("unknown field 'voice.spoken'");
    }

    private static String problemOf(Map<String, Object> activity) {
        try {
            library(activity);
        } catch (LibraryValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the library to refuse the activity");
    }
}
