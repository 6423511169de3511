package org.backroot.program.domain;

import java.util.List;
import java.util.regex.Pattern;

import org.backroot.figure.domain.Figure;

/**
 * One activity of the library, as written in a YAML file under {@code library/}. See
 * {@code docs/activity-format.md} for the meaning of every field.
 *
 * @param id                kebab-case, unique across all library files
 * @param title             short name shown in the plan
 * @param purpose           one line: what this does for the person
 * @param component         the program component it belongs to
 * @param targets           factors and body regions it works on
 * @param sided             true when it is done on the left and the right side separately
 * @param level             1 (easiest) to 4
 * @param minutes           the whole session, both sides included, 1-60
 * @param dose              sets, reps, holds, duration, breathing rhythm, frequency
 * @param equipment         things needed (may be empty)
 * @param setup             how to get ready
 * @param steps             in order, one movement each (shown numbered)
 * @param cues              2-4 short reminders
 * @param whatYouShouldFeel what is expected and acceptable (and what is not)
 * @param stopIf            when to stop
 * @param flareSafe         gentle enough for a bad day
 * @param progression       id of the next harder activity, or null
 * @param regression        id of the easier activity, or null
 * @param timerSec          optional timer for the page, at most the session length
 * @param pacer             optional breathing pacer rhythm
 * @param cueFading         optional notes on how reminders fade as a habit forms (posture habits)
 * @param position          the body position, or null when not stated; required as lying-on-back when the setup
 *                          asks the person to lie on their back
 * @param source            name of the file the activity came from
 * @param loadedFlexion     lifting, bending under load or bending to the floor: held back while fragile-bone fracture
 *                          signs wait for a clinician's check
 * @param voice             optional voice guide (breathing with a pacer, timed relaxation); required with a pacer
 * @param figure            the illustration drawn from key poses; every activity has one
 */
public record Activity(
        String id,
        String title,
        String purpose,
        Component component,
        ActivityTargets targets,
        boolean sided,
        int level,
        int minutes,
        ActivityDose dose,
        List<String> equipment,
        String setup,
        List<String> steps,
        List<String> cues,
        String whatYouShouldFeel,
        String stopIf,
        boolean flareSafe,
        String progression,
        String regression,
        Integer timerSec,
        ActivityPacer pacer,
        List<String> cueFading,
        ActivityPosition position,
        String source,
        boolean loadedFlexion,
        ActivityVoice voice,
        Figure figure) {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 60;
    /** Setup wording that puts the person flat on their back. */
    static final Pattern LIES_ON_BACK = Pattern.compile("\\b(lie|lying) (flat )?on your back\\b", Pattern.CASE_INSENSITIVE);

    public Activity {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase kebab-case (a-z, 0-9 and single hyphens), was '" + id + "'");
        }
        requireText("title", title);
        requireText("purpose", purpose);
        if (purpose.strip().contains("\n")) throw new IllegalArgumentException("purpose must be a single line");
        if (component == null) throw new IllegalArgumentException("component must be given");
        if (targets == null) throw new IllegalArgumentException("targets must be given");
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be between 1 and 4, was " + level);
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be between 1 and 60, was " + minutes);
        }
        if (dose == null) throw new IllegalArgumentException("dose must be given");
        if (dose.perSide() && !sided) throw new IllegalArgumentException("dose.perSide is true but sided is false");
        if (dose.durationMin() != null && dose.durationMin() > minutes) {
            throw new IllegalArgumentException("dose.durationMin " + dose.durationMin() + " is longer than minutes " + minutes);
        }
        if (DoseText.minutesPerDay(minutes, dose) > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes " + minutes + " times dose.timesPerDay " + dose.timesPerDay()
                    + " is more than " + MAX_MINUTES + " minutes a day");
        }
        equipment = textList("equipment", equipment == null ? List.of() : equipment);
        requireText("setup", setup);
        steps = textList("steps", steps);
        if (steps.isEmpty()) throw new IllegalArgumentException("steps must list at least one step");
        cues = textList("cues", cues);
        if (cues.size() < 2 || cues.size() > 4) {
            throw new IllegalArgumentException("cues must list 2 to 4 cues, has " + cues.size());
        }
        requireText("whatYouShouldFeel", whatYouShouldFeel);
        requireText("stopIf", stopIf);
        link("progression", progression, id);
        link("regression", regression, id);
        if (timerSec != null && (timerSec < 1 || timerSec > minutes * 60)) {
            throw new IllegalArgumentException("timerSec must be between 1 and " + (minutes * 60) + " seconds (the session length), was " + timerSec);
        }
        cueFading = textList("cueFading", cueFading == null ? List.of() : cueFading);
        if (LIES_ON_BACK.matcher(setup).find() && position != ActivityPosition.LYING_ON_BACK) {
            throw new IllegalArgumentException("position must be lying-on-back: the setup asks the person to lie on their back");
        }
        requireText("source", source);
        if (figure == null) throw new IllegalArgumentException("figure must be given: every activity is illustrated");
        checkVoice(voice, pacer, timerSec, steps, cues);
    }

    /** Seconds of one practice session on the page: the timer when given, else the whole activity. */
    public int sessionSeconds() {
        return timerSec != null ? timerSec : minutes * 60;
    }

    /** True when the activity can be followed by voice (see {@link VoiceScript}). */
    public boolean hasVoice() {
        return voice != null;
    }

    private static void checkVoice(ActivityVoice voice, ActivityPacer pacer, Integer timerSec, List<String> steps, List<String> cues) {
        if (voice == null) {
            if (pacer != null) throw new IllegalArgumentException("voice must be given with a pacer (in and out words), so the breathing can be followed by voice");
            return;
        }
        if (voice.paced()) {
            if (pacer == null) throw new IllegalArgumentException("voice.in and voice.out need a pacer to follow");
            if (voice.remind() > 0 && pacer.exhaleSec() < 4) {
                throw new IllegalArgumentException("voice.remind needs a breath out of at least 4 seconds to say a cue in, was " + pacer.exhaleSec());
            }
            return;
        }
        if (pacer != null) throw new IllegalArgumentException("voice.scan is for timed relaxation; an activity with a pacer gives in and out words");
        if (timerSec == null) throw new IllegalArgumentException("voice.scan needs timerSec, the clock its lines are timed on");
        for (ActivityVoice.ScanLine line : voice.scan()) {
            if (line.atSec() >= timerSec) {
                throw new IllegalArgumentException("voice.scan line at " + line.atSec() + " s is not within the " + timerSec + " s timer");
            }
            if (line.step() != null && line.step() > steps.size()) {
                throw new IllegalArgumentException("voice.scan step " + line.step() + " does not exist; the activity has " + steps.size() + " steps");
            }
        }
    }

    /** A day's time for this activity: one session's minutes times the sessions a day ({@link DoseText#minutesPerDay}). */
    public int minutesPerDay() {
        return DoseText.minutesPerDay(minutes, dose);
    }

    /** True when the activity is done lying flat on the back. */
    public boolean lyingOnBack() {
        return position == ActivityPosition.LYING_ON_BACK;
    }

    /** True when a harder activity follows this one. */
    public boolean hasProgression() {
        return progression != null;
    }

    public boolean hasRegression() {
        return regression != null;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    private static List<String> textList(String field, List<String> values) {
        if (values == null) throw new IllegalArgumentException(field + " must be a list");
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || v.isBlank()) throw new IllegalArgumentException(field + " entry " + (i + 1) + " must not be blank");
        }
        return List.copyOf(values);
    }

    private static void link(String field, String target, String self) {
        if (target == null) return;
        if (!ID.matcher(target).matches()) {
            throw new IllegalArgumentException(field + " must be an activity id in kebab-case or null, was '" + target + "'");
        }
        if (target.equals(self)) throw new IllegalArgumentException(field + " must not point to the activity itself");
    }
}
