package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ticked-off (or abandoned) practice item. {@code painDuring} is needed when {@code completed} is
 * true and optional otherwise (someone who stopped because of pain may still say how bad it got).
 * For a fear-ladder exposure the entry may also carry the expected and actual pain (0-10), fear before and
 * after (0-100) and the ladder item's id; all of these are optional and null when not given.
 * Whether {@code activityId} names a real activity is checked by the service, not here.
 */
public record PracticeEntry(
        LocalDate date,
        String activityId,
        boolean completed,
        Integer painDuring,
        String note,
        Integer expectedPain,
        Integer actualPain,
        Integer fearBefore,
        Integer fearAfter,
        String fearLadderItemId) {

    public static final String DATE = "date";
    public static final String ACTIVITY_ID = "activityId";
    public static final String COMPLETED = "completed";
    public static final String PAIN_DURING = "painDuring";
    public static final String NOTE = "note";
    public static final String EXPECTED_PAIN = "expectedPain";
    public static final String ACTUAL_PAIN = "actualPain";
    public static final String FEAR_BEFORE = "fearBefore";
    public static final String FEAR_AFTER = "fearAfter";
    public static final String FEAR_LADDER_ITEM_ID = "fearLadderItemId";

    /** Longest activity or fear-ladder item id, in characters. */
    public static final int MAX_ID = 80;

    /** Every key {@link #fromMap} accepts. */
    public static final Set<String> FIELDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(DATE, ACTIVITY_ID,
            COMPLETED, PAIN_DURING, NOTE, EXPECTED_PAIN, ACTUAL_PAIN, FEAR_BEFORE, FEAR_AFTER, FEAR_LADDER_ITEM_ID)));

    private static final String PAIN_WORDS = "must be a whole number from 0 (no pain) to 10 (worst pain you can imagine)";
    private static final String FEAR_WORDS = "must be a whole number from 0 (not afraid at all) to 100 (the most afraid you can imagine)";
    static final Scale PAIN_DURING_SCALE = Scale.whole(PAIN_DURING, 0, 10, PAIN_WORDS);
    static final Scale EXPECTED_PAIN_SCALE = Scale.whole(EXPECTED_PAIN, 0, 10, PAIN_WORDS);
    static final Scale ACTUAL_PAIN_SCALE = Scale.whole(ACTUAL_PAIN, 0, 10, PAIN_WORDS);
    static final Scale FEAR_BEFORE_SCALE = Scale.whole(FEAR_BEFORE, 0, 100, FEAR_WORDS);
    static final Scale FEAR_AFTER_SCALE = Scale.whole(FEAR_AFTER, 0, 100, FEAR_WORDS);
    static final String ACTIVITY_EXPECTATION = "must be an activity id of at most " + MAX_ID + " characters, such as cat-camel";
    static final String COMPLETED_EXPECTATION = "must be yes (you did it) or no (you stopped early)";
    static final String LADDER_EXPECTATION = "must be a fear-ladder item id of at most " + MAX_ID + " characters";
    static final String PAIN_REQUIRED = "needs an answer once you have done the activity; it " + PAIN_WORDS;

    /** Each field's question as Today asks it, so a refusal names the question. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(DATE, "The day you did it"),
            Map.entry(ACTIVITY_ID, "The activity"),
            Map.entry(COMPLETED, "Did you do it?"),
            Map.entry(PAIN_DURING, "How much did it hurt while you did it?"),
            Map.entry(NOTE, "Your note"),
            Map.entry(EXPECTED_PAIN, "Before you start: how much pain do you expect?"),
            Map.entry(ACTUAL_PAIN, "How much did it hurt?"),
            Map.entry(FEAR_BEFORE, "How afraid were you of it before?"),
            Map.entry(FEAR_AFTER, "How afraid are you of it now?"),
            Map.entry(FEAR_LADDER_ITEM_ID, "The fear-ladder step"));

    public PracticeEntry {
        if (date == null) throw new IllegalArgumentException(DATE + " must be a date");
        activityId = id(ACTIVITY_ID, activityId, ACTIVITY_EXPECTATION);
        if (activityId == null) throw new IllegalArgumentException(ACTIVITY_ID + " " + ACTIVITY_EXPECTATION);
        if (completed && painDuring == null) throw new IllegalArgumentException(PAIN_DURING + " " + PAIN_REQUIRED);
        PAIN_DURING_SCALE.check(painDuring);
        EXPECTED_PAIN_SCALE.check(expectedPain);
        ACTUAL_PAIN_SCALE.check(actualPain);
        FEAR_BEFORE_SCALE.check(fearBefore);
        FEAR_AFTER_SCALE.check(fearAfter);
        fearLadderItemId = id(FEAR_LADDER_ITEM_ID, fearLadderItemId, LADDER_EXPECTATION);
        if (note == null || note.isBlank()) {
            note = null;
        } else {
            note = note.strip();
            if (note.codePointCount(0, note.length()) > CheckIn.MAX_NOTE) {
                throw new IllegalArgumentException(NOTE + " " + CheckIn.NOTE_EXPECTATION);
            }
        }
    }

    /**
     * Validates a practice entry from JSON or a form post and collects every problem at once. A missing
     * {@code date} means {@code today}; a date in the future or more than {@value EntryDates#MAX_DAYS_BACK}
     * days back is refused. Fear-ladder ids may be given as text or as a whole number.
     *
     * @throws org.backroot.web.domain.ValidationException naming each bad field and what it expects
     */
    public static PracticeEntry fromMap(Map<String, ?> raw, LocalDate today) {
        if (today == null) throw new IllegalArgumentException("today must be a date");
        FieldReader in = new FieldReader(raw, LABELS);
        LocalDate date = in.present(DATE) ? EntryDates.parseOrNull(in.raw(DATE)) : today;
        EntryDates.problem(date, today).ifPresent(message -> in.error(DATE, message));
        String activityId = in.text(ACTIVITY_ID, MAX_ID, ACTIVITY_EXPECTATION, true, false);
        Boolean completed = in.bool(COMPLETED, COMPLETED_EXPECTATION, true);
        Integer painDuring = Boolean.TRUE.equals(completed) && !in.present(PAIN_DURING)
                ? required(in) : in.whole(PAIN_DURING_SCALE, false);
        String note = in.text(NOTE, CheckIn.MAX_NOTE, CheckIn.NOTE_EXPECTATION, false, false);
        Integer expectedPain = in.whole(EXPECTED_PAIN_SCALE, false);
        Integer actualPain = in.whole(ACTUAL_PAIN_SCALE, false);
        Integer fearBefore = in.whole(FEAR_BEFORE_SCALE, false);
        Integer fearAfter = in.whole(FEAR_AFTER_SCALE, false);
        String ladderId = in.text(FEAR_LADDER_ITEM_ID, MAX_ID, LADDER_EXPECTATION, false, true);
        in.rejectUnknown(FIELDS, "practice");
        in.throwIfAny();
        return new PracticeEntry(date, activityId, completed, painDuring, note, expectedPain, actualPain, fearBefore,
                fearAfter, ladderId);
    }

    /** True when the entry records a fear-ladder exposure (a ladder item or any expectation/fear rating). */
    public boolean exposure() {
        return fearLadderItemId != null || expectedPain != null || actualPain != null || fearBefore != null || fearAfter != null;
    }

    /** Expected minus actual pain ("you expected 7, it was 2" gives 5), or null when either is missing. */
    public Integer expectationGap() {
        return expectedPain == null || actualPain == null ? null : expectedPain - actualPain;
    }

    /** Present values keyed as in {@link #fromMap}: date as ISO text, nulls left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(DATE, date.toString());
        out.put(ACTIVITY_ID, activityId);
        out.put(COMPLETED, completed);
        CheckIn.putIfPresent(out, PAIN_DURING, painDuring);
        CheckIn.putIfPresent(out, NOTE, note);
        CheckIn.putIfPresent(out, EXPECTED_PAIN, expectedPain);
        CheckIn.putIfPresent(out, ACTUAL_PAIN, actualPain);
        CheckIn.putIfPresent(out, FEAR_BEFORE, fearBefore);
        CheckIn.putIfPresent(out, FEAR_AFTER, fearAfter);
        CheckIn.putIfPresent(out, FEAR_LADDER_ITEM_ID, fearLadderItemId);
        return out;
    }

    private static Integer required(FieldReader in) {
        in.error(PAIN_DURING, PAIN_REQUIRED);
        return null;
    }

    private static String id(String field, String value, String expectation) {
        if (value == null || value.isBlank()) return null;
        String id = value.strip();
        if (id.codePointCount(0, id.length()) > MAX_ID) throw new IllegalArgumentException(field + " " + expectation);
        return id;
    }
}
