package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One day's check-in. Required: {@code pain}, {@code stress}, {@code sleepHours} and {@code flare} — the
 * four answers the flare detector, the triggers and the plan need every day, and few enough to give in
 * under a minute. Everything else is optional and null when not given. {@code newSymptoms} is empty when
 * not answered and holds only {@link NewSymptom#NONE} when the person said "nothing new".
 * Read raw input with {@link #fromMap}; store with {@link #toMap()}.
 */
public record CheckIn(
        LocalDate date,
        int pain,
        int stress,
        double sleepHours,
        Integer sleepQuality,
        Integer activeMinutes,
        Integer steps,
        Double sittingHours,
        Integer dietQuality,
        Double alcoholUnits,
        boolean flare,
        Set<NewSymptom> newSymptoms,
        String note) {

    public static final String DATE = "date";
    public static final String PAIN = "pain";
    public static final String STRESS = "stress";
    public static final String SLEEP_HOURS = "sleepHours";
    public static final String SLEEP_QUALITY = "sleepQuality";
    public static final String ACTIVE_MINUTES = "activeMinutes";
    public static final String STEPS = "steps";
    public static final String SITTING_HOURS = "sittingHours";
    public static final String DIET_QUALITY = "dietQuality";
    public static final String ALCOHOL_UNITS = "alcoholUnits";
    public static final String FLARE = "flare";
    public static final String NEW_SYMPTOMS = "newSymptoms";
    public static final String NOTE = "note";

    /** Longest note, in characters. */
    public static final int MAX_NOTE = 1000;

    /** Every key {@link #fromMap} accepts. */
    public static final Set<String> FIELDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(DATE, PAIN, STRESS,
            SLEEP_HOURS, SLEEP_QUALITY, ACTIVE_MINUTES, STEPS, SITTING_HOURS, DIET_QUALITY, ALCOHOL_UNITS, FLARE,
            NEW_SYMPTOMS, NOTE)));

    static final Scale PAIN_SCALE = Scale.whole(PAIN, 0, 10,
            "must be a whole number from 0 (no pain) to 10 (worst pain you can imagine)");
    static final Scale STRESS_SCALE = Scale.whole(STRESS, 0, 10,
            "must be a whole number from 0 (completely calm) to 10 (the most stressed you can imagine)");
    static final Scale SLEEP_HOURS_SCALE = Scale.decimal(SLEEP_HOURS, 0, 16,
            "must be a number of hours from 0 to 16, such as 7 or 7.25");
    static final Scale SLEEP_QUALITY_SCALE = Scale.whole(SLEEP_QUALITY, 0, 10,
            "must be a whole number from 0 (very poor sleep) to 10 (the best sleep you can imagine)");
    static final Scale ACTIVE_MINUTES_SCALE = Scale.whole(ACTIVE_MINUTES, 0, 1440,
            "must be a whole number of minutes from 0 to 1440 (a whole day)");
    static final Scale STEPS_SCALE = Scale.whole(STEPS, 0, 100_000,
            "must be a whole number of steps from 0 to 100000");
    static final Scale SITTING_HOURS_SCALE = Scale.decimal(SITTING_HOURS, 0, 24,
            "must be a number of hours from 0 to 24, such as 6 or 6.5");
    static final Scale DIET_QUALITY_SCALE = Scale.whole(DIET_QUALITY, 0, 10,
            "must be a whole number from 0 (ate very poorly) to 10 (ate very well)");
    static final Scale ALCOHOL_UNITS_SCALE = Scale.decimal(ALCOHOL_UNITS, 0, 50,
            "must be a number of alcohol units from 0 to 50, such as 0, 1 or 2.5");
    static final String FLARE_EXPECTATION = "must be yes (today is a flare) or no";
    static final String NOTE_EXPECTATION = "must be text of at most " + MAX_NOTE + " characters";
    static final String NONE_WITH_OTHERS = "must not list 'none' together with other symptoms";
    static final String SYMPTOMS_EXPECTATION = "must be a list of symptom codes from: " + NewSymptom.codeList();

    /** Each field's question as the check-in page asks it, so a refusal names the question. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(DATE, "The day of the check-in"),
            Map.entry(PAIN, "How much does your back hurt today?"),
            Map.entry(STRESS, "How stressed have you felt today?"),
            Map.entry(SLEEP_HOURS, "How many hours did you sleep last night?"),
            Map.entry(SLEEP_QUALITY, "How well did you sleep?"),
            Map.entry(ACTIVE_MINUTES, "Minutes of walking or other activity"),
            Map.entry(STEPS, "Steps"),
            Map.entry(SITTING_HOURS, "Hours spent sitting"),
            Map.entry(DIET_QUALITY, "How well did you eat today?"),
            Map.entry(ALCOHOL_UNITS, "Units of alcohol"),
            Map.entry(FLARE, "Is today a flare?"),
            Map.entry(NEW_SYMPTOMS, "Anything new since your last check-in?"),
            Map.entry(NOTE, "Anything else about today"));

    public CheckIn {
        if (date == null) throw new IllegalArgumentException(DATE + " must be a date");
        PAIN_SCALE.check(pain);
        STRESS_SCALE.check(stress);
        SLEEP_HOURS_SCALE.check(sleepHours);
        SLEEP_QUALITY_SCALE.check(sleepQuality);
        ACTIVE_MINUTES_SCALE.check(activeMinutes);
        STEPS_SCALE.check(steps);
        SITTING_HOURS_SCALE.check(sittingHours);
        DIET_QUALITY_SCALE.check(dietQuality);
        ALCOHOL_UNITS_SCALE.check(alcoholUnits);
        newSymptoms = symptoms(newSymptoms);
        note = note(note);
    }

    /**
     * Validates a check-in from JSON or a form post and collects every problem at once: wrong types,
     * out-of-range values, unknown symptom codes, unknown fields, missing required answers, and a
     * {@code date} in the future or more than {@value EntryDates#MAX_DAYS_BACK} days before {@code today}.
     * The date normally comes from the URL; a {@code date} key in {@code raw} is allowed when it is the same day.
     *
     * @throws org.backroot.web.domain.ValidationException naming each bad field and what it expects
     */
    public static CheckIn fromMap(Map<String, ?> raw, LocalDate date, LocalDate today) {
        if (today == null) throw new IllegalArgumentException("today must be a date");
        FieldReader in = new FieldReader(raw, LABELS);
        EntryDates.problem(date, today).ifPresent(message -> in.error(DATE, message));
        if (in.present(DATE) && date != null && !date.equals(EntryDates.parseOrNull(in.raw(DATE)))) {
            in.error(DATE, "must be the same day as the check-in it belongs to (" + date + ")");
        }
        Integer pain = in.whole(PAIN_SCALE, true);
        Integer stress = in.whole(STRESS_SCALE, true);
        Double sleepHours = in.decimal(SLEEP_HOURS_SCALE, true);
        Integer sleepQuality = in.whole(SLEEP_QUALITY_SCALE, false);
        Integer activeMinutes = in.whole(ACTIVE_MINUTES_SCALE, false);
        Integer steps = in.whole(STEPS_SCALE, false);
        Double sittingHours = in.decimal(SITTING_HOURS_SCALE, false);
        Integer dietQuality = in.whole(DIET_QUALITY_SCALE, false);
        Double alcoholUnits = in.decimal(ALCOHOL_UNITS_SCALE, false);
        Boolean flare = in.bool(FLARE, FLARE_EXPECTATION, true);
        Set<NewSymptom> symptoms = readSymptoms(in);
        String note = in.text(NOTE, MAX_NOTE, NOTE_EXPECTATION, false, false);
        in.rejectUnknown(FIELDS, "check-in");
        in.throwIfAny();
        return new CheckIn(date, pain, stress, sleepHours, sleepQuality, activeMinutes, steps, sittingHours,
                dietQuality, alcoholUnits, flare, symptoms, note);
    }

    /** The red-flag symptoms reported in this check-in; when not empty, safety screening must run again. */
    public Set<NewSymptom> redFlagSymptoms() {
        return NewSymptom.redFlagsIn(newSymptoms);
    }

    /** Present values keyed as in {@link #fromMap}: date as ISO text, symptoms as a list of codes, nulls left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(DATE, date.toString());
        out.put(PAIN, pain);
        out.put(STRESS, stress);
        out.put(SLEEP_HOURS, sleepHours);
        putIfPresent(out, SLEEP_QUALITY, sleepQuality);
        putIfPresent(out, ACTIVE_MINUTES, activeMinutes);
        putIfPresent(out, STEPS, steps);
        putIfPresent(out, SITTING_HOURS, sittingHours);
        putIfPresent(out, DIET_QUALITY, dietQuality);
        putIfPresent(out, ALCOHOL_UNITS, alcoholUnits);
        out.put(FLARE, flare);
        out.put(NEW_SYMPTOMS, newSymptoms.stream().map(NewSymptom::code).toList());
        putIfPresent(out, NOTE, note);
        return out;
    }

    static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) out.put(key, value);
    }

    private static Set<NewSymptom> readSymptoms(FieldReader in) {
        List<String> codes = in.strings(NEW_SYMPTOMS, SYMPTOMS_EXPECTATION);
        Set<NewSymptom> out = EnumSet.noneOf(NewSymptom.class);
        if (codes == null) return out;
        boolean bad = false;
        for (String code : codes) {
            var symptom = NewSymptom.byCode(code);
            if (symptom.isPresent()) {
                out.add(symptom.get());
            } else {
                in.error(NEW_SYMPTOMS, "has an unknown symptom '" + FieldReader.echo(code) + "'; " + SYMPTOMS_EXPECTATION);
                bad = true;
            }
        }
        if (!bad && out.contains(NewSymptom.NONE) && out.size() > 1) {
            in.error(NEW_SYMPTOMS, NONE_WITH_OTHERS);
        }
        return out;
    }

    private static Set<NewSymptom> symptoms(Set<NewSymptom> given) {
        if (given == null || given.isEmpty()) return Set.of();
        Set<NewSymptom> copy = EnumSet.noneOf(NewSymptom.class);
        for (NewSymptom s : given) {
            if (s == null) throw new IllegalArgumentException(NEW_SYMPTOMS + " must not contain null");
            copy.add(s);
        }
        if (copy.contains(NewSymptom.NONE) && copy.size() > 1) throw new IllegalArgumentException(NEW_SYMPTOMS + " " + NONE_WITH_OTHERS);
        return Collections.unmodifiableSet(copy);
    }

    private static String note(String given) {
        if (given == null || given.isBlank()) return null;
        String note = given.strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE) throw new IllegalArgumentException(NOTE + " " + NOTE_EXPECTATION);
        return note;
    }
}
