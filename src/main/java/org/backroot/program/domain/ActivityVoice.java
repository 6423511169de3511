package org.backroot.program.domain;

import java.util.List;

/**
 * The words of an activity's voice guide, as its {@code voice:} block in the library states them. The guide is built
 * from this and the activity's own pacing and steps by {@link VoiceScript}; see {@code docs/activity-format.md}.
 *
 * <p>A paced breathing activity names the words for each phase ({@code in}, {@code out}), how many breaths are
 * counted aloud at the start ({@code count}) and how often one of the activity's own cues is said as a reminder
 * ({@code remind}, every so many breaths; 0 = never). A timed relaxation activity lists its {@code scan}: at which
 * second of the session each line is said, each line one of the activity's steps ({@code step}, 1-based) or words of
 * its own ({@code say}) where the steps do not already say it. Either may end with {@code end}, said when the timer
 * runs out.
 *
 * @param in     words at the start of each breath in (breathing), else null
 * @param out    words at the start of each breath out (breathing), else null
 * @param count  breaths counted aloud second by second at the start (breathing), 0-30
 * @param remind every how many breaths a cue is said (breathing), 0 = never, else 2-60
 * @param scan   the timed lines (relaxation), empty for breathing
 * @param end    said when the session's time is up, or null
 */
public record ActivityVoice(String in, String out, int count, int remind, List<ScanLine> scan, String end) {

    public static final int MAX_COUNTED_BREATHS = 30;
    public static final int MAX_REMIND_EVERY = 60;

    /**
     * One timed line of a relaxation guide.
     *
     * @param atSec second of the session it is said at, 0 or more
     * @param step  the activity step it says (1-based), or null when {@code say} gives the words
     * @param say   words of its own, or null when it says a step
     */
    public record ScanLine(int atSec, Integer step, String say) {
        public ScanLine {
            if (atSec < 0) throw new IllegalArgumentException("voice.scan at must be 0 or more seconds, was " + atSec);
            if ((step == null) == (say == null || say.isBlank())) {
                throw new IllegalArgumentException("voice.scan line at " + atSec + " s must give either a step number or words to say, not both");
            }
            if (step != null && step < 1) throw new IllegalArgumentException("voice.scan step must be 1 or more, was " + step);
            if (say != null) say = say.strip();
        }
    }

    public ActivityVoice {
        scan = scan == null ? List.of() : List.copyOf(scan);
        if (end != null) {
            if (end.isBlank()) throw new IllegalArgumentException("voice.end must not be blank");
            end = end.strip();
        }
        boolean paced = in != null || out != null;
        if (paced) {
            if (in == null || in.isBlank() || out == null || out.isBlank()) {
                throw new IllegalArgumentException("voice.in and voice.out must both be given for a paced breathing guide");
            }
            in = in.strip();
            out = out.strip();
            if (!scan.isEmpty()) throw new IllegalArgumentException("voice gives either in/out words (breathing) or a scan (relaxation), not both");
            if (count < 0 || count > MAX_COUNTED_BREATHS) {
                throw new IllegalArgumentException("voice.count must be between 0 and " + MAX_COUNTED_BREATHS + " breaths, was " + count);
            }
            if (remind != 0 && (remind < 2 || remind > MAX_REMIND_EVERY)) {
                throw new IllegalArgumentException("voice.remind must be 0 (never) or between 2 and " + MAX_REMIND_EVERY + " breaths, was " + remind);
            }
        } else {
            if (scan.size() < 2) throw new IllegalArgumentException("voice needs in/out words (breathing) or a scan of at least 2 lines (relaxation)");
            if (count != 0 || remind != 0) throw new IllegalArgumentException("voice.count and voice.remind belong to a paced breathing guide");
            for (int i = 1; i < scan.size(); i++) {
                if (scan.get(i).atSec() <= scan.get(i - 1).atSec()) {
                    throw new IllegalArgumentException("voice.scan lines must be in time order, each later than the one before ("
                            + scan.get(i).atSec() + " s follows " + scan.get(i - 1).atSec() + " s)");
                }
            }
        }
    }

    /** True for a guide that follows the breathing pacer; false for a timed relaxation scan. */
    public boolean paced() {
        return in != null;
    }
}
