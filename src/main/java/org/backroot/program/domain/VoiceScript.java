package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the voice guide says, and when, for one practice session of an activity: built from the activity's own
 * pacing, steps and cues and the words of its {@code voice:} block ({@link ActivityVoice}). The page's player only
 * looks lines up; every decision about what is said lives here.
 *
 * <p>Breathing ({@link Kind#BREATH}): each line belongs to a beat of the pacer, a breath number (from 1), a phase
 * and the second within that phase (from 1), and is said when the pacer reaches that beat, so speech cannot drift
 * from the circle. The first {@code count} breaths are counted aloud ("Breathe in" 2, 3, 4 "and out" 2 … 6), later
 * breaths only name the phase, and every {@code remind} breaths the breath out carries one of the activity's cues in
 * turn. The caption of a counted beat shows the phase so far ("Breathe in… 2, 3").
 *
 * <p>Relaxation ({@link Kind#TIMED}): each line belongs to a second of the session timer.
 *
 * @param kind  breath (on the pacer's beats) or timed (on the session timer's seconds)
 * @param lines in the order they are said
 * @param end   said when the session's time is up, or null
 */
public record VoiceScript(Kind kind, List<Line> lines, Line end) {

    /** What a line is timed on. */
    public enum Kind { BREATH, TIMED }

    /** The two phases of a paced breath. */
    public enum Phase {
        IN, OUT;

        public String code() {
            return this == IN ? "in" : "out";
        }
    }

    /**
     * One thing said.
     *
     * @param breath  breath number from 1 (breath scripts), else 0
     * @param phase   the phase (breath scripts), else null
     * @param second  second within the phase from 1 (breath scripts), else 0
     * @param atSec   second of the session (timed scripts); for breath scripts the second it falls on when the pacer
     *                runs from the start without a pause
     * @param say     the words spoken
     * @param caption the words shown while it is the current line
     */
    public record Line(int breath, Phase phase, int second, int atSec, String say, String caption) {
        public Line {
            if (say == null || say.isBlank()) throw new IllegalArgumentException("a voice line must say something");
            if (caption == null || caption.isBlank()) throw new IllegalArgumentException("a voice line must have a caption");
        }
    }

    public VoiceScript {
        if (kind == null) throw new IllegalArgumentException("kind must be given");
        lines = List.copyOf(lines);
    }

    /** The guide for one session of the activity, or empty when it has no voice guide. */
    public static Optional<VoiceScript> of(Activity activity) {
        ActivityVoice voice = activity.voice();
        if (voice == null) return Optional.empty();
        Line end = voice.end() == null ? null : new Line(0, null, 0, activity.sessionSeconds(), voice.end(), voice.end());
        return Optional.of(voice.paced()
                ? breathing(activity.pacer(), voice, activity.cues(), activity.sessionSeconds(), end)
                : timed(voice, activity.steps(), end));
    }

    private static VoiceScript breathing(ActivityPacer pacer, ActivityVoice voice, List<String> cues, int sessionSec, Line end) {
        int cycle = pacer.inhaleSec() + pacer.exhaleSec();
        int breaths = (sessionSec + cycle - 1) / cycle;
        List<Line> lines = new ArrayList<>();
        int reminders = 0;
        for (int breath = 1; breath <= breaths; breath++) {
            int startSec = (breath - 1) * cycle;
            boolean counted = breath <= voice.count();
            phase(lines, breath, Phase.IN, pacer.inhaleSec(), startSec, voice.in(), counted, null);
            boolean reminds = !counted && voice.remind() > 0 && (breath - voice.count()) % voice.remind() == 0 && !cues.isEmpty();
            String cue = reminds ? cues.get(reminders++ % cues.size()) : null;
            phase(lines, breath, Phase.OUT, pacer.exhaleSec(), startSec + pacer.inhaleSec(), voice.out(), counted, cue);
        }
        // A session that ends inside a breath says nothing after the timer stops.
        lines.removeIf(line -> line.atSec() >= sessionSec);
        return new VoiceScript(Kind.BREATH, lines, end);
    }

    private static void phase(List<Line> lines, int breath, Phase phase, int seconds, int startSec, String word, boolean counted, String cue) {
        if (cue != null) {
            String said = word + "… " + cue;
            lines.add(new Line(breath, phase, 1, startSec, said, said));
            return;
        }
        lines.add(new Line(breath, phase, 1, startSec, word, word));
        if (!counted) return;
        StringBuilder caption = new StringBuilder(word).append("…");
        for (int second = 2; second <= seconds; second++) {
            caption.append(second == 2 ? " " : ", ").append(second);
            lines.add(new Line(breath, phase, second, startSec + second - 1, String.valueOf(second), caption.toString()));
        }
    }

    private static VoiceScript timed(ActivityVoice voice, List<String> steps, Line end) {
        List<Line> lines = new ArrayList<>();
        for (ActivityVoice.ScanLine scan : voice.scan()) {
            String words = scan.step() != null ? steps.get(scan.step() - 1) : scan.say();
            lines.add(new Line(0, null, 0, scan.atSec(), words, words));
        }
        return new VoiceScript(Kind.TIMED, lines, end);
    }

    /** The line said on this beat of the pacer, if any (breath scripts). */
    public Optional<Line> onBeat(int breath, Phase phase, int second) {
        return lines.stream().filter(l -> l.breath() == breath && l.phase() == phase && l.second() == second).findFirst();
    }

    /** The line said at this second of the session timer, if any (timed scripts). */
    public Optional<Line> atSecond(int second) {
        if (kind != Kind.TIMED) return Optional.empty();
        return lines.stream().filter(l -> l.atSec() == second).findFirst();
    }
}
